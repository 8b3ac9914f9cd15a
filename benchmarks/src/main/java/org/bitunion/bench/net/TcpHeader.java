package org.bitunion.bench.net;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/** {@code struct tcphdr} of {@code <linux/tcp.h>} on x86-64 (little-endian bitfield order). */
@Bitfield(bits = 160)
public interface TcpHeader {
    @BigEndian @Bits(16) int source();
    @BigEndian @Bits(16) int dest();
    @BigEndian @Bits(32) int seq();
    @BigEndian @Bits(32) int ackSeq();
    @Bits(4) int res1();
    @Bits(4) int doff();
    boolean fin();
    boolean syn();
    boolean rst();
    boolean psh();
    boolean ack();
    boolean urg();
    boolean ece();
    boolean cwr();
    @BigEndian @Bits(16) int window();
    @BigEndian @Bits(16) int check();
    @BigEndian @Bits(16) int urgPtr();
}
