package org.bitunion.processor.validation;

import com.palantir.javapoet.ClassName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.EnumModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.NestedModel;

/**
 * Builds the {@link BitfieldModel} of one {@code @Bitfield} interface and validates it completely: the
 * declaration itself, each field's type and width, enum codes, nesting, then the layout and the generated names.
 * It never generates anything and never throws for a bad declaration: every problem goes into the report.
 */
public final class DeclarationReader {
    private final Elements elements;
    /**
     * Declarations already read to a valid model in this round. A valid model does not depend on where the read
     * started (a cycle through the starting type would have made it invalid), so a union nested in many others is
     * read once.
     */
    private final Map<TypeElement, Result> valid = new HashMap<>();

    /** One reader per round: elements are not reused across rounds. */
    public DeclarationReader(Elements elements) {
        this.elements = elements;
    }

    /**
     * The outcome of reading one declaration.
     *
     * @param model            the validated model; {@code null} when the report has errors or types are unresolved
     * @param report           every problem found
     * @param unresolvedTypes  types the declaration refers to that do not exist yet (maybe generated later this
     *                         compilation): retry in a later round
     */
    public record Result(BitfieldModel model, ValidationReport report, Set<String> unresolvedTypes) {
        public boolean isDeferred() {
            return !unresolvedTypes.isEmpty();
        }
    }

    public Result read(TypeElement type) {
        return read(type, new ArrayDeque<>());
    }

    private Result read(TypeElement type, Deque<TypeElement> enclosingNesting) {
        Result known = valid.get(type);
        if (known != null) {
            return known;
        }
        ValidationReport report = new ValidationReport();
        Set<String> unresolved = new TreeSet<>();
        AnnotationMirror bitfield = AnnotationValues.find(type, AnnotationValues.BITFIELD).orElseThrow();
        checkDeclarationKind(type, report);
        int bits = readBits(type, bitfield, report);

        Deque<TypeElement> nesting = new ArrayDeque<>(enclosingNesting);
        nesting.addLast(type);
        List<DeclaredField> declared = new ArrayList<>();
        int fieldMethods = 0;
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            if (!member.getModifiers().contains(Modifier.ABSTRACT)) {
                // static, default and private methods are helpers, not fields; @Bits there would be ignored
                AnnotationValues.find(member, AnnotationValues.BITS).ifPresent(misplaced -> report.error(member,
                        misplaced, null, "[BitfieldMethod] @Bits on " + member.getSimpleName() + "() has no effect: only"
                                + " abstract methods are fields, and this one is static, default or private"));
                continue;
            }
            fieldMethods++;
            readField((ExecutableElement) member, nesting, report, unresolved).ifPresent(declared::add);
        }
        if (fieldMethods == 0 && type.getKind() == ElementKind.INTERFACE) {
            report.error(type, "[BitfieldEmpty] @Bitfield interface " + type.getSimpleName()
                    + " declares no fields; add abstract methods such as `@Bits(4) int level();`");
        }
        if (!unresolved.isEmpty()) {
            return new Result(null, report, unresolved);
        }
        List<FieldModel> fields = bits > 0 ? LayoutPlanner.plan(type, bitfield, bits, declared, report) : List.of();
        NameClashChecker.check(declared, report);
        if (!report.isClean()) {
            return new Result(null, report, unresolved);
        }
        ClassName typeName = ClassName.get(type);
        Result result = new Result(
                new BitfieldModel(type, typeName, BitfieldModel.bitsClassOf(typeName), bits, fields), report,
                unresolved);
        valid.put(type, result);
        return result;
    }

    private static void checkDeclarationKind(TypeElement type, ValidationReport report) {
        if (type.getKind() != ElementKind.INTERFACE) {
            String kind = switch (type.getKind()) {
                case CLASS -> "a class";
                case ENUM -> "an enum";
                case RECORD -> "a record";
                case ANNOTATION_TYPE -> "an annotation type";
                default -> "a " + type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
            };
            report.error(type, "[BitfieldKind] @Bitfield applies to interfaces, but " + type.getSimpleName()
                    + " is " + kind + "; declare it as `interface " + type.getSimpleName() + "`");
            return;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(type, "[BitfieldGeneric] @Bitfield interface " + type.getSimpleName()
                    + " must not have type parameters: a field's width cannot depend on a type argument");
        }
        if (!type.getInterfaces().isEmpty()) {
            report.error(type, "[BitfieldExtends] @Bitfield interface " + type.getSimpleName()
                    + " must not extend other interfaces: its fields are exactly the methods it declares;"
                    + " nest another @Bitfield type as a field instead");
        }
    }

    private static int readBits(TypeElement type, AnnotationMirror bitfield, ValidationReport report) {
        Optional<AnnotationValue> written = AnnotationValues.explicit(bitfield, "bits");
        int bits = AnnotationValues.intValue(bitfield, "bits", 0);
        if (written.isPresent() && (bits < 1 || bits > 64)) {
            report.error(type, bitfield, written.get(), "[BitfieldBits] @Bitfield(bits = " + bits
                    + ") on " + type.getSimpleName() + ": bits must be between 1 and 64 (the word is an int up to"
                    + " 32 bits, a long above)");
            return 0;
        }
        return bits;
    }

    private Optional<DeclaredField> readField(ExecutableElement method, Deque<TypeElement> nesting,
            ValidationReport report, Set<String> unresolved) {
        String name = method.getSimpleName().toString();
        boolean ok = true;
        if (!method.getParameters().isEmpty()) {
            report.error(method, "[BitfieldMethod] field " + name + "() must not have parameters: a @Bitfield"
                    + " field is a parameterless abstract method; make helpers static or default");
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.error(method, "[BitfieldMethod] field " + name + "() must not have type parameters");
            ok = false;
        }
        Optional<AnnotationMirror> bitsAnnotation = AnnotationValues.find(method, AnnotationValues.BITS);
        AnnotationMirror bits = bitsAnnotation.orElse(null);
        AnnotationValue widthValue = bits == null ? null : AnnotationValues.explicit(bits, "value").orElse(null);
        AnnotationValue atValue = bits == null ? null : AnnotationValues.explicit(bits, "at").orElse(null);
        // @Bits(value) has no default, so a written value is exactly an @Bits being present; any int may be written
        boolean widthWritten = widthValue != null;
        int writtenWidth = widthWritten ? AnnotationValues.intValue(bits, "value", 0) : 0;
        int at = bits == null ? -1 : AnnotationValues.intValue(bits, "at", -1);

        TypeMirror returnType = method.getReturnType();
        FieldKind kind;
        EnumModel enumModel = null;
        NestedModel nested = null;
        int width;
        switch (returnType.getKind()) {
            case BOOLEAN -> {
                kind = FieldKind.BOOLEAN;
                width = widthWritten ? writtenWidth : 1;
            }
            case INT -> {
                kind = FieldKind.INT;
                width = writtenWidth;
            }
            case LONG -> {
                kind = FieldKind.LONG;
                width = writtenWidth;
            }
            case ERROR -> {
                unresolved.add(returnType.toString());
                return Optional.empty();
            }
            case DECLARED -> {
                TypeElement typeElement = (TypeElement) ((DeclaredType) returnType).asElement();
                if (typeElement.getKind() == ElementKind.ENUM) {
                    kind = FieldKind.ENUM;
                    enumModel = EnumReader.read(typeElement, report);
                    int needed = EnumReader.bitsFor(enumModel.maxCode());
                    width = widthWritten ? writtenWidth : needed;
                    checkAccessible(method, typeElement, report);
                } else if (AnnotationValues.find(typeElement, AnnotationValues.BITFIELD).isPresent()) {
                    kind = FieldKind.NESTED;
                    nested = readNested(method, typeElement, nesting, report, unresolved);
                    if (nested == null) {
                        return Optional.empty();
                    }
                    width = widthWritten ? writtenWidth : nested.bits();
                } else {
                    reportUnsupportedType(method, returnType, report);
                    return Optional.empty();
                }
            }
            default -> {
                reportUnsupportedType(method, returnType, report);
                return Optional.empty();
            }
        }
        DeclaredField field = new DeclaredField(name, method, kind, width, at, bits, widthValue, atValue,
                enumModel, nested, elements.getDocComment(method));
        ok &= checkWidth(field, widthWritten, report);
        if (at < -1) {
            field.errorOnPosition(report, "[BitfieldPosition] field " + name + "(): @Bits(at = " + at
                    + ") must be a bit position, 0 or more (or left out to follow the previous field)");
            ok = false;
        }
        return ok ? Optional.of(field) : Optional.empty();
    }

    private static boolean checkWidth(DeclaredField field, boolean widthWritten, ValidationReport report) {
        String name = field.name();
        if (field.kind() != FieldKind.BOOLEAN && field.kind() != FieldKind.ENUM
                && field.kind() != FieldKind.NESTED && !widthWritten) {
            report.error(field.method(), "[BitfieldWidth] field " + name + "() needs a width: annotate it with"
                    + " @Bits(n), n from 1 to " + (field.kind() == FieldKind.INT ? 32 : 64));
            return false;
        }
        int width = field.width();
        switch (field.kind()) {
            case BOOLEAN -> {
                if (width != 1) {
                    field.errorOnWidth(report, "[BitfieldWidth] boolean field " + name + "() is 1 bit wide, not "
                            + width + "; use int for a wider field");
                    return false;
                }
            }
            case INT -> {
                if (width < 1 || width > 32) {
                    field.errorOnWidth(report, "[BitfieldWidth] int field " + name + "() is @Bits(" + width
                            + "), but an int field holds 1 to 32 bits" + (width > 32 ? "; declare it long" : ""));
                    return false;
                }
            }
            case LONG -> {
                if (width < 1 || width > 64) {
                    field.errorOnWidth(report, "[BitfieldWidth] long field " + name + "() is @Bits(" + width
                            + "), but a long field holds 1 to 64 bits");
                    return false;
                }
            }
            case ENUM -> {
                EnumModel enumModel = field.enumModel();
                String enumName = enumModel.type().simpleName();
                if (width < 1 || width > 32) {
                    field.errorOnWidth(report, "[BitfieldWidth] enum field " + name + "() is " + width
                            + " bits wide, but an enum field holds 1 to 32 bits");
                    return false;
                }
                for (var constant : enumModel.constants()) {
                    if (constant.code() > FieldModel.lowMask(width)) {
                        field.errorOnWidth(report, "[BitfieldWidth] enum field " + name + "() is " + width
                                + " bits wide, but " + enumName + "." + constant.name() + " has the code "
                                + constant.code() + ", which needs " + EnumReader.bitsFor(constant.code()) + " bits");
                        return false;
                    }
                }
            }
            case NESTED -> {
                NestedModel nested = field.nested();
                if (width != nested.bits()) {
                    field.errorOnWidth(report, "[BitfieldWidth] field " + name + "() has the @Bitfield type "
                            + nested.type().simpleName() + ", which is " + nested.bits() + " bits wide, but @Bits says "
                            + width + "; leave @Bits out or make it " + nested.bits());
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Validates a nested {@code @Bitfield} type as far as this field needs it: not a cycle, and valid itself
     * (its own errors are reported on it; here only that it has some).
     */
    private NestedModel readNested(ExecutableElement method, TypeElement nestedType, Deque<TypeElement> nesting,
            ValidationReport report, Set<String> unresolved) {
        String name = method.getSimpleName().toString();
        if (nesting.contains(nestedType)) {
            String cycle = nesting.stream()
                    .dropWhile(t -> !t.equals(nestedType))
                    .map(t -> t.getSimpleName().toString())
                    .collect(Collectors.joining(" -> ")) + " -> " + nestedType.getSimpleName();
            report.error(method, "[BitfieldCycle] field " + name + "() nests " + nestedType.getSimpleName()
                    + " inside itself (" + cycle + "); a union cannot contain itself");
            return null;
        }
        Result inner = read(nestedType, nesting);
        unresolved.addAll(inner.unresolvedTypes());
        if (inner.isDeferred()) {
            return null;
        }
        if (inner.model() == null) {
            boolean cycleOnly = inner.report().problems().stream()
                    .allMatch(p -> p.message().startsWith("[BitfieldCycle]"));
            report.error(method, cycleOnly
                    ? "[BitfieldCycle] field " + name + "() nests " + nestedType.getSimpleName()
                            + ", which contains " + nesting.getLast().getSimpleName()
                            + " again; a union cannot contain itself"
                    : "[BitfieldNested] field " + name + "() has the @Bitfield type " + nestedType.getSimpleName()
                            + ", which has errors of its own (reported on it); fix those first");
            return null;
        }
        return new NestedModel(inner.model());
    }

    /** The generated class lives in the declaration's package: the enum must be visible from there. */
    private void checkAccessible(ExecutableElement method, TypeElement type, ValidationReport report) {
        String from = elements.getPackageOf(method).getQualifiedName().toString();
        String to = elements.getPackageOf(type).getQualifiedName().toString();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            boolean hidden = e.getModifiers().contains(Modifier.PRIVATE)
                    || (!e.getModifiers().contains(Modifier.PUBLIC) && !from.equals(to));
            if (hidden) {
                report.error(method, "[BitfieldType] field " + method.getSimpleName() + "() has the type "
                        + type.getSimpleName() + ", which " + e.getSimpleName() + " makes invisible from package "
                        + (from.isEmpty() ? "(default)" : from) + ", where the generated class lives; make it "
                        + (from.equals(to) ? "non-private" : "public"));
                return;
            }
        }
    }

    private static void reportUnsupportedType(ExecutableElement method, TypeMirror type, ValidationReport report) {
        report.error(method, "[BitfieldType] field " + method.getSimpleName() + "() has the unsupported type "
                + type + "; a field is boolean, int, long, an enum, or another @Bitfield interface");
    }
}
