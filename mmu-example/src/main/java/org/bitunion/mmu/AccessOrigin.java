package org.bitunion.mmu;

/**
 * What kind of access by L2 reached the guest-physical address: the source of exit-qualification bits 7 and 8 of
 * an EPT violation (SDM Vol. 3, 28.2.1, Table 28-7) and of the rule that, with EPT accessed/dirty flags on,
 * accesses to L2's own paging structures count as writes (SDM 29.3.3.2).
 */
public enum AccessOrigin {
    /** An access by guest-physical address (L2 paging off, or a PDPTE load by MOV to CR): bits 7 and 8 clear. */
    GUEST_PHYSICAL,
    /** The access to the translation of a linear address: bit 7 (linear address valid) and bit 8 set. */
    LINEAR_FINAL,
    /**
     * An access to one of L2's paging-structure entries while translating a linear address: bit 7 set, bit 8
     * clear. With the EPTP's A/D flag on, it is a write for EPT purposes: it needs W and sets the dirty flag.
     */
    LINEAR_PAGING_STRUCTURE
}
