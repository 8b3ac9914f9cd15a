package org.bitunion.processor.testing;

import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/**
 * The words both C and Java compute for each field: the C program prints them, {@link GeneratedBitfield} computes
 * them through the generated accessors, and the cross-check compares the two by {@link #key key}.
 */
public enum LayoutProbe {
    /** From 0, the field set to its largest value (an enum: its largest code). */
    MAX(false),
    /** From 0, every bit of the field set; Java answers with the {@code X_MASK} constant. */
    MASK(false),
    /** From all ones, the field set to its smallest value: neighbours must keep their bits. */
    CLEAR(true),
    /** From 0, every field set to its largest value in declaration order. */
    ALL_MAX(false);

    private final boolean startsAllOnes;

    LayoutProbe(boolean startsAllOnes) {
        this.startsAllOnes = startsAllOnes;
    }

    public boolean startsAllOnes() {
        return startsAllOnes;
    }

    /** The raw value (code, inner word, 0/1) this probe stores in the field. */
    public long value(FieldSpec field) {
        return switch (this) {
            case MAX, ALL_MAX -> switch (field.kind()) {
                case ENUM -> field.enumType().maxCode();
                case NESTED -> BitMath.ones(field.nested().bits());
                default -> BitMath.ones(field.effectiveWidth());
            };
            case MASK -> field.kind() == BitfieldSpec.Kind.NESTED
                    ? BitMath.ones(field.nested().bits()) : BitMath.ones(field.effectiveWidth());
            case CLEAR -> field.kind() == BitfieldSpec.Kind.ENUM
                    ? field.enumType().codeOf(field.enumType().minCodeIndex()) : 0;
        };
    }

    /** {@code p.Decl.field.MAX}; the whole-word probe has no field. */
    public String key(BitfieldSpec spec, FieldSpec field) {
        return spec.qualifiedName() + "." + (field == null ? "*" : field.name()) + "." + name();
    }
}
