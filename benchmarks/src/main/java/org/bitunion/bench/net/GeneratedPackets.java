package org.bitunion.bench.net;

/** The parse benchmark's generated side: the same fields as {@link HandWrittenPackets#parse}, read through bitunion. */
public final class GeneratedPackets {
    private GeneratedPackets() {}

    private static long b(boolean flag) {
        return flag ? 1 : 0;
    }

    /** Reads every field of the IPv4 header at {@code ip} and the TCP header after it, folded into one value. */
    public static long parse(byte[] packet, int ip) {
        long sum = IpHeaderBits.ihl(packet, ip) + IpHeaderBits.version(packet, ip) + IpHeaderBits.tos(packet, ip)
                + IpHeaderBits.totLen(packet, ip) + IpHeaderBits.id(packet, ip) + IpHeaderBits.fragOff(packet, ip)
                + IpHeaderBits.ttl(packet, ip) + IpHeaderBits.protocol(packet, ip) + IpHeaderBits.check(packet, ip)
                + (IpHeaderBits.saddr(packet, ip) & 0xffff_ffffL) + (IpHeaderBits.daddr(packet, ip) & 0xffff_ffffL);
        int tcp = ip + IpHeaderBits.SIZE;
        sum += TcpHeaderBits.source(packet, tcp) + TcpHeaderBits.dest(packet, tcp)
                + (TcpHeaderBits.seq(packet, tcp) & 0xffff_ffffL) + (TcpHeaderBits.ackSeq(packet, tcp) & 0xffff_ffffL)
                + TcpHeaderBits.res1(packet, tcp) + TcpHeaderBits.doff(packet, tcp)
                + b(TcpHeaderBits.fin(packet, tcp)) + b(TcpHeaderBits.syn(packet, tcp))
                + b(TcpHeaderBits.rst(packet, tcp)) + b(TcpHeaderBits.psh(packet, tcp))
                + b(TcpHeaderBits.ack(packet, tcp)) + b(TcpHeaderBits.urg(packet, tcp))
                + b(TcpHeaderBits.ece(packet, tcp)) + b(TcpHeaderBits.cwr(packet, tcp))
                + TcpHeaderBits.window(packet, tcp) + TcpHeaderBits.check(packet, tcp)
                + TcpHeaderBits.urgPtr(packet, tcp);
        return sum;
    }
}
