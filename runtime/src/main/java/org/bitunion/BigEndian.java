package org.bitunion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field whose bytes are in network (big-endian) order in memory, as C's {@code __be16} and {@code __be32}, or a
 * nested union declared with {@code scalar_storage_order("big-endian")}. Accessors convert, so values read and
 * written are host values. Allowed on a byte-aligned field of 16, 32 or 64 bits (an {@code int} or {@code long},
 * a nested {@code @Bitfield} of that width, or an array of such elements).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BigEndian {}
