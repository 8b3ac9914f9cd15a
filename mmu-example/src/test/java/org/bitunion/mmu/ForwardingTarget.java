package org.bitunion.mmu;

/**
 * A fuzz target that forwards every facade call to a {@link VcpuFacade}: the reference model as it is, the MMU
 * under test with its invariant checks ({@link VcpuTarget}), or a deliberately broken wrapper
 * ({@code DifferentialFuzzerSelfTest}). Subclasses override only what they add.
 */
class ForwardingTarget implements FuzzTarget {
    private final String name;
    private final VcpuFacade delegate;

    ForwardingTarget(String name, VcpuFacade delegate) {
        this.name = name;
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public GuestMemory memory() {
        return delegate.memory();
    }

    @Override
    public void setControl(String register, long value) {
        delegate.setControl(register, value);
    }

    @Override
    public boolean vmEntry(long eptp) {
        return delegate.vmEntry(eptp);
    }

    @Override
    public void vmExit() {
        delegate.vmExit();
    }

    @Override
    public boolean inL2() {
        return delegate.inL2();
    }

    @Override
    public AccessResult accessL2(long gpa, Access access, AccessOrigin origin) {
        return delegate.accessL2(gpa, access, origin);
    }

    @Override
    public void invept(InveptType type, long eptp) {
        delegate.invept(type, eptp);
    }

    @Override
    public void setEptpList(long listGpa) {
        delegate.setEptpList(listGpa);
    }

    @Override
    public boolean vmfuncEptpSwitch(int index) {
        return delegate.vmfuncEptpSwitch(index);
    }
}
