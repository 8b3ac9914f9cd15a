package org.bitunion.bench.net;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** The control word of KVM's {@code struct pi_desc}: {@code on}, {@code sn}, the vector and the destination. */
@Bitfield(bits = 64)
public interface PostedInterruptControl {
    boolean on();
    boolean sn();
    @Bits(value = 8, at = 16) int nv();
    @Bits(value = 32, at = 32) int ndst();
}
