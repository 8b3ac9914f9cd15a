package org.bitunion.processor.validation;

import java.util.Locale;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One error in a declaration, anchored as precisely as the compiler allows: the element, and within it the
 * annotation and the annotation value at fault ({@code bits = 70}) where there is one. Its kind is data (a
 * {@link Tag}), so code asks {@code problem.tag() == Tag.CYCLE} and never parses a message.
 *
 * @param message the text after the tag: what is wrong, where, and what would be right
 */
public record Problem(Tag tag, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {

    /** The stable kinds of error, printed as {@code [BitfieldWidth]} so users can search for them. */
    public enum Tag {
        ALIGN, BIG_ENDIAN, BITS, CODE, COUNT, CYCLE, EMPTY, EXTENDS, GENERIC, KIND, METHOD, NAME, NESTED, ORDER,
        OVERFLOW, OVERLAP, POSITION, SIGNED, STRADDLE, TYPE, WIDTH,
        /** The generated file could not be written. */
        FILE,
        /** A referenced type never came to exist. */
        UNDEFINED,
        /** A bug of ours. */
        INTERNAL;

        /** {@code [BitfieldBigEndian]}: the tag as printed. */
        public String label() {
            StringBuilder camel = new StringBuilder("[Bitfield");
            for (String word : name().split("_")) {
                camel.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return camel.append(']').toString();
        }

        /** {@code message} preceded by this tag, as the user reads it. */
        public String format(String message) {
            return label() + " " + message;
        }
    }

    /** The message as printed: {@code [BitfieldWidth] boolean field flag() is 1 bit wide, not 2; ...}. */
    public String text() {
        return tag.format(message);
    }

    /** Prints this problem as a compiler error on the most precise anchor it has. */
    public void printTo(Messager messager) {
        if (value != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text(), element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text(), element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text(), element);
        }
    }
}
