package org.bitunion.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * One error in a declaration, anchored as precisely as the compiler allows: the element, and within it the
 * annotation and the annotation value at fault ({@code bits = 70}) where there is one.
 */
public record Problem(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    /** Prints this problem as a compiler error on the most precise anchor it has. */
    public void printTo(Messager messager) {
        if (value != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message, element);
        }
    }
}
