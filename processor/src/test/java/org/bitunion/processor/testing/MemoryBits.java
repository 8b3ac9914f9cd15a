package org.bitunion.processor.testing;

/**
 * Bits of little-endian memory read and written one at a time (bit {@code n} is bit {@code n % 8} of byte
 * {@code n / 8}), and big-endian values byte by byte: a model that shares no window, shift or mask arithmetic
 * with the generated accessors it checks.
 */
public final class MemoryBits {
    private MemoryBits() {}

    /** The {@code width} bits at bit {@code bit} of the struct at {@code offset}, zero-extended. */
    public static long get(byte[] bytes, int offset, long bit, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            long at = 8L * offset + bit + i;
            value = value << 1 | (bytes[(int) (at / 8)] >> (at % 8) & 1);
        }
        return value;
    }

    /** Stores the low {@code width} bits of {@code value} at bit {@code bit} of the struct at {@code offset}. */
    public static void set(byte[] bytes, int offset, long bit, int width, long value) {
        for (int i = 0; i < width; i++) {
            long at = 8L * offset + bit + i;
            int index = (int) (at / 8);
            int mask = 1 << (at % 8);
            bytes[index] = (byte) ((value >>> i & 1) != 0 ? bytes[index] | mask : bytes[index] & ~mask);
        }
    }

    /** The big-endian value of {@code width / 8} bytes at byte {@code bit / 8} (bit a multiple of 8). */
    public static long getBigEndian(byte[] bytes, int offset, long bit, int width) {
        long value = 0;
        for (int i = 0; i < width / 8; i++) {
            value = value << 8 | (bytes[(int) (offset + bit / 8 + i)] & 0xff);
        }
        return value;
    }

    /** {@code value} sign-extended from its low {@code width} bits. */
    public static long signExtend(long value, int width) {
        return value << (64 - width) >> (64 - width);
    }
}
