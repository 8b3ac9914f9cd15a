package org.example;

import org.example.c.IphdrBits;
import org.example.c.TcpFlagsBits;

/** Uses the accessors generated from the imported declarations; fails if one disagrees with gcc's layout. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // An IPv4 header as it arrives from the network: version 4, IHL 5, total length 84, TTL 64, ICMP,
        // 192.168.0.1 -> 10.0.0.2.
        byte[] packet = {
            0x45, 0x00, 0x00, 0x54, 0x12, 0x34, 0x40, 0x00, 0x40, 0x01, 0x00, 0x00,
            (byte) 192, (byte) 168, 0, 1, 10, 0, 0, 2
        };
        check(IphdrBits.SIZE == 20, "sizeof(struct iphdr)");
        check(IphdrBits.version(packet, 0) == 4 && IphdrBits.ihl(packet, 0) == 5, "version/ihl");
        check(IphdrBits.totLen(packet, 0) == 84, "tot_len (network order, read as a host value)");
        check(IphdrBits.ttl(packet, 0) == 64 && IphdrBits.protocol(packet, 0) == 1, "ttl/protocol");
        check(IphdrBits.saddr(packet, 0) == 0xc0a80001, "saddr");
        IphdrBits.setTtl(packet, 0, 63);
        check(packet[8] == 63, "setTtl");
        System.out.println("sample: " + IphdrBits.toString(packet, 0));

        int flags = TcpFlagsBits.withDoff(0, 5);
        flags = TcpFlagsBits.withSyn(flags, true);
        flags = TcpFlagsBits.withAck(flags, true);
        // gcc: doff is bits 4..7, syn bit 9, ack bit 12.
        check(flags == (5 << 4 | 1 << 9 | 1 << 12), "word " + Integer.toHexString(flags));
        check(TcpFlagsBits.doff(flags) == 5, "doff");
        check(TcpFlagsBits.syn(flags) && TcpFlagsBits.ack(flags) && !TcpFlagsBits.fin(flags), "flags");
        System.out.println("sample: " + TcpFlagsBits.toString(flags));
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("imported accessors disagree with gcc: " + what);
        }
    }
}
