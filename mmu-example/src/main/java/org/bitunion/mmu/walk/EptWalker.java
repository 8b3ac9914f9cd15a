package org.bitunion.mmu.walk;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessOrigin;
import org.bitunion.mmu.context.AccessMask;
import org.bitunion.mmu.context.LastNonleafLevel;
import org.bitunion.mmu.context.MmuContext;
import org.bitunion.mmu.context.PermissionBitmask;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.types.ExitQualificationBits;
import org.bitunion.mmu.types.GuestPhysicalAddressBits;
import org.bitunion.mmu.types.PageFaultErrorCodeBits;

/**
 * The walk of L1's EPT tables for an L2 guest-physical address: Linux's {@code FNAME(walk_addr_generic)} of
 * {@code paging_tmpl.h} compiled with {@code PTTYPE_EPT}, following SDM Vol. 3, 29.3 (translation, 29.3.2;
 * misconfigurations, 29.3.3.1; violations, 29.3.3.2; accessed and dirty flags, 29.3.5).
 *
 * <p>Per level, from the root table the EPTP names (PML4, or PML5 for a five-level EPTP): read the entry; XWR =
 * 000 ends the walk with a violation (not present); reserved bits, a bad XWR or (in a leaf) a bad memory type end it with a misconfiguration, which takes
 * priority over any permission problem; a PDPTE or PDE with bit 7, or any PTE, is the leaf. Then the access is
 * checked against the AND of every level's permissions. Everything that configures the walk (reserved bits,
 * permission table, large-page levels, whether A/D is on) is read from the {@link MmuContext}.
 *
 * <p>Accessed/dirty rule (taken when the context has A/D on): only a walk that ends {@code OK} updates flags; it
 * sets the accessed flag (bit 8) in every entry it used, root entry to leaf, that lacks it, and for a write the dirty
 * flag (bit 9) in the leaf. A walk that ends in a violation (not present, permission, table outside memory) or a
 * misconfiguration changes nothing. This is KVM's order (the update follows {@code permission_fault}); the SDM
 * sets the flags for entries "used" by a translation, and a translation that faults is not completed.
 *
 * <p>The walk reads at most four entries (five with five-level EPT), never outside {@code GuestMemory}: a table
 * outside memory ends it with a violation whose R/W/X bits are the AND of the entries read so far (as KVM does
 * when a table's address has no memslot). So it always ends, whatever the guest's tables contain.
 */
public final class EptWalker {
    private static final long PAGE_SIZE = 4096;
    private static final int ENTRY_SIZE = 8;

    /** Error codes KVM derives from an EPT violation's access ({@code handle_ept_violation}). */
    private static final int PFEC_READ = PageFaultErrorCodeBits.withUser(0, true);
    private static final int PFEC_WRITE = PageFaultErrorCodeBits.withWrite(0, true);
    private static final int PFEC_FETCH = PageFaultErrorCodeBits.withFetch(0, true);

    private final GuestTables tables;
    private long walks;

    public EptWalker(GuestTables tables) {
        this.tables = tables;
    }

    /** How many walks this walker has made. */
    public long walks() {
        return walks;
    }

    /**
     * Walks the tables of {@code eptp} for {@code l2Gpa} (below 2^48, or 2^57 with five levels) and fills
     * {@code out}.
     *
     * <p>{@code origin} gives bits 7 and 8 of a violation's exit qualification (KVM copies them from the real
     * exit qualification, {@code FNAME(walk_addr_generic)}); and with A/D on, an access to an L2 paging-structure
     * entry is a write for EPT purposes (SDM 29.3.3.2; KVM's {@code nested_access} adds {@code PFERR_WRITE_MASK}
     * when {@code have_ad}): it needs W, sets the dirty flag, and a violation reports both read and write (SDM
     * Table 28-7, note on bits 0 and 1).
     */
    public void walk(MmuContext context, long eptp, long l2Gpa, Access access, AccessOrigin origin,
                     WalkResult out) {
        walks++;
        boolean pagingStructureWrite = context.eptAd() && origin == AccessOrigin.LINEAR_PAGING_STRUCTURE;
        int pfec = pagingStructureWrite ? PFEC_READ | PFEC_WRITE : errorCode(access);
        long accessBits = accessQualification(access, origin, pagingStructureWrite);
        int rootLevel = context.rootLevel();
        int level = rootLevel;
        long tableGfn = EptPointerBits.pml4Frame(eptp);
        int xwrAnd = AccessMask.XWR_ALL;             // empty AND: nothing restricted yet
        out.accessAbove[level] = AccessMask.ACC_ALL;
        long entry;
        for (;;) {
            long entryGpa = tableGfn * PAGE_SIZE + (long) tableIndex(l2Gpa, level) * ENTRY_SIZE;
            if (!tables.contains(entryGpa)) {
                // The table is not in L1's memory: KVM finds no memslot and reports a violation.
                violation(out, level, accessBits, xwrAnd);
                return;
            }
            entry = tables.read(entryGpa);
            out.tableGfn[level - 1] = tableGfn;
            out.pte[level - 1] = entry;
            out.pteGpa[level - 1] = entryGpa;
            int xwr = AccessMask.xwr(entry);
            xwrAnd &= xwr;
            if (xwr == 0) {
                violation(out, level, accessBits, xwrAnd);   // not present
                return;
            }
            if (context.guestRsvdCheck().isRsvdBitsSet(entry, level)) {
                misconfig(out, level);
                return;
            }
            if (LastNonleafLevel.isLastGpte(context.lastNonleafLevel(), level, entry)) {
                break;
            }
            tableGfn = EptEntryBits.frame(entry);
            level--;
            out.accessAbove[level] = AccessMask.gpteAccess(xwrAnd);
        }

        int pteAccess = AccessMask.gpteAccess(xwrAnd);
        if (PermissionBitmask.faults(context.permissions(), pteAccess, pfec)) {
            violation(out, level, accessBits, xwrAnd);
            return;
        }
        long pageSize = pageSize(level);
        out.status = WalkResult.Status.OK;
        out.level = level;
        out.exitQualification = 0;
        // Reserved bits guarantee a large page's frame is aligned, so the offset can simply be added.
        out.l1Gpa = EptEntryBits.frame(entry) * PAGE_SIZE + (l2Gpa & (pageSize - 1));

        boolean write = pagingStructureWrite || access == Access.WRITE;
        if (context.eptAd()) {
            updateAccessedDirty(out, rootLevel, level, write);
        }
        // protect_clean_gpte: a shadow leaf from a clean guest leaf must fault on write, so the write sets D.
        if (context.eptAd() && !write && !EptEntryBits.dirty(entry)) {
            pteAccess &= ~AccessMask.ACC_WRITE_MASK;
        }
        out.pteAccess = pteAccess;
    }

    /** {@code FNAME(update_accessed_dirty_bits)}: see the class comment for the rule. */
    private void updateAccessedDirty(WalkResult out, int rootLevel, int leafLevel, boolean write) {
        for (int level = rootLevel; level >= leafLevel; level--) {
            long entry = out.pte[level - 1];
            long flags = 0;
            if (!EptEntryBits.accessed(entry)) {
                flags = EptEntryBits.withAccessed(flags, true);
            }
            if (level == leafLevel && write && !EptEntryBits.dirty(entry)) {
                flags = EptEntryBits.withDirty(flags, true);
            }
            if (flags != 0) {
                tables.setFlags(out.pteGpa[level - 1], flags);
            }
        }
    }

    /** Exit-qualification bits 0-2, 7 and 8 of a violation by this access (SDM Vol. 3, Table 28-7). */
    private static long accessQualification(Access access, AccessOrigin origin, boolean pagingStructureWrite) {
        long qualification = 0;
        boolean read = access == Access.READ || pagingStructureWrite;
        boolean write = access == Access.WRITE || pagingStructureWrite;
        boolean fetch = access == Access.FETCH && !pagingStructureWrite;
        qualification = ExitQualificationBits.withRead(qualification, read);
        qualification = ExitQualificationBits.withWrite(qualification, write);
        qualification = ExitQualificationBits.withFetch(qualification, fetch);
        boolean linear = origin != AccessOrigin.GUEST_PHYSICAL;
        qualification = ExitQualificationBits.withLinearAddressValid(qualification, linear);
        return ExitQualificationBits.withTranslatedAccess(qualification, origin == AccessOrigin.LINEAR_FINAL);
    }

    private static void violation(WalkResult out, int level, long accessBits, int xwrAnd) {
        long qualification = accessBits;
        qualification = ExitQualificationBits.withReadable(qualification, EptEntryBits.readable(xwrAnd));
        qualification = ExitQualificationBits.withWritable(qualification, EptEntryBits.writable(xwrAnd));
        qualification = ExitQualificationBits.withExecutable(qualification, EptEntryBits.executable(xwrAnd));
        out.status = WalkResult.Status.VIOLATION;
        out.level = level;
        out.l1Gpa = 0;
        out.exitQualification = qualification;
    }

    private static void misconfig(WalkResult out, int level) {
        out.status = WalkResult.Status.MISCONFIG;
        out.level = level;
        out.l1Gpa = 0;
        out.exitQualification = 0;
    }

    /** The error code KVM's nested EPT uses for an access (read = user, write = write, fetch = fetch). */
    public static int errorCode(Access access) {
        return switch (access) {
            case READ -> PFEC_READ;
            case WRITE -> PFEC_WRITE;
            case FETCH -> PFEC_FETCH;
        };
    }

    /** The index into the table at {@code level} that {@code gpa} selects. */
    public static int tableIndex(long gpa, int level) {
        return switch (level) {
            case 5 -> GuestPhysicalAddressBits.pml5Index(gpa);
            case 4 -> GuestPhysicalAddressBits.pml4Index(gpa);
            case 3 -> (int) GuestPhysicalAddressBits.pdptIndex(gpa);
            case 2 -> GuestPhysicalAddressBits.pdIndex(gpa);
            case 1 -> GuestPhysicalAddressBits.ptIndex(gpa);
            default -> throw new IllegalArgumentException("EPT level " + level);
        };
    }

    /** Bytes mapped by a leaf at {@code level}: 4 KiB, 2 MiB, 1 GiB. */
    public static long pageSize(int level) {
        return switch (level) {
            case 1 -> 1L << 12;
            case 2 -> 1L << 21;
            case 3 -> 1L << 30;
            default -> throw new IllegalArgumentException("no leaf at EPT level " + level);
        };
    }
}
