package org.bitunion.mmu;

import org.bitunion.mmu.reference.ReferenceVcpu;

/**
 * What the differential runner drives: the {@code NestedVcpu} facade ({@link VcpuFacade}) with a name and
 * invariant checks, implemented by the MMU under test and by the reference model, both through
 * {@link ForwardingTarget}. Each target owns its copy of L1's memory.
 */
interface FuzzTarget extends VcpuFacade {
    String name();

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
    final class Reference extends ForwardingTarget {
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
            super("reference", vcpu);
            this.vcpu = vcpu;
        }
    }
}
