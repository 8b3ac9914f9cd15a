package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * An EPT paging-structure entry of any level (SDM Vol. 3, 29.3.2, Tables 29-1 to 29-6): PML4E, PDPTE, PDE,
 * PTE. Which fields mean something depends on the level and on {@code pageSize}; bits 11:8 other than
 * {@code accessed}/{@code dirty}/{@code userExecute} and bits 62:52 are ignored by the processor.
 *
 * <p>Bits 2:0 are the permissions, read/write/execute: as a number, the SDM's "XWR" value (bit 0 = R).
 */
@Bitfield(bits = 64)
public interface EptEntry {
    /** Bit 0: reads allowed. */
    boolean readable();

    /** Bit 1: writes allowed. */
    boolean writable();

    /** Bit 2: instruction fetches allowed (supervisor fetches, with mode-based execute control). */
    boolean executable();

    /** Bits 5:3 of a leaf: the EPT memory type; reserved in a non-leaf entry. */
    @Bits(3) EptMemoryType memoryType();

    /** Bit 6 of a leaf: ignore the guest PAT memory type. */
    boolean ignorePat();

    /** Bit 7: in a PDPTE or PDE, this entry maps a 1 GiB or 2 MiB page; reserved in a PML4E; ignored in a PTE. */
    boolean pageSize();

    /** Bit 8: accessed flag (when EPTP bit 6 enables A/D). */
    boolean accessed();

    /** Bit 9 of a leaf: dirty flag (when EPTP bit 6 enables A/D). */
    boolean dirty();

    /** Bit 10: user-mode execute, with mode-based execute control (not modelled: ignored). */
    boolean userExecute();

    /** Bits 51:12: frame of the next table, or of the page (whose low bits must then be zero). */
    @Bits(value = 40, at = 12) long frame();

    /** Bit 63 of a leaf: suppress #VE (not modelled: ignored). */
    @Bits(value = 1, at = 63) boolean suppressVe();
}
