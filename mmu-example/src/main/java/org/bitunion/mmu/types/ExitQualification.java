package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The exit qualification of an EPT violation (SDM Vol. 3, 28.2.1, Table 28-7). The model sets bits 0-5, 7 and
 * 8: the access (one bit; read and write both for a paging-structure access counted as a write), R/W/X of the
 * translation (the AND of those bits of every entry the walk read, including the one that ended it), and from
 * the access's origin whether a linear address was involved.
 */
@Bitfield(bits = 64)
public interface ExitQualification {
    /** Bit 0: the access was a data read. */
    boolean read();

    /** Bit 1: the access was a data write. */
    boolean write();

    /** Bit 2: the access was an instruction fetch. */
    boolean fetch();

    /** Bit 3: the guest-physical address was readable (AND of bit 0 of the entries walked). */
    boolean readable();

    /** Bit 4: the guest-physical address was writable (AND of bit 1). */
    boolean writable();

    /** Bit 5: the guest-physical address was executable (AND of bit 2). */
    boolean executable();

    /** Bit 6: user-mode executable, with mode-based execute control (not modelled: 0). */
    boolean userExecutable();

    /** Bit 7: the guest linear-address field is valid: the access came from translating a linear address. */
    boolean linearAddressValid();

    /** Bit 8 (with bit 7): the access was to the translation of the linear address, not to a paging structure. */
    boolean translatedAccess();

    /** Bit 12: NMI unblocking due to IRET (0 here). */
    @Bits(value = 1, at = 12) boolean nmiUnblocking();
}
