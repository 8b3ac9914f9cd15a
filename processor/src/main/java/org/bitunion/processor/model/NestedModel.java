package org.bitunion.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A {@code @Bitfield} interface used as a field type, with its own validated model: what the field's accessors
 * need (its word, its generated class) and what the flattened accessors of its fields need (its fields).
 *
 * @param model the nested union's model
 */
public record NestedModel(BitfieldModel model) {
    /** The nested interface. */
    public ClassName type() {
        return model.type();
    }

    /** Its generated {@code ...Bits} class, whose accessors read the nested word. */
    public ClassName bitsClass() {
        return model.bitsClass();
    }

    /** Its declared width. */
    public int bits() {
        return model.bits();
    }

    /** Whether the nested word is a {@code long} (else an {@code int}). */
    public boolean isLongWord() {
        return model.isLongWord();
    }

    /** Whether the nested declaration is a struct in memory (wider than 64 bits), not a word. */
    public boolean isStruct() {
        return model.isStruct();
    }
}
