package org.bitunion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The width, and optionally the position, of a field of a {@link Bitfield} interface.
 *
 * <p>Without {@link #at()} the field starts right after the previous one, as consecutive C bitfields do. With it,
 * the bits between the previous field and {@code at} stay unused, as an unnamed C bitfield ({@code unsigned : 6;})
 * would leave them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Bits {
    /** The field's width in bits: 1 for boolean, 1..32 for int and enum, 1..64 for long. */
    int value();

    /** The field's least significant bit, or -1 (the default) to start right after the previous field. */
    int at() default -1;
}
