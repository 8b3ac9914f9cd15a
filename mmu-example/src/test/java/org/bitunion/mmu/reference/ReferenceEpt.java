package org.bitunion.mmu.reference;

import java.util.Arrays;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessOrigin;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.GuestMemory;

/**
 * The simplest EPT translator we could write straight from the Intel SDM (Vol. 3C, 29.3 "EPT translation
 * mechanism", 29.3.3 "EPT-induced VM exits", 29.3.5 "accessed and dirty flags"): no cache, no shadow, no role,
 * one loop over four or five levels with the bit positions written out by hand.
 *
 * <p>It is the oracle of the differential fuzzer, so it deliberately shares nothing with the MMU under test
 * except the facade's records, {@link Access} and {@link GuestMemory}. Where the SDM leaves a choice, it follows
 * the project's semantics decisions (issue 6):
 * <ul>
 *   <li>The walk has EPTP bits 5:3 plus one levels (4, or 5 with the five-level capability) from the root frame
 *       in EPTP bits MAXPHYADDR-1:12; L2 addresses are below 2^48, or 2^57 with five levels.</li>
 *   <li>At each level: XWR = 000 is a violation (not present); otherwise a reserved bit, a bad XWR (write-only,
 *       write+execute, execute-only without the capability) or, in a leaf, a bad memory type (2, 3, 7) is a
 *       misconfiguration, which ends the walk and beats any permission problem.</li>
 *   <li>Permissions are the AND of XWR over every level and are checked once, at the leaf.</li>
 *   <li>A violation's exit qualification holds bits 0-2 (the access) and bits 3-5 (the AND of bits 0-2 of every
 *       entry read, including the failing one), bit 7 when the access came from a linear address and bit 8 when
 *       it was to the final translation (SDM Table 28-7); nothing else. A misconfiguration's is 0.</li>
 *   <li>With EPTP[6], an access to a guest paging-structure entry is a write (SDM 29.3.3.2): it needs W (and R,
 *       as W without R is a misconfiguration), sets D, and a violation sets both bits 0 and 1 (the note to
 *       Table 28-7). With EPTP[6] clear it is the access given.</li>
 *   <li>A table that lies outside guest memory ends the walk with a violation whose bits 3-5 are the AND of the
 *       entries read so far (all ones when none was read: the root table itself is missing). A leaf page
 *       outside guest memory still translates.</li>
 *   <li>With EPTP[6]: a successful walk sets the accessed flag (bit 8) in every entry it used and the dirty flag
 *       (bit 9) in the leaf on a write; a violation or misconfiguration sets nothing.</li>
 * </ul>
 */
public final class ReferenceEpt {
    /** L2 guest-physical addresses are 48 bits wide with 4-level EPT. */
    public static final long GPA_LIMIT = 1L << 48;
    /** ... and 57 bits wide with 5-level EPT. */
    public static final long GPA_LIMIT_5_LEVEL = 1L << 57;

    private static final long PAGE_SIZE = 4096;
    private static final long ACCESSED = 1L << 8;
    private static final long DIRTY = 1L << 9;
    private static final long PAGE_SIZE_BIT = 1L << 7;

    private ReferenceEpt() {
    }

    /**
     * One translation: its architectural result and the guest addresses of the EPT entries it read, in walk
     * order (these are the words whose A/D flags it may have changed).
     */
    public record Walk(AccessResult result, long[] entriesRead) {
        @Override
        public String toString() {
            return result + " entries " + Arrays.toString(Arrays.stream(entriesRead)
                    .mapToObj(a -> "0x" + Long.toHexString(a)).toArray());
        }
    }

    /**
     * Whether a VM entry accepts {@code eptp} (SDM Vol. 3C, 26.2.1.1 and 25.6.11): memory type WB (6), or UC (0)
     * when IA32_VMX_EPT_VPID_CAP bit 8 allows it; page-walk length - 1 = 3, or 4 when bit 7 allows 5-level walks;
     * A/D enable only when supported; bits 11:7 and 63:MAXPHYADDR zero.
     */
    public static boolean isValidEptp(long eptp, EptCapabilities caps, int maxPhyAddr) {
        long memoryType = eptp & 7;
        long walkLengthMinusOne = (eptp >>> 3) & 7;
        boolean accessedDirty = (eptp & (1L << 6)) != 0;
        return (memoryType == 6 || (memoryType == 0 && caps.uncacheableEptp()))
                && (walkLengthMinusOne == 3 || (walkLengthMinusOne == 4 && caps.fiveLevel()))
                && (!accessedDirty || caps.accessedDirty())
                && ((eptp >>> 7) & 0x1F) == 0
                && (eptp >>> maxPhyAddr) == 0;
    }

    /** The number of levels of the walk {@code eptp} asks for: EPTP bits 5:3 plus one. */
    public static int levels(long eptp) {
        return (int) ((eptp >>> 3) & 7) + 1;
    }

    /** The L2 addresses a walk of {@code levels} levels translates are below this. */
    public static long gpaLimit(int levels) {
        return levels == 5 ? GPA_LIMIT_5_LEVEL : GPA_LIMIT;
    }

    /** The translation of an access by guest-physical address ({@link AccessOrigin#GUEST_PHYSICAL}). */
    public static Walk translate(GuestMemory memory, EptCapabilities caps, int maxPhyAddr, long eptp, long gpa,
                                 Access access) {
        return translate(memory, caps, maxPhyAddr, eptp, gpa, access, AccessOrigin.GUEST_PHYSICAL);
    }

    /**
     * Translates {@code gpa} for {@code access} from {@code origin} through the tables in {@code memory},
     * updating A/D flags in {@code memory} when {@code eptp} enables them.
     *
     * @throws IllegalArgumentException when {@code gpa} is not in [0, 2^48) (or [0, 2^57) with a 5-level EPTP)
     */
    public static Walk translate(GuestMemory memory, EptCapabilities caps, int maxPhyAddr, long eptp, long gpa,
                                 Access access, AccessOrigin origin) {
        int levels = levels(eptp);
        if (gpa < 0 || gpa >= gpaLimit(levels)) {
            throw new IllegalArgumentException("L2 address 0x" + Long.toHexString(gpa) + " is not below 2^"
                    + (levels == 5 ? 57 : 48));
        }
        boolean accessedDirtyOn = (eptp & (1L << 6)) != 0;
        boolean pagingStructureWrite = accessedDirtyOn && origin == AccessOrigin.LINEAR_PAGING_STRUCTURE;
        int needed = pagingStructureWrite ? 0b011 : accessBit(access);      // XWR bits the access needs
        long reported = needed | (origin != AccessOrigin.GUEST_PHYSICAL ? 1L << 7 : 0)
                | (origin == AccessOrigin.LINEAR_FINAL ? 1L << 8 : 0);      // qualification bits 0-2, 7, 8
        long frameMask = ((1L << maxPhyAddr) - 1) & ~(PAGE_SIZE - 1);
        long[] read = new long[levels];
        int count = 0;
        long table = eptp & frameMask;
        int permitted = 0b111;                           // AND of XWR over the entries read so far
        for (int level = levels; level >= 1; level--) {
            if (!memory.contains(table, PAGE_SIZE)) {
                return new Walk(violation(reported, permitted), Arrays.copyOf(read, count));
            }
            int index = (int) ((gpa >>> (12 + 9 * (level - 1))) & 511);
            long entryAddress = table + 8L * index;
            long entry = memory.readLong(entryAddress);
            read[count++] = entryAddress;
            int xwr = (int) (entry & 7);
            if (xwr == 0) {
                return new Walk(violation(reported, 0), Arrays.copyOf(read, count));
            }
            boolean leaf = level == 1 || ((level == 2 || level == 3) && (entry & PAGE_SIZE_BIT) != 0);
            if (isMisconfigured(entry, level, leaf, caps, maxPhyAddr)) {
                return new Walk(new AccessResult(AccessResult.Kind.EPT_MISCONFIG, 0, 0, false),
                        Arrays.copyOf(read, count));
            }
            permitted &= xwr;
            if (leaf) {
                long[] used = Arrays.copyOf(read, count);
                if ((permitted & needed) != needed) {
                    return new Walk(violation(reported, permitted), used);
                }
                long pageSize = 1L << (12 + 9 * (level - 1));
                long l1Gpa = (entry & frameMask & ~(pageSize - 1)) | (gpa & (pageSize - 1));
                if ((eptp & (1L << 6)) != 0) {
                    setAccessedAndDirty(memory, used, access == Access.WRITE || pagingStructureWrite);
                }
                return new Walk(new AccessResult(AccessResult.Kind.OK, l1Gpa, 0, false), used);
            }
            table = entry & frameMask;
        }
        throw new AssertionError("level 1 is always a leaf");
    }

    /**
     * The misconfiguration rules of SDM 29.3.3.1, per level: reserved bits (51:MAXPHYADDR everywhere; 7:3 in a
     * PML5E, a PML4E and in a PDPTE that references a table; 6:3 in a PDE that references a table; 29:12 in a
     * 1 GiB leaf; 20:12 in a 2 MiB leaf), bad XWR, and a bad leaf memory type.
     */
    static boolean isMisconfigured(long entry, int level, boolean leaf, EptCapabilities caps, int maxPhyAddr) {
        long reserved = bitRange(51, maxPhyAddr);
        if (level == 5 || level == 4) {
            reserved |= bitRange(7, 3);
        } else if (level == 3) {
            reserved |= leaf ? bitRange(29, 12) : bitRange(7, 3);
        } else if (level == 2) {
            reserved |= leaf ? bitRange(20, 12) : bitRange(6, 3);
        }
        if ((entry & reserved) != 0) {
            return true;
        }
        int xwr = (int) (entry & 7);
        if (xwr == 0b010 || xwr == 0b110 || (xwr == 0b100 && !caps.executeOnly())) {
            return true;
        }
        if (leaf) {
            int memoryType = (int) ((entry >>> 3) & 7);
            return memoryType == 2 || memoryType == 3 || memoryType == 7;
        }
        return false;
    }

    /** Bits {@code high} down to {@code low} (empty when {@code low > high}). */
    static long bitRange(int high, int low) {
        if (low > high) {
            return 0;
        }
        long upToHigh = high == 63 ? -1L : (1L << (high + 1)) - 1;
        return upToHigh & ~((1L << low) - 1);
    }

    private static void setAccessedAndDirty(GuestMemory memory, long[] used, boolean write) {
        for (int i = 0; i < used.length; i++) {
            long flags = ACCESSED | (write && i == used.length - 1 ? DIRTY : 0);
            long current = memory.readLong(used[i]);   // re-read: a looped table may use one word twice
            if ((current & flags) != flags) {
                memory.writeLong(used[i], current | flags);
            }
        }
    }

    private static AccessResult violation(long reported, int permitted) {
        return new AccessResult(AccessResult.Kind.EPT_VIOLATION, 0, reported | ((long) permitted << 3), false);
    }

    private static int accessBit(Access access) {
        return switch (access) {
            case READ -> 1;
            case WRITE -> 2;
            case FETCH -> 4;
        };
    }
}
