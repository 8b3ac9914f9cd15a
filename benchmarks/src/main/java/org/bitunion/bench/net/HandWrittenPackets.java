package org.bitunion.bench.net;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The baseline: the struct accessors the benchmarks measure, written by hand as a careful Java programmer would,
 * with {@link MethodHandles#byteArrayViewVarHandle} over {@code byte[]} and {@code ByteBuffer.get/put} over
 * buffers, and with the same checks as the generated code (value range, array index). Offsets are those gcc gives
 * {@code struct iphdr}, {@code struct tcphdr} and {@code struct pi_desc}; the benchmarks check at setup that both
 * sides read and write identical bytes.
 *
 * <p>Over buffers the hand-written code gets the easy case: it is told the buffer's order and picks a view of the
 * right order per field ({@code network} is big-endian, {@code host} little-endian, both over the same memory),
 * where the generated code takes one buffer of any order.
 */
public final class HandWrittenPackets {
    static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    static final int PIR_COUNT = 8;

    private HandWrittenPackets() {}

    private static IllegalArgumentException outOfRange(String field, int value) {
        return new IllegalArgumentException(field + ": " + value + " out of range");
    }

    // ---- byte[]: iphdr

    public static int ihl(byte[] bytes, int offset) {
        return bytes[offset] & 0xf;
    }

    public static void setIhl(byte[] bytes, int offset, int value) {
        if ((value & ~0xf) != 0) {
            throw outOfRange("ihl", value);
        }
        bytes[offset] = (byte) ((bytes[offset] & 0xf0) | value);
    }

    public static int version(byte[] bytes, int offset) {
        return (bytes[offset] >>> 4) & 0xf;
    }

    public static int tos(byte[] bytes, int offset) {
        return bytes[offset + 1] & 0xff;
    }

    public static int ttl(byte[] bytes, int offset) {
        return bytes[offset + 8] & 0xff;
    }

    public static void setTtl(byte[] bytes, int offset, int value) {
        if ((value & ~0xff) != 0) {
            throw outOfRange("ttl", value);
        }
        bytes[offset + 8] = (byte) value;
    }

    public static int protocol(byte[] bytes, int offset) {
        return bytes[offset + 9] & 0xff;
    }

    public static int be16(byte[] bytes, int at) {
        return (short) SHORT_BE.get(bytes, at) & 0xffff;
    }

    public static int totLen(byte[] bytes, int offset) {
        return be16(bytes, offset + 2);
    }

    public static void setTotLen(byte[] bytes, int offset, int value) {
        if ((value & ~0xffff) != 0) {
            throw outOfRange("totLen", value);
        }
        SHORT_BE.set(bytes, offset + 2, (short) value);
    }

    public static int be32(byte[] bytes, int at) {
        return (int) INT_BE.get(bytes, at);
    }

    // ---- byte[]: pi_desc.pir[]

    public static int pir(byte[] bytes, int offset, int index) {
        Objects.checkIndex(index, PIR_COUNT);
        return (int) INT_LE.get(bytes, offset + 4 * index);
    }

    public static void setPir(byte[] bytes, int offset, int index, int value) {
        Objects.checkIndex(index, PIR_COUNT);
        INT_LE.set(bytes, offset + 4 * index, value);
    }

    // ---- ByteBuffer (network: big-endian view, host: little-endian view of the same memory)

    public static int ihl(ByteBuffer buffer, int offset) {
        return buffer.get(offset) & 0xf;
    }

    public static void setIhl(ByteBuffer buffer, int offset, int value) {
        if ((value & ~0xf) != 0) {
            throw outOfRange("ihl", value);
        }
        buffer.put(offset, (byte) ((buffer.get(offset) & 0xf0) | value));
    }

    public static int ttl(ByteBuffer buffer, int offset) {
        return buffer.get(offset + 8) & 0xff;
    }

    public static void setTtl(ByteBuffer buffer, int offset, int value) {
        if ((value & ~0xff) != 0) {
            throw outOfRange("ttl", value);
        }
        buffer.put(offset + 8, (byte) value);
    }

    public static int totLen(ByteBuffer network, int offset) {
        return network.getShort(offset + 2) & 0xffff;
    }

    public static void setTotLen(ByteBuffer network, int offset, int value) {
        if ((value & ~0xffff) != 0) {
            throw outOfRange("totLen", value);
        }
        network.putShort(offset + 2, (short) value);
    }

    public static int pir(ByteBuffer host, int offset, int index) {
        Objects.checkIndex(index, PIR_COUNT);
        return host.getInt(offset + 4 * index);
    }

    public static void setPir(ByteBuffer host, int offset, int index, int value) {
        Objects.checkIndex(index, PIR_COUNT);
        host.putInt(offset + 4 * index, value);
    }

    // ---- a whole IPv4 + TCP header, every field read (the parse benchmark's baseline)

    /** Reads every field of the IPv4 header at {@code ip} and the TCP header after it, folded into one value. */
    public static long parse(byte[] packet, int ip) {
        long sum = ihl(packet, ip) + version(packet, ip) + tos(packet, ip) + totLen(packet, ip)
                + be16(packet, ip + 4) + be16(packet, ip + 6) + ttl(packet, ip) + protocol(packet, ip)
                + be16(packet, ip + 10) + (be32(packet, ip + 12) & 0xffff_ffffL) + (be32(packet, ip + 16) & 0xffff_ffffL);
        int tcp = ip + 20;
        int flags = packet[tcp + 13];
        sum += be16(packet, tcp) + be16(packet, tcp + 2) + (be32(packet, tcp + 4) & 0xffff_ffffL)
                + (be32(packet, tcp + 8) & 0xffff_ffffL) + (packet[tcp + 12] & 0xf) + ((packet[tcp + 12] >>> 4) & 0xf)
                + (flags & 1) + ((flags >>> 1) & 1) + ((flags >>> 2) & 1) + ((flags >>> 3) & 1)
                + ((flags >>> 4) & 1) + ((flags >>> 5) & 1) + ((flags >>> 6) & 1) + ((flags >>> 7) & 1)
                + be16(packet, tcp + 14) + be16(packet, tcp + 16) + be16(packet, tcp + 18);
        return sum;
    }
}
