package org.bitunion.processor.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * Reports fields whose generated members would clash: with another field's members ({@code x} and
 * {@code withX}, {@code fooBar} and {@code foo_bar} both giving {@code FOO_BAR_MASK}), with the members reaching
 * into a nested union ({@code ext.cr4Smep} as {@code extCr4Smep}), with the whole-word members ({@code toString},
 * {@code diff}, {@code FIELDS_MASK}), or with {@code java.lang.Object}'s methods.
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
            if (!claimAll(field, name, name, field.kind(), ownerOfName, report)) {
                continue;
            }
            if (field.kind() == FieldKind.NESTED) {
                // the nested union's fields get accessors here too (extCr4Smep): their names must be free as well
                BitfieldModel inner = field.nested().model();
                List<FieldModel> innerFields = new ArrayList<>(inner.fields());
                innerFields.addAll(inner.nestedFieldViews());
                for (FieldModel innerField : innerFields) {
                    String flatName = name + Character.toUpperCase(innerField.name().charAt(0))
                            + innerField.name().substring(1);
                    if (!claimAll(field, flatName, name + "." + innerField.path(), innerField.kind(), ownerOfName,
                            report)) {
                        break;
                    }
                }
            }
        }
    }

    /** Claims the members generated for {@code accessorName}; reports the first clash and returns false. */
    private static boolean claimAll(DeclaredField field, String accessorName, String path, FieldKind kind,
            Map<String, String> ownerOfName, ValidationReport report) {
        for (String generated : membersOf(accessorName, kind)) {
            String owner = ownerOfName.putIfAbsent(generated, "the " + describe(generated, accessorName, path));
            if (owner != null) {
                String what = path.equals(field.name()) ? "field " + field.name() + "()"
                        : "field " + field.name() + "() (its " + path + " is reached as " + accessorName + ")";
                report.error(field.method(), "[BitfieldName] " + what + " generates " + generated
                        + ", which clashes with " + owner + "; rename the field");
                return false;
            }
        }
        return true;
    }

    private static List<String> membersOf(String name, FieldKind kind) {
        List<String> members = new ArrayList<>(List.of(
                name,
                GeneratedNames.withMethod(name),
                GeneratedNames.shiftConstant(name),
                GeneratedNames.widthConstant(name),
                GeneratedNames.maskConstant(name)));
        if (kind == FieldKind.ENUM) {
            members.add(GeneratedNames.codeMethod(name));
            members.add(GeneratedNames.withCodeMethod(name));
            members.add(GeneratedNames.codeNameMethod(name));
        }
        return members;
    }

    private static String describe(String generated, String accessorName, String path) {
        String of = path.equals(accessorName) ? "field " + path + "()" : path;
        return (generated.equals(accessorName) ? "getter " : "generated ") + generated + " of " + of;
    }
}
