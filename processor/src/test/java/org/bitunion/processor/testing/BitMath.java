package org.bitunion.processor.testing;

/** Small bit helpers the tests use for their own expectations, written without the processor's shift pitfalls. */
public final class BitMath {
    private BitMath() {}

    /** A value with the low {@code width} bits set, 0..64 (so {@code ones(64) == -1L}, no {@code 1L << 64}). */
    public static long ones(int width) {
        if (width <= 0) {
            return 0;
        }
        return width >= 64 ? -1L : (1L << width) - 1;
    }

    /** The fewest bits that hold {@code value} (at least 1). */
    public static int bitsFor(long value) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(value));
    }

    /** {@code value} as an unsigned hex literal for C, e.g. {@code 0xffULL}. */
    public static String cHex(long value) {
        return "0x" + Long.toHexString(value) + "ULL";
    }
}
