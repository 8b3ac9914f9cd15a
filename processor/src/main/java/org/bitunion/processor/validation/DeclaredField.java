package org.bitunion.processor.validation;

import org.bitunion.processor.validation.Problem.Tag;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import org.bitunion.processor.model.EnumModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.NestedModel;

/**
 * A field as declared, before layout: its type and width are known and checked, its position not yet.
 *
 * @param width     the width of the field, of each element for an array, of the nested type for a nested one
 * @param bits      the {@code @Bits} annotation, or {@code null}
 * @param widthValue the written {@code @Bits} value, to point width errors at, or {@code null}
 * @param at        the explicit LSB, or -1 to follow the previous field
 * @param atValue   the written {@code at}, to point position errors at, or {@code null}
 * @param javadoc   the method's doc comment, copied onto its accessors, or {@code null}
 * @param signed    {@code @Bits(signed = true)}
 * @param bigEndian annotated {@code @BigEndian}
 * @param bigEndianMirror the {@code @BigEndian} annotation, to point errors at, or {@code null}
 * @param count     the array's element count, 0 for a field that is not an array
 */
record DeclaredField(
        String name,
        ExecutableElement method,
        FieldKind kind,
        int width,
        int at,
        AnnotationMirror bits,
        AnnotationValue widthValue,
        AnnotationValue atValue,
        EnumModel enumModel,
        NestedModel nested,
        String javadoc,
        boolean signed,
        boolean bigEndian,
        AnnotationMirror bigEndianMirror,
        int count) {

    /** Reports on the {@code @Bits} width when it was written, else on the method. */
    void errorOnWidth(ValidationReport report, Tag tag, String message) {
        if (widthValue != null) {
            report.error(tag, method, bits, widthValue, message);
        } else {
            report.error(tag, method, message);
        }
    }

    /** Reports on the {@code at} value when it was written, else on the method. */
    void errorOnPosition(ValidationReport report, Tag tag, String message) {
        if (atValue != null) {
            report.error(tag, method, bits, atValue, message);
        } else {
            report.error(tag, method, message);
        }
    }

    /** Reports on the {@code @BigEndian} annotation. */
    void errorOnBigEndian(ValidationReport report, Tag tag, String message) {
        report.error(tag, method, bigEndianMirror, null, message);
    }

    /** Whether the field is a nested struct in memory rather than a bitfield. */
    boolean isNestedStruct() {
        return kind == FieldKind.NESTED && nested.isStruct();
    }

    /** The bits of all elements. */
    long totalBits() {
        return count > 0 ? (long) count * width : width;
    }

    /**
     * Whether GCC stores this field in a 32-bit unit ({@code unsigned int}), which a bitfield may not straddle;
     * {@code long} fields and 64-bit nested unions are {@code unsigned long long}.
     */
    boolean hasIntStorageUnit() {
        return kind != FieldKind.LONG && !(kind == FieldKind.NESTED && nested.isLongWord());
    }

    /**
     * The alignment in bytes GCC gives the C member: the storage unit of a bitfield (4 or 8), the natural alignment
     * of a {@code __be16}/{@code __be32}/{@code __be64}, a nested struct's own alignment.
     */
    int alignment() {
        if (isNestedStruct()) {
            return nested.model().alignment();
        }
        if (bigEndian || isWholeArray()) {
            return width / 8;
        }
        return hasIntStorageUnit() ? 4 : 8;
    }

    /**
     * Whether GCC places the field as a whole member at a multiple of its alignment (a nested struct, a
     * {@code __be} scalar) rather than as a bitfield packed after the previous one.
     */
    boolean isAlignedMember() {
        return isNestedStruct() || bigEndian || isWholeArray();
    }

    /**
     * Whether this is an array C can declare as such: {@code int[]}/{@code long[]} of 8, 16, 32 or 64-bit elements
     * are {@code u8}/{@code u16}/{@code u32}/{@code u64 x[n]}. Other arrays (other widths, {@code boolean[]}, nested
     * words) have no C array type and are consecutive bitfields.
     */
    boolean isWholeArray() {
        return count > 0 && (kind == FieldKind.INT || kind == FieldKind.LONG)
                && (width == 8 || width == 16 || width == 32 || width == 64);
    }

    /** The C member GCC sees, for messages: {@code a __be16 member}, {@code the u8 array}, a nested struct. */
    String memberDescription() {
        if (isNestedStruct()) {
            return "the nested struct " + nested.type().simpleName() + (count > 0 ? " array" : "");
        }
        if (bigEndian) {
            return "a __be" + width + (count > 0 ? " array" : " member");
        }
        return "the C array u" + width + " " + name + "[" + count + "]";
    }
}
