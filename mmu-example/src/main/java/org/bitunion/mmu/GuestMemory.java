package org.bitunion.mmu;

import java.lang.ref.WeakReference;
import java.util.Arrays;

/**
 * L1's guest-physical memory: one memslot of {@code bytes} bytes starting at address 0, addressed as 8-byte
 * words (EPT entries are 8 bytes and naturally aligned, SDM Vol. 3, 29.3.2).
 *
 * <p>Every {@link #writeLong} is an L1 store. The MMU write-protects the pages that hold EPT tables it shadows
 * (KVM's write tracking, {@code kvm_slot_page_track_add_page}); a store to such a page is reported to it before
 * {@code writeLong} returns, so the shadow tables never outlive the guest entries they were built from.
 */
public final class GuestMemory {
    /** Bytes in a 4 KiB page, the granule of memory size and write tracking. */
    public static final long PAGE_SIZE = 4096;

    private final long[] words;

    /**
     * The write trackers of the vCPUs using this memory, held weakly so that a dropped vCPU does not stay
     * reachable through its memory (KVM's page-track notifier list, {@code kvm_page_track_register_notifier}).
     */
    @SuppressWarnings("unchecked")
    private WeakReference<WriteTracker>[] trackers = new WeakReference[0];

    /** Told of every L1 store, after it happened ({@code kvm_page_track_write}). */
    interface WriteTracker {
        void l1Store(long gpa);
    }

    /**
     * @param bytes the memory size: a positive multiple of 4096 (at most 16 GiB, the most a {@code long[]} holds)
     */
    public GuestMemory(long bytes) {
        if (bytes <= 0 || bytes % PAGE_SIZE != 0) {
            throw new IllegalArgumentException("memory size must be a positive multiple of 4096 bytes, was " + bytes);
        }
        if (bytes / 8 > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("memory size " + bytes + " is larger than this model supports (16 GiB)");
        }
        this.words = new long[(int) (bytes / 8)];
    }

    /** The memory size in bytes. */
    public long size() {
        return (long) words.length * 8;
    }

    /** Whether {@code [gpa, gpa + length)} lies inside this memory. */
    public boolean contains(long gpa, long length) {
        return gpa >= 0 && length >= 0 && gpa <= size() - length;
    }

    /** The 8 bytes at {@code gpa} (little-endian, as x86 reads them). */
    public long readLong(long gpa) {
        return words[wordIndex(gpa)];
    }

    /** An L1 store of 8 bytes at {@code gpa}. */
    public void writeLong(long gpa, long value) {
        words[wordIndex(gpa)] = value;
        WeakReference<WriteTracker>[] current = trackers;
        boolean cleared = false;
        for (WeakReference<WriteTracker> reference : current) {
            WriteTracker tracker = reference.get();
            if (tracker == null) {
                cleared = true;
            } else {
                tracker.l1Store(gpa);
            }
        }
        if (cleared) {
            purgeClearedTrackers();
        }
    }

    /** Registers a vCPU's write tracker. */
    void addWriteTracker(WriteTracker tracker) {
        purgeClearedTrackers();
        WeakReference<WriteTracker>[] grown = Arrays.copyOf(trackers, trackers.length + 1);
        grown[trackers.length] = new WeakReference<>(tracker);
        trackers = grown;
    }

    /**
     * Sets {@code flags} in the word at {@code gpa} without telling the write trackers: the MMU's own
     * accessed/dirty update of an EPT entry (KVM's {@code cmpxchg} on the guest entry), which is not an L1 store.
     */
    void setFlagsUntracked(long gpa, long flags) {
        words[wordIndex(gpa)] |= flags;
    }

    @SuppressWarnings("unchecked")
    private void purgeClearedTrackers() {
        trackers = Arrays.stream(trackers).filter(reference -> reference.get() != null)
                .toArray(WeakReference[]::new);
    }

    private int wordIndex(long gpa) {
        if ((gpa & 7) != 0) {
            throw new IllegalArgumentException("address 0x" + Long.toHexString(gpa) + " is not 8-byte aligned");
        }
        if (!contains(gpa, 8)) {
            throw new IllegalArgumentException("address 0x" + Long.toHexString(gpa)
                    + " is outside guest memory [0, 0x" + Long.toHexString(size()) + ")");
        }
        return (int) (gpa >>> 3);
    }
}
