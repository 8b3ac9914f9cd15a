package org.bitunion.mmu.shadow;

/**
 * The current root of the shadow-EPT context and the cache of previous roots: Linux's {@code mmu->root_hpa} /
 * {@code root_cr3} and {@code mmu->prev_roots[KVM_MMU_NUM_PREV_ROOTS]}. A root is a shadow PML4 page together
 * with the EPTP it was loaded for; the previous roots are kept most recently used first.
 */
public final class RootCache {
    /** Previous roots kept, as in KVM ({@code KVM_MMU_NUM_PREV_ROOTS}). */
    public static final int KVM_MMU_NUM_PREV_ROOTS = 3;

    long currentEptp;
    /** The current root page's role: the role of the root to allocate when {@link #currentRoot} is null. */
    int currentRole;
    /** Null: no root loaded ({@code INVALID_PAGE}); allocated at the next access ({@code kvm_mmu_load}). */
    ShadowPage currentRoot;
    final long[] prevEptp = new long[KVM_MMU_NUM_PREV_ROOTS];
    final ShadowPage[] prevRoot = new ShadowPage[KVM_MMU_NUM_PREV_ROOTS];

    public long currentEptp() {
        return currentEptp;
    }

    public ShadowPage currentRoot() {
        return currentRoot;
    }

    /** The EPTP of previous root {@code i} (most recent first), meaningful when {@link #prevRoot} is not null. */
    public long prevEptp(int i) {
        return prevEptp[i];
    }

    public ShadowPage prevRoot(int i) {
        return prevRoot[i];
    }
}
