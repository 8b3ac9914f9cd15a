package org.bitunion.mmu.walk;

/**
 * How the walker reaches L1's memory: reads of EPT entries, and the accessed/dirty updates the walk makes.
 *
 * <p>{@link #setFlags} is not an L1 store: like KVM's {@code cmpxchg} on the guest entry in
 * {@code FNAME(update_accessed_dirty_bits)}, it bypasses write tracking. That is safe because accessed and dirty
 * flags never change what an entry translates to; the one place where they matter, a shadow leaf built from a
 * clean guest leaf, is write-protected so that the write which sets the dirty flag re-walks.
 */
public interface GuestTables {
    /** Whether the 8 bytes at {@code gpa} lie inside L1's memory. */
    boolean contains(long gpa);

    /** The entry at {@code gpa}, which {@link #contains} said is inside memory. */
    long read(long gpa);

    /** Sets the bits {@code flags} in the entry at {@code gpa} without notifying write tracking. */
    void setFlags(long gpa, long flags);
}
