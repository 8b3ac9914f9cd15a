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

    AccessResult accessL2(long gpa, Access access);

    void invept(InveptType type, long eptp);

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
            public AccessResult accessL2(long gpa, Access access) {
                return vcpu.accessL2(gpa, access);
            }

            @Override
            public void invept(InveptType type, long eptp) {
                vcpu.invept(type, eptp);
            }
        };
    }
}
