package org.bitunion.mmu;

import org.bitunion.mmu.reference.ReferenceVcpu;

/**
 * What the differential runner drives: the {@code NestedVcpu} facade, implemented by the MMU under test and by the
 * reference model. Each target owns its copy of L1's memory.
 */
interface FuzzTarget {
    String name();

    GuestMemory memory();

    void setControl(String register, long value);

    boolean vmEntry(long eptp);

    void vmExit();

    AccessResult accessL2(long gpa, Access access);

    void invept(InveptType type, long eptp);

    /** Checks the target's own invariants after {@code op}; returns a description of a violation, or null. */
    default String checkInvariants(FuzzOp op, AccessResult result) {
        return null;
    }

    /** Creates a target on its own fresh memory. */
    interface Factory {
        String name();

        FuzzTarget create(GuestMemory memory, EptCapabilities caps);
    }

    /** The reference model as a target. */
    final class Reference implements FuzzTarget {
        static final Factory FACTORY = new Factory() {
            @Override
            public String name() {
                return "reference";
            }

            @Override
            public FuzzTarget create(GuestMemory memory, EptCapabilities caps) {
                return new Reference(new ReferenceVcpu(memory, caps));
            }
        };

        final ReferenceVcpu vcpu;

        Reference(ReferenceVcpu vcpu) {
            this.vcpu = vcpu;
        }

        @Override
        public String name() {
            return "reference";
        }

        @Override
        public GuestMemory memory() {
            return vcpu.memory();
        }

        @Override
        public void setControl(String register, long value) {
            if (register.equals("maxphyaddr")) {
                vcpu.setMaxPhyAddr((int) value);
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
    }
}
