package org.bitunion.mmu.shadow;

import java.util.ArrayList;
import java.util.List;
import org.bitunion.mmu.context.RsvdBitsValidate;
import org.bitunion.mmu.types.ShadowEntryBits;
import org.bitunion.mmu.walk.EptWalker;

/**
 * The shadow MMU's self-check, Linux's {@code arch/x86/kvm/mmu_audit.c} ({@code audit_mappings},
 * {@code audit_sptes_have_rmaps}, {@code audit_write_protection}): walks every live shadow page and reports each
 * broken invariant of {@link ShadowMmu} as a line of text. Read-only; one instance per audit.
 */
final class ShadowAudit {
    private static final long PAGE_SIZE = 4096;

    private final ShadowMmu mmu;
    private final RsvdBitsValidate shadowZeroCheck;
    private final List<String> problems = new ArrayList<>();

    ShadowAudit(ShadowMmu mmu, RsvdBitsValidate shadowZeroCheck) {
        this.mmu = mmu;
        this.shadowZeroCheck = shadowZeroCheck;
    }

    /**
     * Checks the invariants in {@link ShadowMmu}'s class comment and that no shadow entry has a bit set that
     * {@code shadowZeroCheck} forbids; returns one line per problem (empty: all hold).
     */
    List<String> audit() {
        if (mmu.livePages() > mmu.maxPages()) {
            problems.add(mmu.livePages() + " live shadow pages exceed the cap of " + mmu.maxPages());
        }
        int counted = 0;
        for (ShadowPage page = mmu.oldestPage(); page != null; page = page.newer) {
            counted++;
            auditPage(page);
        }
        if (counted != mmu.livePages()) {
            problems.add("age list holds " + counted + " pages, live count is " + mmu.livePages());
        }
        return problems;
    }

    private void auditPage(ShadowPage page) {
        if (!page.live) {
            problems.add("page #" + page.id + " on the age list is not live");
        }
        if (page.parentCount == 0 && page.rootCount == 0) {
            problems.add("page #" + page.id + " is neither a root nor linked");
        }
        int level = page.level();
        for (int index = 0; index < ShadowPage.ENTRIES; index++) {
            long spte = page.spt[index];
            if (Spte.isPresentLeaf(spte, level)) {
                auditLeaf(page, index, spte, level);
            } else if (Spte.isLink(spte, level)) {
                ShadowPage child = mmu.pageById(ShadowEntryBits.frame(spte));
                if (child == null || !child.live || child.level() != level - 1) {
                    problems.add(where(page, index) + " links to a dead or misplaced page");
                }
            }
        }
    }

    /** {@code audit_mappings} and {@code audit_write_protection} for one leaf. */
    private void auditLeaf(ShadowPage page, int index, long spte, int level) {
        long size = EptWalker.pageSize(level);
        long base = ShadowEntryBits.frame(spte) * PAGE_SIZE;
        if (base < 0 || base > mmu.memoryBytes() - size) {
            problems.add(where(page, index) + " maps 0x" + Long.toHexString(base) + " outside L1 memory");
        }
        if (ShadowEntryBits.writable(spte) && mmu.mapsWriteTrackedFrame(base, size)) {
            problems.add(where(page, index) + " is a writable mapping of a write-tracked guest table at 0x"
                    + Long.toHexString(base));
        }
        if (shadowZeroCheck.isRsvdBitsSet(spte & ~softwareBits(), level)) {
            problems.add(where(page, index) + " has reserved bits: " + ShadowEntryBits.toString(spte));
        }
    }

    private static String where(ShadowPage page, int index) {
        return "page #" + page.id + "[" + index + "]";
    }

    /** The ignored bits the shadow entry uses for software state (present, host/MMU writable). */
    private static long softwareBits() {
        return ShadowEntryBits.PRESENT_MASK | ShadowEntryBits.HOST_WRITABLE_MASK | ShadowEntryBits.MMU_WRITABLE_MASK;
    }
}
