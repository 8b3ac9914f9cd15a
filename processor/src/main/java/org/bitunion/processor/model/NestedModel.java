package org.bitunion.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A {@code @Bitfield} interface used as a field type.
 *
 * @param type      the nested interface
 * @param bitsClass its generated {@code ...Bits} class, whose accessors read the nested word
 * @param bits      its declared width
 */
public record NestedModel(ClassName type, ClassName bitsClass, int bits) {
    /** Whether the nested word is a {@code long} (else an {@code int}). */
    public boolean isLongWord() {
        return bits > 32;
    }
}
