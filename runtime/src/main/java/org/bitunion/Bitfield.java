package org.bitunion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a packed union: an interface whose abstract, parameterless methods are the fields of a word of
 * {@link #bits()} bits, packed LSB-first in declaration order exactly as GCC lays out the same C bitfield
 * declaration on x86-64.
 *
 * <p>The processor generates {@code <Name>Bits}, a final class of static accessors over the word ({@code int}
 * when {@code bits <= 32}, else {@code long}):
 *
 * <pre>{@code
 * @Bitfield(bits = 32)
 * public interface PageRole {
 *     @Bits(4) int level();
 *     boolean cr4Pae();
 * }
 *
 * int role = PageRoleBits.withLevel(0, 4);
 * boolean pae = PageRoleBits.cr4Pae(role);
 * }</pre>
 *
 * <p>Field types: {@code boolean} (1 bit), {@code int} (1..32 bits), {@code long} (1..64 bits), an enum (codes
 * from {@link Code}, else ordinals), or another {@code @Bitfield} interface (its own {@code bits} wide).
 *
 * <p>Above 64 bits ({@code bits} a multiple of 8, up to 65536) the declaration is a struct that lives in memory
 * (little-endian, as on x86-64): the generated class then has accessors over {@code byte[]}, {@code ByteBuffer}
 * and, for code compiled for Java 22 or later, {@code MemorySegment}, each taking the struct's offset.
 *
 * <p>{@code CLASS} retention keeps the annotation in class files, so a {@code @Bitfield} type compiled into a jar
 * can be nested in a later compilation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Bitfield {
    /**
     * The total width: 1..64 for a word union held in an {@code int} or {@code long}; above 64, a multiple of 8
     * (8 &times; the C {@code sizeof}, tail padding included) for a struct in memory. Fields past it are a compile
     * error.
     *
     * @return the width in bits
     */
    int bits();

    /**
     * A C {@code union} of alternatives rather than a struct: every field starts at bit 0 unless {@link Bits#at()}
     * says otherwise, fields may overlap, and each must fit in {@link #bits()}.
     *
     * @return whether the declaration is a union of alternatives
     */
    boolean union() default false;

    /**
     * GCC's {@code __attribute__((packed))}: fields follow each other with no alignment, so a field may straddle a
     * 32- or 64-bit boundary that would otherwise make GCC move it.
     *
     * @return whether the layout is packed
     */
    boolean packed() default false;

    /**
     * Whether the generated class also has accessors for the fields of nested {@code @Bitfield} types, named by
     * their path: {@code ext.cr4Smep} as {@code extCr4Smep(word)}, one mask on the outer word, and a nested struct's
     * {@code ip.daddr} as {@code ipDaddr(bytes, offset)}. With {@code false} the class has only this declaration's
     * own fields (and a nested struct's {@code ipOffset}); nested fields are then read through the nested type's
     * own class, and a declaration nesting this one reaches only this one's own fields through it.
     *
     * @return whether nested fields get accessors in this class too
     */
    boolean flatten() default true;
}
