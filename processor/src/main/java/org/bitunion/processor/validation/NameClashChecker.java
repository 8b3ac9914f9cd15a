package org.bitunion.processor.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.GeneratedNames;

/**
 * Reports fields whose generated members would clash: with another field's members ({@code x} and
 * {@code withX}, {@code fooBar} and {@code foo_bar} both giving {@code FOO_BAR_MASK}), with the whole-word
 * members ({@code toString}, {@code diff}, {@code FIELDS_MASK}), or with {@code java.lang.Object}'s methods.
 */
final class NameClashChecker {
    private static final Set<String> OBJECT_METHODS = Set.of(
            "wait", "notify", "notifyAll", "getClass", "hashCode", "equals", "clone", "finalize", "toString");

    private NameClashChecker() {}

    static void check(List<DeclaredField> fields, ValidationReport report) {
        Map<String, String> ownerOfName = new HashMap<>();
        ownerOfName.put(GeneratedNames.TO_STRING, "the generated toString(word)");
        ownerOfName.put(GeneratedNames.DIFF, "the generated diff(before, after)");
        ownerOfName.put(GeneratedNames.APPEND_DIFF, "the generated appendDiff(...)");
        ownerOfName.put(GeneratedNames.FIELDS_MASK, "the generated FIELDS_MASK constant");
        for (DeclaredField field : fields) {
            String name = field.name();
            if (OBJECT_METHODS.contains(name)) {
                report.error(field.method(), "[BitfieldName] field " + name + "() would generate a static "
                        + name + "(word) that clashes with java.lang.Object." + name + "; rename the field");
                continue;
            }
            for (String generated : membersOf(field)) {
                String owner = ownerOfName.putIfAbsent(generated, "the " + describe(generated, name));
                if (owner != null) {
                    report.error(field.method(), "[BitfieldName] field " + name + "() generates " + generated
                            + ", which clashes with " + owner + "; rename the field");
                    break;
                }
            }
        }
    }

    private static List<String> membersOf(DeclaredField field) {
        String name = field.name();
        List<String> members = new java.util.ArrayList<>(List.of(
                name,
                GeneratedNames.withMethod(name),
                GeneratedNames.shiftConstant(name),
                GeneratedNames.widthConstant(name),
                GeneratedNames.maskConstant(name)));
        if (field.kind() == FieldKind.ENUM) {
            members.add(GeneratedNames.codeMethod(name));
            members.add(GeneratedNames.withCodeMethod(name));
            members.add(GeneratedNames.codeNameMethod(name));
        }
        return members;
    }

    private static String describe(String generated, String field) {
        return (generated.equals(field) ? "getter " : "generated ") + generated + " of field " + field + "()";
    }
}
