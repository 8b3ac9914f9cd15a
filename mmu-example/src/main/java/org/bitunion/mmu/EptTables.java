package org.bitunion.mmu;

import java.util.function.LongSupplier;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptMemoryType;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.walk.EptWalker;

/**
 * L1's side of nested paging: builds and edits the EPT tables of one L2 guest in {@link GuestMemory}, as an L1
 * hypervisor does, with entries made by the generated {@code EptEntryBits}. Every change is an ordinary
 * {@link GuestMemory#writeLong}, so the MMU sees it like any other L1 store. Used by the demo, the tests and the
 * benchmarks; handy for anyone driving {@link NestedVcpu}.
 */
public final class EptTables {
    /** Bytes in a page and in an EPT table (512 entries of 8 bytes). */
    public static final long PAGE = GuestMemory.PAGE_SIZE;
    /** Read, write and execute: bits 2:0 of an EPT entry. */
    public static final long RWX = 0b111;

    private final GuestMemory memory;
    private final LongSupplier tableAllocator;
    private final int levels;
    private final long root;

    /**
     * Four-level tables.
     *
     * @param tableAllocator gives the address of a fresh, zeroed, page-aligned page for each new table
     */
    public EptTables(GuestMemory memory, LongSupplier tableAllocator) {
        this(memory, tableAllocator, 4);
    }

    /**
     * @param tableAllocator gives the address of a fresh, zeroed, page-aligned page for each new table
     * @param levels         4 (a PML4 root) or 5 (a PML5 root: five-level EPT, L2 addresses below 2^57)
     */
    public EptTables(GuestMemory memory, LongSupplier tableAllocator, int levels) {
        if (levels != 4 && levels != 5) {
            throw new IllegalArgumentException("EPT tables have 4 or 5 levels, not " + levels);
        }
        this.memory = memory;
        this.tableAllocator = tableAllocator;
        this.levels = levels;
        this.root = allocateTable();
    }

    /** Four-level tables taken from {@code tableArea} upward, each zeroed first. */
    public EptTables(GuestMemory memory, long tableArea) {
        this(memory, tableArea, 4);
    }

    /** Tables of {@code levels} levels (4 or 5) taken from {@code tableArea} upward, each zeroed first. */
    public EptTables(GuestMemory memory, long tableArea, int levels) {
        this(memory, bumpAllocator(memory, tableArea), levels);
    }

    private static LongSupplier bumpAllocator(GuestMemory memory, long tableArea) {
        long[] next = {tableArea};
        return () -> {
            long table = next[0];
            next[0] += PAGE;
            for (long offset = 0; offset < PAGE; offset += 8) {
                memory.writeLong(table + offset, 0);
            }
            return table;
        };
    }

    /** A new, empty table. */
    public long allocateTable() {
        return tableAllocator.getAsLong();
    }

    /** The address of the root table (PML4, or PML5 for five-level tables). */
    public long pml4() {
        return root;
    }

    /** The number of levels: 4 or 5. */
    public int levels() {
        return levels;
    }

    /** A valid EPTP for these tables: write-back, their number of levels, A/D as asked. */
    public long eptp(boolean accessedDirty) {
        return eptpFor(root, accessedDirty, levels);
    }

    /** A valid four-level EPTP (SDM 24.6.11) naming the PML4 table at {@code pml4Address}. */
    public static long eptpFor(long pml4Address, boolean accessedDirty) {
        return eptpFor(pml4Address, accessedDirty, 4);
    }

    /** A write-back EPTP with a walk of {@code levels} levels (4 or 5) from the root table at {@code rootAddress}. */
    public static long eptpFor(long rootAddress, boolean accessedDirty, int levels) {
        long eptp = EptPointerBits.withMemoryType(0L, EptMemoryType.WB);
        eptp = EptPointerBits.withWalkLengthMinusOne(eptp, levels - 1);
        eptp = EptPointerBits.withAccessedDirty(eptp, accessedDirty);
        return EptPointerBits.withPml4Frame(eptp, rootAddress / PAGE);
    }

    /** A non-leaf entry pointing at {@code table} with permissions {@code xwr}. */
    public static long link(long xwr, long table) {
        return EptEntryBits.withFrame(xwr, table / PAGE);
    }

    /** A leaf entry (write-back) mapping {@code l1Address} with {@code xwr}; {@code large} sets bit 7. */
    public static long leaf(long xwr, long l1Address, boolean large) {
        long entry = EptEntryBits.withMemoryType(xwr, EptMemoryType.WB);
        entry = EptEntryBits.withPageSize(entry, large);
        return EptEntryBits.withFrame(entry, l1Address / PAGE);
    }

    /**
     * Maps {@code l2} to {@code l1} with a leaf at {@code leafLevel} (1: 4 KiB, 2: 2 MiB, 3: 1 GiB), non-leaf
     * entries RWX (created when missing), leaf permissions {@code leafXwr}.
     */
    public void map(long l2, long l1, int leafLevel, long leafXwr) {
        long table = root;
        for (int level = levels; level > leafLevel; level--) {
            long entryAddress = table + EptWalker.tableIndex(l2, level) * 8L;
            long entry = memory.readLong(entryAddress);
            if ((entry & RWX) == 0) {
                long next = allocateTable();
                memory.writeLong(entryAddress, link(RWX, next));
                table = next;
            } else {
                table = EptEntryBits.frame(entry) * PAGE;
            }
        }
        memory.writeLong(table + EptWalker.tableIndex(l2, leafLevel) * 8L, leaf(leafXwr, l1, leafLevel > 1));
    }

    /** Maps the 4 KiB page of {@code l2} to {@code l1}. */
    public void map4k(long l2, long l1, long leafXwr) {
        map(l2, l1, 1, leafXwr);
    }

    /**
     * The address of the entry at {@code level} that the walk of {@code l2} reads, or -1 when a table on the way
     * is not present.
     */
    public long entryAddress(long l2, int level) {
        long table = root;
        for (int l = levels; l > level; l--) {
            long entry = memory.readLong(table + EptWalker.tableIndex(l2, l) * 8L);
            if ((entry & RWX) == 0) {
                return -1;
            }
            table = EptEntryBits.frame(entry) * PAGE;
        }
        return table + EptWalker.tableIndex(l2, level) * 8L;
    }

    /** The entry at {@code level} on the walk of {@code l2} (the tables above it must be present). */
    public long entry(long l2, int level) {
        return memory.readLong(presentEntryAddress(l2, level));
    }

    /** Overwrites the entry at {@code level} on the walk of {@code l2}: an L1 store. */
    public void setEntry(long l2, int level, long value) {
        memory.writeLong(presentEntryAddress(l2, level), value);
    }

    private long presentEntryAddress(long l2, int level) {
        long address = entryAddress(l2, level);
        if (address < 0) {
            throw new IllegalStateException("no table maps L2 0x" + Long.toHexString(l2) + " above level " + level);
        }
        return address;
    }
}
