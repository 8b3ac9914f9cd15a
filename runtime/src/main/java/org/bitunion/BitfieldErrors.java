package org.bitunion;

/**
 * Builds the exceptions that generated {@code ...Bits} classes throw. Keeping the message building here keeps
 * the generated accessors small, so the JIT inlines them; these methods run only on the failure path.
 */
public final class BitfieldErrors {
    private BitfieldErrors() {}

    /**
     * A value that does not fit an unsigned field of {@code width} bits.
     *
     * @param field the field, as {@code Type.field}
     * @param value the value that does not fit
     * @param width the field's width in bits
     * @return the exception to throw, naming the field, the value and the allowed range
     */
    public static IllegalArgumentException outOfRange(String field, long value, int width) {
        String max = Long.toUnsignedString(width >= 64 ? -1L : (1L << width) - 1);
        return new IllegalArgumentException(
                field + ": " + value + " does not fit in " + width + " bits (allowed range 0.." + max + ")");
    }

    /**
     * A value that does not fit a signed field of {@code width} bits (C {@code int x : width}).
     *
     * @param field the field, as {@code Type.field}
     * @param value the rejected value
     * @param width the field's width in bits, 1 to 64
     * @return the exception to throw, naming the field, the value and the allowed range
     */
    public static IllegalArgumentException outOfSignedRange(String field, long value, int width) {
        long min = -(1L << (width - 1));
        long max = (1L << (width - 1)) - 1;
        return new IllegalArgumentException(field + ": " + value + " does not fit in " + width
                + " signed bits (allowed range " + min + ".." + max + ")");
    }

    /**
     * A code that no constant of the field's enum has.
     *
     * @param field the field, as {@code Type.field}
     * @param enumType the enum's simple name
     * @param code the undefined code
     * @return the exception to throw, naming the field, the code and the enum
     */
    public static IllegalArgumentException undefinedCode(String field, String enumType, long code) {
        return new IllegalArgumentException(
                field + ": code " + code + " is not defined by any constant of " + enumType);
    }

    /**
     * A {@code null} enum value passed to a {@code with...} accessor.
     *
     * @param field the field, as {@code Type.field}
     * @return the exception to throw, naming the field
     */
    public static NullPointerException nullValue(String field) {
        return new NullPointerException(field + ": value must not be null");
    }
}
