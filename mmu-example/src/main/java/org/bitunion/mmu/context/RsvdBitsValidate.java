package org.bitunion.mmu.context;

import org.bitunion.mmu.types.EptEntryBits;

/**
 * Reserved-bit checking for EPT entries, Linux's {@code struct rsvd_bits_validate} with
 * {@code __reset_rsvds_bits_mask_ept} and {@code __is_rsvd_bits_set}; a context has one for the guest's entries
 * (L1's MAXPHYADDR) and one for its own shadow entries (the host's, "shadow zero bits").
 *
 * <p>Layout: {@code rsvdBitsMask[bit7][level - 1]} is the mask of bits that must be zero in an entry of that
 * level, chosen by the entry's bit 7 (page size); {@code badMtXwr} has bit {@code n} set when an entry whose
 * bits 5:0 (memory type, X, W, R) equal {@code n} is a misconfiguration (SDM Vol. 3, 29.3.3.1).
 */
public final class RsvdBitsValidate {
    /** Bits 7:3 of a non-leaf entry: memory type, ignore-PAT, page size. */
    private static final long BITS_7_3 =
            EptEntryBits.MEMORY_TYPE_MASK | EptEntryBits.IGNORE_PAT_MASK | EptEntryBits.PAGE_SIZE_MASK;
    /** Bits 6:3 of a non-leaf entry: memory type and ignore-PAT. */
    private static final long BITS_6_3 = EptEntryBits.MEMORY_TYPE_MASK | EptEntryBits.IGNORE_PAT_MASK;
    /** The highest bit that can hold a physical address (Intel 64: 52-bit physical addresses). */
    private static final int PHYS_ADDR_TOP_BIT = 51;

    private final long[][] rsvdBitsMask = new long[2][5];
    private long badMtXwr;

    /** The mask of bits {@code start..end} (inclusive); empty when {@code end < start} ({@code rsvd_bits}). */
    public static long rsvdBits(int start, int end) {
        if (end < start) {
            return 0;
        }
        return (-1L >>> (63 - end)) & (-1L << start);
    }

    /**
     * {@code __reset_rsvds_bits_mask_ept}: reserved bits for a MAXPHYADDR of {@code maxPhyAddr} and the table of
     * bad memory-type/XWR combinations.
     */
    public void resetEpt(int maxPhyAddr, boolean execonly) {
        long aboveMaxPhyAddr = rsvdBits(maxPhyAddr, PHYS_ADDR_TOP_BIT);
        // bit 7 clear: non-leaf (levels 5..2) or 4 KiB page (level 1)
        rsvdBitsMask[0][4] = aboveMaxPhyAddr | BITS_7_3;        // PML5E (SDM 29.3.2, five-level EPT): as a PML4E
        rsvdBitsMask[0][3] = aboveMaxPhyAddr | BITS_7_3;        // PML4E: no page size, no memory type
        rsvdBitsMask[0][2] = aboveMaxPhyAddr | BITS_6_3;        // PDPTE pointing to a page directory
        rsvdBitsMask[0][1] = aboveMaxPhyAddr | BITS_6_3;        // PDE pointing to a page table
        rsvdBitsMask[0][0] = aboveMaxPhyAddr;                   // PTE
        // bit 7 set: large page (levels 3, 2); at levels 5 and 4 still reserved, at level 1 ignored
        rsvdBitsMask[1][4] = rsvdBitsMask[0][4];
        rsvdBitsMask[1][3] = rsvdBitsMask[0][3];
        rsvdBitsMask[1][2] = aboveMaxPhyAddr | rsvdBits(12, 29); // 1 GiB page: frame must be 1 GiB aligned
        rsvdBitsMask[1][1] = aboveMaxPhyAddr | rsvdBits(12, 20); // 2 MiB page: frame must be 2 MiB aligned
        rsvdBitsMask[1][0] = rsvdBitsMask[0][0];

        long bad = 0;
        for (int memoryType : new int[] {2, 3, 7}) {            // reserved memory types (leaf bits 5:3)
            for (int xwr = 0; xwr < 8; xwr++) {
                bad |= 1L << combination(memoryType, xwr);
            }
        }
        for (int memoryType = 0; memoryType < 8; memoryType++) {
            bad |= 1L << combination(memoryType, 0b010);         // write-only
            bad |= 1L << combination(memoryType, 0b110);         // write-execute without read
            if (!execonly) {
                bad |= 1L << combination(memoryType, 0b100);     // execute-only needs the capability
            }
        }
        badMtXwr = bad;
    }

    /** {@code __is_rsvd_bits_set}: the entry at {@code level} is a misconfiguration. */
    public boolean isRsvdBitsSet(long entry, int level) {
        int bit7 = EptEntryBits.pageSize(entry) ? 1 : 0;
        if ((entry & rsvdBitsMask[bit7][level - 1]) != 0) {
            return true;
        }
        int low6 = (int) (entry & (EptEntryBits.MEMORY_TYPE_MASK | AccessMask.XWR_MASK));
        return ((badMtXwr >>> low6) & 1) != 0;
    }

    /** The mask of reserved bits for an entry with the given bit 7 at {@code level}. */
    public long rsvdBitsMask(boolean bit7, int level) {
        return rsvdBitsMask[bit7 ? 1 : 0][level - 1];
    }

    /** The bad memory-type/XWR table. */
    public long badMtXwr() {
        return badMtXwr;
    }

    /** The index into {@code badMtXwr} of a memory type and an XWR value: bits 5:0 of such an entry. */
    private static int combination(int memoryType, int xwr) {
        return (int) EptEntryBits.withMemoryTypeCode(xwr, memoryType);
    }
}
