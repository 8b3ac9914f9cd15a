package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The EPT pointer in the VMCS (SDM Vol. 3, 24.6.11 "Extended-Page-Table Pointer (EPTP)").
 *
 * <p>Valid (checked at VM entry, SDM 26.2.1.1): memory type WB (6), or UC (0) when the CPU supports it; walk length
 * minus one 3 (four levels), or 4 (five levels) when the CPU supports it; {@code accessedDirty} only when the CPU
 * supports EPT A/D flags; bits 11:7 zero; and no address bits at or above MAXPHYADDR.
 */
@Bitfield(bits = 64)
public interface EptPointer {
    /** Memory type used to access the EPT paging structures (bits 2:0); read with {@code memoryTypeCode}. */
    @Bits(3) EptMemoryType memoryType();

    /** Page-walk length minus one (bits 5:3): 3 for a four-level walk, 4 for a five-level one. */
    @Bits(3) int walkLengthMinusOne();

    /** Bit 6: enable accessed and dirty flags for EPT (SDM 29.3.5). */
    boolean accessedDirty();

    /** Bits 11:7, reserved: must be zero. */
    @Bits(5) int reserved();

    /** Bits 51:12, the frame number of the root table: PML4 (the "EP4TA"), or PML5 with a five-level walk. */
    @Bits(value = 40, at = 12) long pml4Frame();

    /** Bits 63:52, reserved: must be zero. */
    @Bits(12) int high();
}
