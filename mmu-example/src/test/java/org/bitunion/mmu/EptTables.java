package org.bitunion.mmu;

import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptMemoryType;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.walk.EptWalker;

/**
 * Test helper: builds L1's EPT tables for one L2 guest in {@link GuestMemory}, as an L1 hypervisor would, with
 * table pages taken from a bump allocator. Entries are built with the generated {@code EptEntryBits}.
 */
final class EptTables {
    static final long PAGE = 4096;
    static final long RWX = 7;

    final GuestMemory memory;
    final long pml4;
    private long nextTable;

    /** Tables are allocated from {@code tableArea} upward. */
    EptTables(GuestMemory memory, long tableArea) {
        this.memory = memory;
        this.nextTable = tableArea;
        this.pml4 = allocateTable();
    }

    long allocateTable() {
        long table = nextTable;
        nextTable += PAGE;
        for (long offset = 0; offset < PAGE; offset += 8) {
            memory.writeLong(table + offset, 0);
        }
        return table;
    }

    /** A valid EPTP for these tables: write-back, four levels, A/D as asked. */
    long eptp(boolean accessedDirty) {
        return eptpFor(pml4, accessedDirty);
    }

    static long eptpFor(long pml4Address, boolean accessedDirty) {
        long eptp = EptPointerBits.withMemoryType(0L, EptMemoryType.WB);
        eptp = EptPointerBits.withWalkLengthMinusOne(eptp, 3);
        eptp = EptPointerBits.withAccessedDirty(eptp, accessedDirty);
        return EptPointerBits.withPml4Frame(eptp, pml4Address / PAGE);
    }

    /** A non-leaf entry pointing at {@code table} with permissions {@code xwr}. */
    static long link(long xwr, long table) {
        return EptEntryBits.withFrame(xwr, table / PAGE);
    }

    /** A leaf entry (write-back) mapping {@code l1Address} with {@code xwr}; {@code large} sets bit 7. */
    static long leaf(long xwr, long l1Address, boolean large) {
        long entry = EptEntryBits.withMemoryType(xwr, EptMemoryType.WB);
        entry = EptEntryBits.withPageSize(entry, large);
        return EptEntryBits.withFrame(entry, l1Address / PAGE);
    }

    /** {@code entry} with memory-type code {@code code}, including the reserved codes 2, 3, 7. */
    static long withMemoryTypeCode(long entry, int code) {
        // No generated writer takes a raw enum code (the enum has no constant for 2, 3, 7): place it by the mask.
        return (entry & ~EptEntryBits.MEMORY_TYPE_MASK) | ((long) code << EptEntryBits.MEMORY_TYPE_SHIFT);
    }

    /**
     * Maps {@code l2} to {@code l1} with a leaf at {@code leafLevel} (1: 4 KiB, 2: 2 MiB, 3: 1 GiB), non-leaf
     * entries RWX (created when missing), leaf permissions {@code leafXwr}.
     */
    void map(long l2, long l1, int leafLevel, long leafXwr) {
        long table = pml4;
        for (int level = 4; level > leafLevel; level--) {
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

    void map4k(long l2, long l1, long leafXwr) {
        map(l2, l1, 1, leafXwr);
    }

    /** The address of the entry at {@code level} that the walk of {@code l2} reads (tables must exist above it). */
    long entryAddress(long l2, int level) {
        long table = pml4;
        for (int l = 4; l > level; l--) {
            table = EptEntryBits.frame(memory.readLong(table + EptWalker.tableIndex(l2, l) * 8L)) * PAGE;
        }
        return table + EptWalker.tableIndex(l2, level) * 8L;
    }

    long entry(long l2, int level) {
        return memory.readLong(entryAddress(l2, level));
    }

    void setEntry(long l2, int level, long value) {
        memory.writeLong(entryAddress(l2, level), value);
    }
}
