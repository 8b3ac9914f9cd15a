package org.bitunion.mmu.shadow;

import org.bitunion.mmu.types.ShadowEntryBits;

/**
 * The small predicates on shadow entries that the shadow MMU, its audit and its walk of the shadow tables share:
 * Linux's {@code is_shadow_present_pte}, {@code is_last_spte} and "present and not last" (a link to a child
 * shadow page) from {@code arch/x86/kvm/mmu/spte.h}.
 */
final class Spte {
    private Spte() {}

    /** {@code is_last_spte}: at {@code level}, an entry that maps a page (level 1, or bit 7 above it). */
    static boolean isLastSpte(long spte, int level) {
        return level == 1 || ShadowEntryBits.largePage(spte);
    }

    /** A present entry that links to a child shadow page rather than mapping memory. */
    static boolean isLink(long spte, int level) {
        return ShadowEntryBits.present(spte) && !isLastSpte(spte, level);
    }

    /** A present entry that maps memory: the leaf of a translation. */
    static boolean isPresentLeaf(long spte, int level) {
        return ShadowEntryBits.present(spte) && isLastSpte(spte, level);
    }
}
