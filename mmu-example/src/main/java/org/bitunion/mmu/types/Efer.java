package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** The IA32_EFER bits that MMU roles read (SDM Vol. 3, 2.2.1). */
@Bitfield(bits = 64)
public interface Efer {
    /** Bit 0: SYSCALL enable. */
    boolean sce();

    /** Bit 8: long mode enable. */
    @Bits(value = 1, at = 8) boolean lme();

    /** Bit 10: long mode active. */
    @Bits(value = 1, at = 10) boolean lma();

    /** Bit 11: execute-disable (NX) enable. */
    boolean nxe();
}
