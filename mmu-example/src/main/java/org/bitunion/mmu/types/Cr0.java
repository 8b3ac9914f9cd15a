package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** The CR0 bits that MMU roles read (SDM Vol. 3, 2.5). */
@Bitfield(bits = 64)
public interface Cr0 {
    /** Bit 0: protection enable. */
    boolean pe();

    /** Bit 16: supervisor write protection. */
    @Bits(value = 1, at = 16) boolean wp();

    /** Bit 31: paging. */
    @Bits(value = 1, at = 31) boolean pg();
}
