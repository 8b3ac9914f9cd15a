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

    public void error(Tag tag, Element element, String message) {
        problems.add(new Problem(tag, element, null, null, message));
    }

    public void error(Tag tag, Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
        problems.add(new Problem(tag, element, annotation, value, message));
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
