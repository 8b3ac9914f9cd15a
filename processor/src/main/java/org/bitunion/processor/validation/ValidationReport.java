package org.bitunion.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import org.bitunion.processor.validation.Problem.Tag;

/**
 * Every problem found in one declaration. Validation only records; the processor prints the report and
 * generates code only from a clean one, so one compilation shows every mistake at once.
 */
public final class ValidationReport {
    private final List<Problem> problems = new ArrayList<>();
    /** A type the declaration uses has errors of its own, printed on that type: no model, but nothing to add. */
    private boolean blocked;

    public void error(Tag tag, Element element, String message) {
        problems.add(new Problem(tag, element, null, null, message));
    }

    public void error(Tag tag, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        problems.add(new Problem(tag, element, annotation, value, message));
    }

    /** The declaration uses a type whose own errors are reported on it (an enum with bad codes). */
    void blockedByAnotherType() {
        blocked = true;
    }

    public boolean isClean() {
        return problems.isEmpty() && !blocked;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
