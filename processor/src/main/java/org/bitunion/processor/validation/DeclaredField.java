package org.bitunion.processor.validation;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import org.bitunion.processor.model.EnumModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.NestedModel;

/**
 * A field as declared, before layout: its type and width are known and checked, its position not yet.
 *
 * @param bits      the {@code @Bits} annotation, or {@code null}
 * @param widthValue the written {@code @Bits} value, to point width errors at, or {@code null}
 * @param at        the explicit LSB, or -1 to follow the previous field
 * @param atValue   the written {@code at}, to point position errors at, or {@code null}
 * @param javadoc   the method's doc comment, copied onto its accessors, or {@code null}
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
        String javadoc) {

    /** Reports on the {@code @Bits} width when it was written, else on the method. */
    void errorOnWidth(ValidationReport report, String message) {
        if (widthValue != null) {
            report.error(method, bits, widthValue, message);
        } else {
            report.error(method, message);
        }
    }

    /** Reports on the {@code at} value when it was written, else on the method. */
    void errorOnPosition(ValidationReport report, String message) {
        if (atValue != null) {
            report.error(method, bits, atValue, message);
        } else {
            report.error(method, message);
        }
    }

    /**
     * Whether GCC stores this field in a 32-bit unit ({@code unsigned int}), which a bitfield may not straddle;
     * {@code long} fields and 64-bit nested unions are {@code unsigned long long}.
     */
    boolean hasIntStorageUnit() {
        return kind != FieldKind.LONG && !(kind == FieldKind.NESTED && nested.isLongWord());
    }
}
