package org.bitunion.mmu.context;

import org.bitunion.mmu.types.EptEntryBits;

/**
 * Linux's {@code update_last_nonleaf_level} and {@code is_last_gpte}: which levels may hold a large-page leaf.
 *
 * <p>Entries at {@code lastNonleafLevel} and above never map a page (bit 7 there is not a page-size bit; for EPT
 * it is reserved at levels 5 and 4); entries below it map a page when bit 7 is set; level 1 always maps a page.
 */
public final class LastNonleafLevel {
    /** Root level of two-level 32-bit paging, the one mode where PSE adds a large-page level. */
    private static final int PT32_ROOT_LEVEL = 2;

    private LastNonleafLevel() {}

    /** {@code update_last_nonleaf_level}: for EPT it is the root level, 4 or 5. */
    public static int compute(int rootLevel, boolean cr4Pse) {
        return rootLevel == PT32_ROOT_LEVEL && cr4Pse ? rootLevel + 1 : rootLevel;
    }

    /** {@code is_last_gpte}: the entry at {@code level} ends the walk. */
    public static boolean isLastGpte(int lastNonleafLevel, int level, long entry) {
        if (level == 1) {
            return true;
        }
        return level < lastNonleafLevel && EptEntryBits.pageSize(entry);
    }
}
