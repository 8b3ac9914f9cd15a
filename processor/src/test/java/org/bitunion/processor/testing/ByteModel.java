package org.bitunion.processor.testing;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The simplest model of a struct in little-endian memory: a byte array written and read one bit at a time (bit
 * {@code n} of the struct is bit {@code n % 8} of byte {@code n / 8}, as on x86-64), and big-endian fields one
 * byte at a time in reverse order. It shares no shift or mask arithmetic with the generated code it checks.
 */
public final class ByteModel {
    private final byte[] bytes;

    public ByteModel(byte[] initial) {
        this.bytes = initial.clone();
    }

    /** Stores the low {@code width} bits of {@code value} at bit {@code offset}, little-endian. */
    public void store(int offset, int width, long value) {
        for (int i = 0; i < width; i++) {
            setBit(offset + i, ((value >>> i) & 1) != 0);
        }
    }

    /** The {@code width} bits at bit {@code offset}, zero-extended. */
    public long load(int offset, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 1) | (bit(offset + i) ? 1 : 0);
        }
        return value;
    }

    /**
     * Stores a {@code width}-bit value (16, 32 or 64) at the byte-aligned bit {@code offset} in network order: the
     * most significant byte first.
     */
    public void storeBigEndian(int offset, int width, long value) {
        int size = width / 8;
        for (int i = 0; i < size; i++) {
            long octet = value >>> (8 * (size - 1 - i));
            store(offset + 8 * i, 8, octet & 0xFF);
        }
    }

    /** The value of a big-endian field, zero-extended. */
    public long loadBigEndian(int offset, int width) {
        long value = 0;
        for (int i = 0; i < width / 8; i++) {
            value = (value << 8) | load(offset + 8 * i, 8);
        }
        return value;
    }

    /** A field either way: {@link #store} or {@link #storeBigEndian}. */
    public void store(int offset, int width, long value, boolean bigEndian) {
        if (bigEndian) {
            storeBigEndian(offset, width, value);
        } else {
            store(offset, width, value);
        }
    }

    public long load(int offset, int width, boolean bigEndian) {
        return bigEndian ? loadBigEndian(offset, width) : load(offset, width);
    }

    private boolean bit(int n) {
        return ((bytes[n / 8] >>> (n % 8)) & 1) != 0;
    }

    private void setBit(int n, boolean value) {
        int mask = 1 << (n % 8);
        bytes[n / 8] = (byte) (value ? bytes[n / 8] | mask : bytes[n / 8] & ~mask);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean sameAs(byte[] other) {
        return Arrays.equals(bytes, other);
    }

    /** Sign-extends the low {@code width} bits of {@code raw}. */
    public static long signExtend(long raw, int width) {
        return width >= 64 ? raw : (raw << (64 - width)) >> (64 - width);
    }

    /** Lower-case hex of the bytes, for messages and the C probe's output. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** The bytes where {@code a} and {@code b} differ, as {@code [index] a!=b}, for failure messages. */
    public static String differences(byte[] a, byte[] b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] & 0xFF : -1;
            int y = i < b.length ? b[i] & 0xFF : -1;
            if (x != y) {
                out.append(out.length() == 0 ? "" : ", ").append('[').append(i).append("] ")
                        .append(Integer.toHexString(x)).append("!=").append(Integer.toHexString(y));
            }
        }
        return out.toString();
    }
}
