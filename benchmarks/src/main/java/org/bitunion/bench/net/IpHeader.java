package org.bitunion.bench.net;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** {@code struct iphdr} of {@code <linux/ip.h>} on x86-64 (the CONTRACT's example). */
@Bitfield(bits = 160)
public interface IpHeader {
    @Bits(4) int ihl();
    @Bits(4) int version();
    @Bits(8) int tos();
    @BigEndian @Bits(16) int totLen();
    @BigEndian @Bits(16) int id();
    @BigEndian @Bits(16) int fragOff();
    @Bits(8) int ttl();
    @Bits(8) int protocol();
    @BigEndian @Bits(16) int check();
    @BigEndian @Bits(32) int saddr();
    @BigEndian @Bits(32) int daddr();
}
