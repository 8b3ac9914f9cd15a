package org.bitunion.processor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import org.bitunion.processor.model.EnumModel;

/**
 * One read of each enum field type for the whole compilation (as Dagger keeps one report per type): its model,
 * whether its codes are valid, and its problems, which belong to the enum rather than to any declaration using
 * it. They are handed out once, to be printed on the enum's constants, whichever declaration (or nested union,
 * or round) read the enum first; so nothing needs de-duplicating afterwards. Keyed by qualified name, since
 * elements may be new objects in a later round while the enum stays the same.
 */
public final class EnumCache {
    private final Map<String, EnumRead> reads = new HashMap<>();
    private final List<Problem> unprinted = new ArrayList<>();

    /**
     * An enum's model and whether a field may use it.
     *
     * @param model its constants and codes (as far as they could be read)
     * @param valid whether its codes are free of errors; if not, a declaration using it cannot be generated, and
     *              its field is not checked further (a negative code's width would only be a second error)
     */
    record EnumRead(EnumModel model, boolean valid) {}

    EnumRead read(TypeElement enumType) {
        return reads.computeIfAbsent(enumType.getQualifiedName().toString(), name -> {
            ValidationReport report = new ValidationReport();
            EnumModel model = EnumReader.read(enumType, report);
            unprinted.addAll(report.problems());
            return new EnumRead(model, report.isClean());
        });
    }

    /** The problems of the enums read since the last call: each enum's exactly once in a compilation. */
    public List<Problem> takeProblems() {
        List<Problem> problems = List.copyOf(unprinted);
        unprinted.clear();
        return problems;
    }
}
