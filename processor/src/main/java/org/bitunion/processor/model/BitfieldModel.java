package org.bitunion.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Bitfield} declaration that passed validation: everything generation needs, nothing it has to check.
 *
 * @param element   the annotated interface, the generated class's originating element
 * @param type      the interface's name
 * @param bitsClass the class to generate ({@code PageRoleBits}, {@code Outer_RoleBits})
 * @param bits      the declared width: 1..64 for a word union, above that a struct in memory
 * @param fields    the fields in declaration order, with their final positions
 * @param union     a C union of alternatives ({@code @Bitfield(union = true)}): fields may overlap
 * @param packed    GCC's {@code __attribute__((packed))}: no straddle rule, no alignment
 * @param alignment the C type's alignment in bytes (1 when packed), what a struct nesting it must respect
 * @param flatten   whether the generated class also reaches the fields of nested unions and structs by their path
 *                  ({@code @Bitfield(flatten = false)} turns that off)
 */
public record BitfieldModel(
        TypeElement element, ClassName type, ClassName bitsClass, int bits, List<FieldModel> fields,
        boolean union, boolean packed, int alignment, boolean flatten) {

    /** The widest word union; anything wider is a struct in memory. */
    public static final int MAX_WORD_BITS = 64;

    /** Whether this is a struct that lives in memory (more than 64 bits), rather than a word union. */
    public boolean isStruct() {
        return bits > MAX_WORD_BITS;
    }

    /** The size in bytes in memory: {@code bits / 8} for a struct, the bytes the word's bits need for a word. */
    public int sizeBytes() {
        return (bits + 7) / 8;
    }

    /** Whether the word is a {@code long} (bits above 32), else an {@code int}. */
    public boolean isLongWord() {
        return bits > 32;
    }

    /** The name users know the declaration by: its simple name, with enclosing classes ({@code Outer.Role}). */
    public String displayName() {
        return String.join(".", type.simpleNames());
    }

    /** Every bit that belongs to a named field. */
    public long fieldsMask() {
        long mask = 0;
        for (FieldModel field : fields) {
            mask |= field.maskInPlace();
        }
        return mask;
    }

    /**
     * The fields of nested unions, seen from this word ({@code ext.cr4Smep} as {@code extCr4Smep}), at any depth:
     * each gets accessors and constants here, so reading a nested flag is one mask, as hand-written code would be.
     * They are views: {@code toString}, {@code diff} and {@link #fieldsMask()} use the nested fields themselves.
     */
    public List<FieldModel> nestedFieldViews() {
        if (!flatten) {
            return List.of();
        }
        List<FieldModel> views = new java.util.ArrayList<>();
        for (FieldModel holder : fields) {
            if (hasFieldViews(holder)) {
                for (FieldModel field : holder.nested().model().reachableFields()) {
                    views.add(field.seenThrough(holder));
                }
            }
        }
        return views;
    }

    /**
     * Every field an enclosing word reaches through this union: its own, then its nested unions' (as views), unless
     * it is declared {@code flatten = false}: then only its own, as its own class has no more either. Both
     * {@link #nestedFieldViews()} and the name-clash check take them from here, named by
     * {@link GeneratedNames#flatName}, so the accessors generated and the names checked are the same.
     */
    public List<FieldModel> reachableFields() {
        List<FieldModel> reachable = new java.util.ArrayList<>(fields);
        reachable.addAll(nestedFieldViews());
        return reachable;
    }

    /**
     * Whether the fields of {@code holder}'s nested word union get accessors here: a nested word held in place,
     * not an element of an array, nor byte-swapped (its fields are then only meaningful in the word it reads).
     * Nested structs are reached through their own flattened accessors instead.
     */
    public static boolean hasFieldViews(FieldModel holder) {
        return holder.kind() == FieldKind.NESTED && !holder.nested().isStruct() && !holder.isArray()
                && !holder.bigEndian();
    }

    /** The generated class for a {@code @Bitfield} interface: {@code Outer_InnerBits} for nested ones. */
    public static ClassName bitsClassOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Bits");
    }
}
