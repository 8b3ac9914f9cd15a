package org.bitunion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The width, and optionally the position, signedness and element count, of a field of a {@link Bitfield}
 * interface.
 *
 * <p>Without {@link #at()} the field starts right after the previous one, as consecutive C bitfields do. With it,
 * the bits between the previous field and {@code at} stay unused, as an unnamed C bitfield ({@code unsigned : 6;})
 * would leave them.
 *
 * <pre>{@code
 * @Bits(4) int ihl();                          // unsigned int ihl : 4;
 * @Bits(value = 13, signed = true) int off();  // int off : 13;  (reads sign-extend)
 * @Bits(value = 32, count = 8) int[] pir();    // u32 pir[8];
 * @Bits(count = 4) Segment[] segments();       // struct segment segments[4];  (width from the nested type)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Bits {
    /**
     * The field's width in bits (of each element, for an array): 1 for boolean, 1..32 for int and enum, 1..64 for
     * long. Required for {@code int} and {@code long} fields; left out, the width is the one the type implies
     * (boolean 1, an enum the fewest bits that hold its largest code, a nested {@code @Bitfield} its {@code bits}).
     *
     * @return the width in bits, or -1 for the width the type implies
     */
    int value() default -1;

    /**
     * The field's least significant bit, or -1 (the default) to start right after the previous field.
     *
     * @return the first bit of the field, or -1
     */
    int at() default -1;

    /**
     * Whether an {@code int} or {@code long} field is signed, as C's {@code int x : 13}: reads sign-extend, and
     * writes accept {@code -2^(w-1) .. 2^(w-1)-1}. Not for boolean, enum or nested fields.
     *
     * @return whether the field is signed
     */
    boolean signed() default false;

    /**
     * The number of elements of an array field ({@code int[]}, {@code long[]}, {@code boolean[]} or an array of a
     * nested {@code @Bitfield} type), as C's {@code u16 words[8]}: consecutive elements of {@link #value()} bits
     * each. 0 (the default) for a field that is not an array; an array field needs 1 or more.
     *
     * @return the number of elements, or 0 for a field that is not an array
     */
    int count() default 0;
}
