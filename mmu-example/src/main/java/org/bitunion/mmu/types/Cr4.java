package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** The CR4 bits that MMU roles read (SDM Vol. 3, 2.5). */
@Bitfield(bits = 64)
public interface Cr4 {
    /** Bit 4: page-size extensions. */
    @Bits(value = 1, at = 4) boolean pse();

    /** Bit 5: physical-address extension. */
    boolean pae();

    /** Bit 12: 57-bit linear addresses (5-level paging). */
    @Bits(value = 1, at = 12) boolean la57();

    /** Bit 13: VMX enable. */
    boolean vmxe();

    /** Bit 20: supervisor-mode execution prevention. */
    @Bits(value = 1, at = 20) boolean smep();

    /** Bit 21: supervisor-mode access prevention. */
    boolean smap();

    /** Bit 22: protection keys for user-mode pages. */
    boolean pke();
}
