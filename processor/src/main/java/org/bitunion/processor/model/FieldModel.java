package org.bitunion.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * One validated field: where its bits are and what they hold.
 *
 * @param name    the accessor name, as declared ({@code cr4Pae})
 * @param method  the declaring method, the originating element of every diagnostic about this field
 * @param kind    what the Java type is
 * @param shift   the least significant bit
 * @param width   the number of bits, 1..64
 * @param enumModel   the enum, for {@link FieldKind#ENUM} fields, else {@code null}
 * @param nested  the nested union, for {@link FieldKind#NESTED} fields, else {@code null}
 * @param javadoc the declaring method's doc comment, copied onto the accessors, or {@code null}
 * @param path    how users name the field: its name, or for a field of a nested union seen from the outer word,
 *                the dotted path ({@code ext.cr4Smep})
 * @param signed  an {@code int}/{@code long} field read sign-extended (C {@code int x : w})
 * @param bigEndian the field's bytes are in network order in memory ({@code __be16}/{@code __be32}/{@code __be64})
 * @param count   the number of elements of an array field, 0 for a field that is not an array
 */
public record FieldModel(
        String name,
        ExecutableElement method,
        FieldKind kind,
        int shift,
        int width,
        EnumModel enumModel,
        NestedModel nested,
        String javadoc,
        String path,
        boolean signed,
        boolean bigEndian,
        int count) {

    /** Whether the field is a C array ({@code count} elements of {@code width} bits, or of the nested struct). */
    public boolean isArray() {
        return count > 0;
    }

    /** Whether the field is a nested struct in memory (a {@code @Bitfield} wider than 64 bits). */
    public boolean isNestedStruct() {
        return kind == FieldKind.NESTED && nested.isStruct();
    }

    /** The bits the whole field occupies: all its elements for an array. */
    public int totalBits() {
        return isArray() ? count * width : width;
    }

    /** The highest bit the field occupies (of its last element, for an array). */
    public int lastBit() {
        return shift + totalBits() - 1;
    }

    /** The field's bits in place (all elements of an array), as an unsigned 64-bit pattern. */
    public long maskInPlace() {
        return lowMask(totalBits()) << shift;
    }

    /** Whether the value type ({@code int} for int, enum codes and int-word nested) is {@code long}. */
    public boolean hasLongValue() {
        return kind == FieldKind.LONG || (kind == FieldKind.NESTED && nested.isLongWord());
    }

    /** Bits of the value's own Java type: 1 for boolean, 32 for int-valued, 64 for long-valued fields. */
    public int valueTypeBits() {
        return kind == FieldKind.BOOLEAN ? 1 : hasLongValue() ? 64 : 32;
    }

    /** Whether every value of the Java type fits, so {@code with...} has nothing to check. */
    public boolean fillsValueType() {
        return width == valueTypeBits();
    }

    /**
     * This field of a nested union as seen from the outer word, when the union sits in outer field
     * {@code holder}: placed at the holder's position, named {@code holderField} ({@code extCr4Smep}).
     */
    public FieldModel seenThrough(FieldModel holder) {
        return new FieldModel(GeneratedNames.flatName(holder.name, name), method, kind, holder.shift + shift, width, enumModel, nested, javadoc,
                holder.path + "." + path, signed, bigEndian, count);
    }

    /** The lowest {@code width} bits set. */
    public static long lowMask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }
}
