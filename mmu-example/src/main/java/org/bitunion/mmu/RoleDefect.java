package org.bitunion.mmu;

/**
 * Test-only: a deliberately broken shadow-EPT role calculation, for the mutation check of the differential tests
 * (issue 6). Each defect makes the role forget one input; the context is still re-initialised from the live
 * inputs when the role changes, so with a defect a changed input can leave a stale context behind, which the
 * tests must notice.
 */
enum RoleDefect {
    /** The correct role. */
    NONE,
    /** {@code adDisabled} is not set from EPTP bit 6: it keeps the value of the base role it started from. */
    FORGET_AD_DISABLED,
    /** The extended role's {@code maxPhyAddr} stays 0, so a MAXPHYADDR change alone does not re-initialise. */
    FORGET_MAXPHYADDR,
    /**
     * The reviewed patch's bug ({@code kvm-role-cache-review.txt}): the base role is built from scratch (only
     * access and CR0.WP) instead of being inherited from the L1 context's role, so it forgets EFER.NX, CR4.PAE
     * and SMM.
     */
    FORGET_INHERITED_BASE
}
