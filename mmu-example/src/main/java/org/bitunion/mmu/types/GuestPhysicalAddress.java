package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * An L2 guest-physical address as the EPT walk splits it (SDM Vol. 3, 29.3.2): a 9-bit table index per level
 * and the offset in the 4 KiB page. Addresses are 48 bits wide with four-level EPT, 57 with five-level EPT.
 */
@Bitfield(bits = 64)
public interface GuestPhysicalAddress {
    /** Bits 11:0: offset in a 4 KiB page. */
    @Bits(12) int pageOffset();

    /** Bits 20:12: index into the page table (level 1). */
    @Bits(9) int ptIndex();

    /** Bits 29:21: index into the page directory (level 2). */
    @Bits(9) int pdIndex();

    /** Bits 38:30: index into the page-directory-pointer table (level 3); {@code long} because it crosses bit 32. */
    @Bits(9) long pdptIndex();

    /** Bits 47:39: index into the PML4 table (level 4). */
    @Bits(9) int pml4Index();

    /** Bits 56:48: index into the PML5 table (level 5, five-level EPT only; zero with four levels). */
    @Bits(9) int pml5Index();

    /** Bits 63:57: above the 57-bit guest-physical address space; must be zero. */
    @Bits(7) int high();
}
