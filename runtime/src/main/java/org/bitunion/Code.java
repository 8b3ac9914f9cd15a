package org.bitunion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The code an enum constant has in a {@link Bitfield} field. Without it a constant's code is its ordinal. Codes
 * are non-negative, unique within the enum, and must fit the field's width; decoding a code no constant has
 * throws rather than guessing.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Code {
    /**
     * The constant's code.
     *
     * @return the code, 0 or more
     */
    int value();
}
