package org.bitunion.mmu.shadow;

import java.util.function.LongPredicate;

/**
 * The current root of the shadow-EPT context and the cache of previous roots: Linux's {@code mmu->root_hpa} /
 * {@code root_cr3} and {@code mmu->prev_roots[KVM_MMU_NUM_PREV_ROOTS]}, with the operations of {@code mmu.c} that
 * work on them ({@code cached_root_available}, {@code kvm_mmu_free_roots}). A root is a shadow PML4 (or PML5) page
 * together with the EPTP it was loaded for; the previous roots are kept most recently used first.
 *
 * <p>Freeing a root page is the shadow MMU's business (it may zap the page and what only it reached), so the
 * cache is given that operation ({@code mmu_free_root_page}).
 */
public final class RootCache {
    /** Previous roots kept, as in KVM ({@code KVM_MMU_NUM_PREV_ROOTS}). */
    public static final int KVM_MMU_NUM_PREV_ROOTS = 3;

    /** Where {@link #newRoot} found the root. */
    public enum RootSource { CURRENT, PREVIOUS_ROOTS, NEW }

    /** {@code mmu_free_root_page}: drops one use of a root page. */
    interface RootFreer {
        void freeRoot(ShadowPage root);
    }

    private final RootFreer freer;
    long currentEptp;
    /** The current root page's role: the role of the root to allocate when {@link #currentRoot} is null. */
    int currentRole;
    /** Null: no root loaded ({@code INVALID_PAGE}); allocated at the next access ({@code kvm_mmu_load}). */
    ShadowPage currentRoot;
    final long[] prevEptp = new long[KVM_MMU_NUM_PREV_ROOTS];
    final ShadowPage[] prevRoot = new ShadowPage[KVM_MMU_NUM_PREV_ROOTS];

    RootCache(RootFreer freer) {
        this.freer = freer;
    }

    /**
     * Switches to the root for {@code eptp} and {@code rootRole} (the unmasked base role):
     * {@code __kvm_mmu_new_cr3} with {@code cached_root_available} as in Linux 5.7 and later, which first checks
     * the current root ("KVM: x86/mmu: Reuse the current root if possible for fast switch"; 4.20 pushed the current
     * root into the cache before looking, so re-entering with an unchanged EPTP could miss). A previous root is reused when its EPTP and its page's role both match; the slots rotate so the most
     * recent root comes first, and the root pushed out of the last slot is freed.
     *
     * @param rootCaching false: no root is ever reused, the current one is freed on every switch (KVM before
     *                    the previous-roots cache unloaded the MMU on every nested entry)
     */
    RootSource newRoot(long eptp, int rootRole, boolean rootCaching) {
        if (!rootCaching) {
            freeRoots(anyEptp -> true);
            currentEptp = eptp;
            currentRole = rootRole;
            return RootSource.NEW;
        }
        if (isRootUsable(currentRoot, currentEptp, eptp, rootRole)
                || currentRoot == null && currentEptp == eptp && currentRole == rootRole) {
            currentEptp = eptp;
            return RootSource.CURRENT;
        }
        long eptpInHand = currentEptp;
        ShadowPage rootInHand = currentRoot;
        int i;
        for (i = 0; i < KVM_MMU_NUM_PREV_ROOTS; i++) {
            long swapEptp = prevEptp[i];
            ShadowPage swapRoot = prevRoot[i];
            prevEptp[i] = eptpInHand;
            prevRoot[i] = rootInHand;
            eptpInHand = swapEptp;
            rootInHand = swapRoot;
            if (isRootUsable(rootInHand, eptpInHand, eptp, rootRole)) {
                break;
            }
        }
        currentEptp = eptp;
        currentRole = rootRole;
        if (i < KVM_MMU_NUM_PREV_ROOTS) {
            currentRoot = rootInHand;
            return RootSource.PREVIOUS_ROOTS;
        }
        currentRoot = null;
        if (rootInHand != null) {
            freer.freeRoot(rootInHand);              // the least recently used root fell out of the cache
        }
        return RootSource.NEW;
    }

    private static boolean isRootUsable(ShadowPage root, long rootEptp, long eptp, int rootRole) {
        return root != null && rootEptp == eptp && root.role == rootRole;
    }

    /**
     * {@code kvm_mmu_free_roots} with the roots chosen by {@code eptpMatches} (KVM builds the same choice as a
     * {@code roots_to_free} mask, e.g. from {@code nested_ept_root_matches}): frees the current root and every
     * previous root whose EPTP matches. A freed current root leaves its EPTP loaded; it is rebuilt at the next
     * access.
     *
     * @return roots freed
     */
    int freeRoots(LongPredicate eptpMatches) {
        int freed = 0;
        if (currentRoot != null && eptpMatches.test(currentEptp)) {
            freer.freeRoot(currentRoot);
            currentRoot = null;
            freed++;
        }
        for (int i = 0; i < KVM_MMU_NUM_PREV_ROOTS; i++) {
            if (prevRoot[i] != null && eptpMatches.test(prevEptp[i])) {
                freer.freeRoot(prevRoot[i]);
                prevRoot[i] = null;
                freed++;
            }
        }
        return freed;
    }

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
