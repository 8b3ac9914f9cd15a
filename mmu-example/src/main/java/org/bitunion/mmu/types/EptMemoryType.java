package org.bitunion.mmu.types;

import org.bitunion.Code;

/**
 * The memory types an EPT leaf entry (bits 5:3) or the EPTP (bits 2:0) may name (SDM Vol. 3, 29.3.7 and
 * 11.3). Codes 2, 3 and 7 are reserved: no constant has them, so a decoded entry with such a type throws, and
 * the MMU checks the raw code ({@code memoryTypeCode}) before decoding.
 */
public enum EptMemoryType {
    @Code(0) UC,
    @Code(1) WC,
    @Code(4) WT,
    @Code(5) WP,
    @Code(6) WB
}
