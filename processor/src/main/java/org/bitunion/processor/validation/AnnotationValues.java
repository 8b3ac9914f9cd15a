package org.bitunion.processor.validation;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotations through mirrors, by qualified name: the values and the exact {@link AnnotationValue} to
 * point an error at, without loading annotation classes.
 */
final class AnnotationValues {
    static final String BITFIELD = "org.bitunion.Bitfield";
    static final String BITS = "org.bitunion.Bits";
    static final String CODE = "org.bitunion.Code";
    static final String BIG_ENDIAN = "org.bitunion.BigEndian";

    private AnnotationValues() {}

    static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The explicitly written value of {@code name}, or empty when it is left at its default. */
    static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * An int element's value, or {@code fallback} when not written. An unresolvable value (a compile error of its
     * own) also gives the fallback.
     */
    static int intValue(AnnotationMirror mirror, String name, int fallback) {
        return explicit(mirror, name)
                .map(AnnotationValue::getValue)
                .filter(Integer.class::isInstance)
                .map(Integer.class::cast)
                .orElse(fallback);
    }

    /** A boolean element's value, or {@code false} when not written. */
    static boolean booleanValue(AnnotationMirror mirror, String name) {
        return booleanValue(mirror, name, false);
    }

    /** A boolean element's value, or {@code fallback} when not written (or compiled against an older runtime). */
    static boolean booleanValue(AnnotationMirror mirror, String name, boolean fallback) {
        return explicit(mirror, name)
                .map(AnnotationValue::getValue)
                .filter(Boolean.class::isInstance)
                .map(Boolean.class::cast)
                .orElse(fallback);
    }
}
