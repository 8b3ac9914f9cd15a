package org.bitunion.bench.net;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** KVM's {@code struct pi_desc} (arch/x86/kvm/vmx/posted_intr.h): 256 request bits, control word, padding. */
@Bitfield(bits = 512)
public interface PostedInterruptDescriptor {
    @Bits(value = 32, count = 8) int[] pir();
    PostedInterruptControl control();
    @Bits(value = 32, count = 6) int[] rsvd();
}
