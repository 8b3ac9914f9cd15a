package org.bitunion.processor.validation;

import org.bitunion.processor.validation.Problem.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;
import org.bitunion.processor.model.StructMember;

/**
 * Reports fields whose generated members would clash: with another field's members ({@code x} and
 * {@code withX}, {@code fooBar} and {@code foo_bar} both giving {@code FOO_BAR_MASK}), with the members reaching
 * into a nested union or struct ({@code ext.cr4Smep} as {@code extCr4Smep}), with the whole-declaration members
 * ({@code toString}, {@code diff}, {@code FIELDS_MASK}, {@code SIZE}), or with {@code java.lang.Object}'s methods.
 * A word union's {@code load}/{@code store} take memory, so a field of that name only overloads them.
 */
final class NameClashChecker {
    private static final Set<String> OBJECT_METHODS = Set.of(
            "wait", "notify", "notifyAll", "getClass", "hashCode", "equals", "clone", "finalize", "toString");

    private NameClashChecker() {}

    /** @param flatten whether the class also gets the flattened accessors of nested fields, whose names count too */
    static void check(boolean struct, boolean flatten, List<DeclaredField> fields, ValidationReport report) {
        Map<String, String> ownerOfName = new HashMap<>();
        ownerOfName.put(GeneratedNames.TO_STRING, "the generated toString(...)");
        ownerOfName.put(GeneratedNames.SIZE, "the generated SIZE constant");
        if (!struct) {
            ownerOfName.put(GeneratedNames.DIFF, "the generated diff(before, after)");
            ownerOfName.put(GeneratedNames.APPEND_DIFF, "the generated appendDiff(...)");
            ownerOfName.put(GeneratedNames.FIELDS_MASK, "the generated FIELDS_MASK constant");
        }
        for (DeclaredField field : fields) {
            String name = field.name();
            if (OBJECT_METHODS.contains(name)) {
                report.error(Tag.NAME, field.method(), "field " + name + "() would generate a static "
                        + name + (struct ? "(bytes, offset)" : "(word)") + " that clashes with java.lang.Object." + name
                        + "; rename the field");
                continue;
            }
            if (field.isNestedStruct()) {
                checkNestedStruct(field, flatten, ownerOfName, report);
                continue;
            }
            if (!claimAll(field, name, name, field.kind(), field.count() > 0, struct, ownerOfName, report)) {
                continue;
            }
            if (flatten && field.kind() == FieldKind.NESTED && field.count() == 0 && !field.bigEndian()) {
                // the nested union's fields get accessors here too (extCr4Smep): their names must be free as well
                for (FieldModel innerField : field.nested().model().reachableFields()) {
                    String flatName = GeneratedNames.flatName(name, innerField.name());
                    if (!claimAll(field, flatName, name + "." + innerField.path(), innerField.kind(),
                            innerField.isArray(), struct, ownerOfName, report)) {
                        break;
                    }
                }
            }
        }
    }

    /** A nested struct gets its offset method and constants, and one flattened accessor per inner member. */
    private static void checkNestedStruct(DeclaredField field, boolean flatten, Map<String, String> ownerOfName,
            ValidationReport report) {
        String name = field.name();
        List<String> own = new ArrayList<>(List.of(GeneratedNames.offsetMethod(name),
                GeneratedNames.offsetBitsConstant(name), GeneratedNames.widthConstant(name)));
        if (field.count() > 0) {
            own.add(GeneratedNames.countConstant(name));
        }
        for (String generated : own) {
            if (!claim(field, generated, "generated " + generated + " of field " + name + "()", name, name,
                    ownerOfName, report)) {
                return;
            }
        }
        if (!flatten) {
            return;
        }
        for (StructMember inner : StructMember.of(field.nested().model())) {
            String flatName = GeneratedNames.flatName(name, inner.name());
            List<String> generatedNames = accessorsOf(flatName, inner.leaf().kind());
            if (inner.leaf().kind() == FieldKind.ENUM) {
                generatedNames.add(GeneratedNames.decodeMethod(flatName)); // its private decoder, when read in place
            }
            for (String generated : generatedNames) {
                if (!claim(field, generated, "generated " + generated + " of " + name + "." + inner.leaf().path(),
                        flatName, name + "." + inner.leaf().path(), ownerOfName, report)) {
                    return;
                }
            }
        }
    }

    /** Claims the members generated for {@code accessorName}; reports the first clash and returns false. */
    private static boolean claimAll(DeclaredField field, String accessorName, String path, FieldKind kind,
            boolean array, boolean struct, Map<String, String> ownerOfName, ValidationReport report) {
        for (String generated : membersOf(accessorName, kind, array, struct)) {
            if (!claim(field, generated, describe(generated, accessorName, path), accessorName, path, ownerOfName,
                    report)) {
                return false;
            }
        }
        return true;
    }

    private static boolean claim(DeclaredField field, String generated, String description, String accessorName,
            String path, Map<String, String> ownerOfName, ValidationReport report) {
        String owner = ownerOfName.putIfAbsent(generated, "the " + description);
        if (owner != null) {
            String what = path.equals(field.name()) ? "field " + field.name() + "()"
                    : "field " + field.name() + "() (its " + path + " is reached as " + accessorName + ")";
            report.error(Tag.NAME, field.method(), "" + what + " generates " + generated
                    + ", which clashes with " + owner + "; rename the field");
            return false;
        }
        return true;
    }

    private static List<String> membersOf(String name, FieldKind kind, boolean array, boolean struct) {
        List<String> members = new ArrayList<>();
        if (struct) {
            members.addAll(accessorsOf(name, kind, true));
            members.add(GeneratedNames.offsetBitsConstant(name));
            members.add(GeneratedNames.widthConstant(name));
            if (array) {
                members.add(GeneratedNames.countConstant(name));
            }
        } else {
            members.addAll(List.of(name, GeneratedNames.withMethod(name), GeneratedNames.shiftConstant(name),
                    GeneratedNames.widthConstant(name), GeneratedNames.maskConstant(name)));
            if (array) {
                members.add(GeneratedNames.countConstant(name));
                members.add(GeneratedNames.textMethod(name));
            }
            if (kind == FieldKind.ENUM) {
                members.add(GeneratedNames.codeMethod(name));
                members.add(GeneratedNames.withCodeMethod(name));
            }
        }
        if (kind == FieldKind.ENUM) {
            members.add(GeneratedNames.decodeMethod(name));
            members.add(GeneratedNames.codeTextMethod(name));
        }
        return members;
    }

    /** The methods of a struct member reached by name (a flattened one has no constants of its own). */
    private static List<String> accessorsOf(String name, FieldKind kind) {
        return accessorsOf(name, kind, true);
    }

    private static List<String> accessorsOf(String name, FieldKind kind, boolean struct) {
        List<String> members = new ArrayList<>();
        members.add(name);
        members.add(struct ? GeneratedNames.setMethod(name) : GeneratedNames.withMethod(name));
        if (kind == FieldKind.ENUM) {
            members.add(GeneratedNames.codeMethod(name));
            members.add(struct ? GeneratedNames.setCodeMethod(name) : GeneratedNames.withCodeMethod(name));
        }
        return members;
    }

    private static String describe(String generated, String accessorName, String path) {
        String of = path.equals(accessorName) ? "field " + path + "()" : path;
        return (generated.equals(accessorName) ? "getter " : "generated ") + generated + " of " + of;
    }
}
