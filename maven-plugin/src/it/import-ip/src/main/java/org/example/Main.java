package org.example;

import org.example.c.TcpFlagsBits;

/** Uses the accessors generated from the imported declaration; exits with an error if one is wrong. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
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
