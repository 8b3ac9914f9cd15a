package org.bitunion.mmu;

import org.bitunion.mmu.context.L1ControlState;

/**
 * How a vCPU computes the shadow-EPT role at a nested entry: {@code kvm_calc_shadow_ept_root_page_role}
 * ({@link org.bitunion.mmu.context.MmuRoles#calcShadowEptRole}). A seam for tests only: the mutation check gives
 * a vCPU a calculation that forgets an input, through {@link NestedVcpu}'s package-private constructor; production
 * code always uses the real one.
 */
@FunctionalInterface
interface ShadowEptRoleCalculation {
    /**
     * @param inheritedBase the L1 context's cached base role
     * @param l1            L1's control state
     * @param accessedDirty EPTP bit 6
     * @param execonly      the CPU allows execute-only entries
     * @param rootLevel     the EPT walk length: 4, or 5 with 5-level EPT
     * @return the {@code MmuRole} word
     */
    long calc(int inheritedBase, L1ControlState l1, boolean accessedDirty, boolean execonly, int rootLevel);
}
