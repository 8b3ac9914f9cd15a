package org.bitunion.processor.validation;

import org.bitunion.processor.validation.Problem.Tag;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.bitunion.processor.model.EnumConstant;
import org.bitunion.processor.model.EnumModel;

/**
 * Reads an enum field type's constants and their codes ({@code @Code}, else the ordinal), and reports codes that
 * can never be decoded: negative ones, and two constants sharing a code. Whether the codes fit a width is the
 * field's concern (see {@link DeclarationReader}).
 */
final class EnumReader {
    private EnumReader() {}

    static EnumModel read(TypeElement enumType, ValidationReport report) {
        List<EnumConstant> constants = new ArrayList<>();
        Map<Long, String> ownerOfCode = new HashMap<>();
        boolean codesAreOrdinals = true;
        int ordinal = 0;
        for (Element member : enumType.getEnclosedElements()) {
            if (member.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String name = member.getSimpleName().toString();
            long code = ordinal;
            Optional<AnnotationMirror> codeAnnotation = AnnotationValues.find(member, AnnotationValues.CODE);
            if (codeAnnotation.isPresent()) {
                AnnotationMirror mirror = codeAnnotation.get();
                AnnotationValue value = AnnotationValues.explicit(mirror, "value").orElse(null);
                code = AnnotationValues.intValue(mirror, "value", ordinal);
                if (code < 0) {
                    report.error(Tag.CODE, member, mirror, value, "" + enumType.getSimpleName() + "." + name
                            + " has the negative code " + code + "; codes are unsigned, use 0 or more");
                }
                String owner = ownerOfCode.get(code);
                if (owner != null) {
                    report.error(Tag.CODE, member, mirror, value, "" + enumType.getSimpleName() + "." + name
                            + " has the code " + code + ", which " + owner
                            + " already has; each constant needs its own code so the word decodes to one constant");
                }
            } else {
                String owner = ownerOfCode.get(code);
                if (owner != null) {
                    report.error(Tag.CODE, member, "" + enumType.getSimpleName() + "." + name
                            + " has no @Code, so its code is its ordinal " + code + ", which " + owner
                            + " already has; give it an explicit @Code");
                }
            }
            ownerOfCode.putIfAbsent(code, name);
            codesAreOrdinals &= code == ordinal;
            constants.add(new EnumConstant(name, code));
            ordinal++;
        }
        if (constants.isEmpty()) {
            report.error(Tag.CODE, enumType, "enum " + enumType.getSimpleName()
                    + " has no constants, so a field of its type could hold no value");
        }
        return new EnumModel(ClassName.get(enumType), List.copyOf(constants), codesAreOrdinals);
    }

    /** The fewest bits that hold {@code code} (at least one). */
    static int bitsFor(long code) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(code));
    }
}
