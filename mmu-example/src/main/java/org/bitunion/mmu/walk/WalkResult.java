package org.bitunion.mmu.walk;

/**
 * What one EPT walk found, KVM's {@code struct guest_walker}: the outcome and, for the shadow-page code, every
 * table and entry on the way. One instance is reused for every walk of a vCPU (no allocation per access).
 *
 * <p>Arrays are indexed by {@code level - 1}.
 */
public final class WalkResult {
    /** How a walk ended. */
    public enum Status { OK, VIOLATION, MISCONFIG }

    Status status;
    int level;
    long l1Gpa;
    long exitQualification;
    int pteAccess;
    final long[] tableGfn = new long[5];
    final long[] pte = new long[5];
    final long[] pteGpa = new long[5];
    final int[] accessAbove = new int[6];

    public Status status() {
        return status;
    }

    /** The level of the leaf (OK) or of the entry that ended the walk. */
    public int level() {
        return level;
    }

    /** OK: the translated L1 guest-physical address. */
    public long l1Gpa() {
        return l1Gpa;
    }

    /** VIOLATION: the exit qualification (bits 0-5, 7 and 8, SDM Vol. 3, Table 28-7). */
    public long exitQualification() {
        return exitQualification;
    }

    /**
     * OK: the ACC_* permissions of the translation (AND of every level), with write removed when the leaf is clean
     * and A/D is on and the access was not a write ({@code protect_clean_gpte}): what a shadow leaf may grant.
     */
    public int pteAccess() {
        return pteAccess;
    }

    /** The frame of the guest table read at {@code level}. */
    public long tableGfn(int level) {
        return tableGfn[level - 1];
    }

    /** The entry read at {@code level} (before any accessed/dirty update). */
    public long pte(int level) {
        return pte[level - 1];
    }

    /**
     * The ACC_* permissions granted by the entries above {@code level} (root level down to {@code level + 1}): the
     * {@code access} of the shadow page that shadows the table at {@code level}. ACC_ALL for the root level.
     */
    public int accessAbove(int level) {
        return accessAbove[level];
    }
}
