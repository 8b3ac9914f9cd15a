package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The x86 page-fault error code (SDM Vol. 3, 4.7), KVM's {@code PFERR_*} bits. For nested EPT, KVM encodes the
 * access of an EPT violation in it ({@code handle_ept_violation}): a read sets {@code user}, a write
 * {@code write}, a fetch {@code fetch}. The permission bitmask is indexed by {@code errorCode >> 1}, i.e. by the
 * four bits {@code write}, {@code user}, {@code rsvd}, {@code fetch}.
 */
@Bitfield(bits = 32)
public interface PageFaultErrorCode {
    /** Bit 0: the entry was present (violation, not a not-present fault). */
    boolean present();

    /** Bit 1: write access. */
    boolean write();

    /** Bit 2: user-mode access; for EPT: a read. */
    boolean user();

    /** Bit 3: a reserved bit was set (for EPT: a misconfiguration). */
    boolean rsvd();

    /** Bit 4: instruction fetch. */
    boolean fetch();

    /** Bit 5: protection-key violation. */
    boolean pk();

    /** Bit 15: SGX access-control violation. */
    @Bits(value = 1, at = 15) boolean sgx();
}
