package org.bitunion.mmu;

/**
 * The {@link NestedVcpu} facade as the differential tests drive it, so that the MMU under test and the reference
 * model ({@link org.bitunion.mmu.reference.ReferenceVcpu}) can stand behind the same {@link ForwardingTarget}.
 * {@code setControl} folds L1's state setters into one call so that fuzz programs can name a register.
 */
public interface VcpuFacade {
    GuestMemory memory();

    /** {@code register}: cr0, cr4, efer, smm (0 or 1) or maxphyaddr. */
    void setControl(String register, long value);

    boolean vmEntry(long eptp);

    void vmExit();

    boolean inL2();

    AccessResult accessL2(long gpa, Access access, AccessOrigin origin);

    /** An access by guest-physical address. */
    default AccessResult accessL2(long gpa, Access access) {
        return accessL2(gpa, access, AccessOrigin.GUEST_PHYSICAL);
    }

    void invept(InveptType type, long eptp);

    void setEptpList(long listGpa);

    boolean vmfuncEptpSwitch(int index);

    /** {@link NestedVcpu} seen through this interface: the one place its methods are mapped. */
    static VcpuFacade of(NestedVcpu vcpu, GuestMemory memory) {
        return new VcpuFacade() {
            @Override
            public GuestMemory memory() {
                return memory;
            }

            @Override
            public void setControl(String register, long value) {
                switch (register) {
                    case "cr0" -> vcpu.setCr0(value);
                    case "cr4" -> vcpu.setCr4(value);
                    case "efer" -> vcpu.setEfer(value);
                    case "smm" -> vcpu.setSmm(value != 0);
                    case "maxphyaddr" -> vcpu.setMaxPhyAddr((int) value);
                    default -> throw new IllegalArgumentException(register);
                }
            }

            @Override
            public boolean vmEntry(long eptp) {
                return vcpu.vmEntry(eptp);
            }

            @Override
            public void vmExit() {
                vcpu.vmExit();
            }

            @Override
            public boolean inL2() {
                return vcpu.inL2();
            }

            @Override
            public AccessResult accessL2(long gpa, Access access, AccessOrigin origin) {
                return vcpu.accessL2(gpa, access, origin);
            }

            @Override
            public void invept(InveptType type, long eptp) {
                vcpu.invept(type, eptp);
            }

            @Override
            public void setEptpList(long listGpa) {
                vcpu.setEptpList(listGpa);
            }

            @Override
            public boolean vmfuncEptpSwitch(int index) {
                return vcpu.vmfuncEptpSwitch(index);
            }
        };
    }
}
