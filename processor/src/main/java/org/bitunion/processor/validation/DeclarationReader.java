package org.bitunion.processor.validation;

import org.bitunion.processor.validation.Problem.Tag;

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
import javax.lang.model.type.ArrayType;
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
    /** The widest struct in memory: 8 KiB, far beyond any C header's bitfield struct. */
    static final int MAX_STRUCT_BITS = 65536;

    private final Elements elements;
    /**
     * Declarations already read to a valid model in this round. A valid model does not depend on where the read
     * started (a cycle through the starting type would have made it invalid), so a union nested in many others is
     * read once.
     */
    private final Map<TypeElement, Valid> valid = new HashMap<>();
    private final EnumCache enums;

    /**
     * One reader per round: elements are not reused across rounds.
     *
     * @param enums the compilation's enum reads, kept across rounds
     */
    public DeclarationReader(Elements elements, EnumCache enums) {
        this.elements = elements;
        this.enums = enums;
    }

    /** The outcome of reading one declaration: a model to generate from, errors, or a retry later. */
    public sealed interface Result permits Valid, Invalid, Deferred {}

    /** A declaration with no problems: generate its class. */
    public record Valid(BitfieldModel model) implements Result {}

    /**
     * A declaration with errors (in {@code report}, to print), or one that uses a type whose own errors are
     * printed on that type (then {@code report} may hold none).
     */
    public record Invalid(ValidationReport report) implements Result {}

    /**
     * A declaration that refers to types that do not exist yet, maybe generated later this compilation: retry in
     * a later round. Other problems wait for that retry, so they are printed once.
     *
     * @param unresolvedTypes the missing types, sorted
     */
    public record Deferred(Set<String> unresolvedTypes) implements Result {}

    public Result read(TypeElement type) {
        return read(type, new ArrayDeque<>());
    }

    private Result read(TypeElement type, Deque<TypeElement> enclosingNesting) {
        Valid known = valid.get(type);
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
                AnnotationValues.find(member, AnnotationValues.BITS).ifPresent(misplaced -> report.error(Tag.METHOD, member,
                        misplaced, null, "@Bits on " + member.getSimpleName() + "() has no effect: only"
                                + " abstract methods are fields, and this one is static, default or private"));
                continue;
            }
            fieldMethods++;
            readField((ExecutableElement) member, nesting, report, unresolved).ifPresent(declared::add);
        }
        if (fieldMethods == 0 && type.getKind() == ElementKind.INTERFACE) {
            report.error(Tag.EMPTY, type, "@Bitfield interface " + type.getSimpleName()
                    + " declares no fields; add abstract methods such as `@Bits(4) int level();`");
        }
        if (!unresolved.isEmpty()) {
            return new Deferred(unresolved);
        }
        boolean union = AnnotationValues.booleanValue(bitfield, "union");
        boolean packed = AnnotationValues.booleanValue(bitfield, "packed");
        boolean flatten = AnnotationValues.booleanValue(bitfield, "flatten", true);
        if (bits > 0) {
            checkStructOnlyFeatures(bits, declared, report);
        }
        List<FieldModel> fields = bits > 0
                ? LayoutPlanner.plan(new LayoutPlanner.Shape(type, bits, union, packed), declared, report)
                : List.of();
        int alignment = alignment(bits, packed, declared);
        if (bits > BitfieldModel.MAX_WORD_BITS && bits % (8 * alignment) != 0) {
            int gccBytes = (bits / 8 + alignment - 1) / alignment * alignment;
            report.error(Tag.ALIGN, type, bitfield, AnnotationValues.explicit(bitfield, "bits").orElse(null),
                    "@Bitfield(bits = " + bits + ") on " + type.getSimpleName() + ": its fields"
                    + " align it to " + alignment + " bytes, so GCC's sizeof would be " + gccBytes + " bytes (tail"
                    + " padding included), not " + bits / 8 + "; declare bits = " + gccBytes * 8
                    + ", or packed = true for a struct without tail padding");
        }
        NameClashChecker.check(bits > BitfieldModel.MAX_WORD_BITS, flatten, declared, report);
        if (!report.isClean()) {
            return new Invalid(report);
        }
        ClassName typeName = ClassName.get(type);
        Valid result = new Valid(new BitfieldModel(type, typeName, BitfieldModel.bitsClassOf(typeName), bits, fields,
                union, packed, alignment, flatten));
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
            report.error(Tag.KIND, type, "@Bitfield applies to interfaces, but " + type.getSimpleName()
                    + " is " + kind + "; declare it as `interface " + type.getSimpleName() + "`");
            return;
        }
        if (!type.getTypeParameters().isEmpty()) {
            report.error(Tag.GENERIC, type, "@Bitfield interface " + type.getSimpleName()
                    + " must not have type parameters: a field's width cannot depend on a type argument");
        }
        if (!type.getInterfaces().isEmpty()) {
            report.error(Tag.EXTENDS, type, "@Bitfield interface " + type.getSimpleName()
                    + " must not extend other interfaces: its fields are exactly the methods it declares;"
                    + " nest another @Bitfield type as a field instead");
        }
    }

    private static int readBits(TypeElement type, AnnotationMirror bitfield, ValidationReport report) {
        Optional<AnnotationValue> written = AnnotationValues.explicit(bitfield, "bits");
        int bits = AnnotationValues.intValue(bitfield, "bits", 0);
        boolean word = bits >= 1 && bits <= BitfieldModel.MAX_WORD_BITS;
        boolean struct = bits > BitfieldModel.MAX_WORD_BITS && bits <= MAX_STRUCT_BITS && bits % 8 == 0;
        if (written.isPresent() && !word && !struct) {
            String hint = bits > BitfieldModel.MAX_WORD_BITS && bits <= MAX_STRUCT_BITS
                    ? "; " + bits + " is not a whole number of bytes, use " + (bits + 7) / 8 * 8
                    : "";
            report.error(Tag.BITS, type, bitfield, written.get(), "@Bitfield(bits = " + bits
                    + ") on " + type.getSimpleName() + ": bits must be between 1 and 64 (the word is an int up to"
                    + " 32 bits, a long above), or for a struct in memory a multiple of 8 up to " + MAX_STRUCT_BITS
                    + " (8 x its C sizeof)" + hint);
            return 0;
        }
        return bits;
    }

    /** The C alignment in bytes: 1 when packed, else the largest of the members' (the word's for a word union). */
    private static int alignment(int bits, boolean packed, List<DeclaredField> declared) {
        if (bits <= BitfieldModel.MAX_WORD_BITS) {
            return bits > 32 ? 8 : 4;
        }
        if (packed) {
            return 1;
        }
        int alignment = 1;
        for (DeclaredField field : declared) {
            alignment = Math.max(alignment, field.alignment());
        }
        return alignment;
    }

    /**
     * A word union is a value, not memory: nested structs exist only in a struct in memory. Arrays and big-endian
     * fields are fine: they are laid out in the stored word as in memory.
     */
    private static void checkStructOnlyFeatures(int bits, List<DeclaredField> declared, ValidationReport report) {
        if (bits > BitfieldModel.MAX_WORD_BITS) {
            return;
        }
        for (DeclaredField field : declared) {
            if (field.isNestedStruct()) {
                report.error(Tag.NESTED, field.method(), "field " + field.name() + "() has the type "
                        + field.nested().type().simpleName() + ", a struct in memory of " + field.nested().bits()
                        + " bits, which cannot be part of a word union of " + bits + " bits; make the enclosing"
                        + " @Bitfield a struct too (bits above 64)");
            }
        }
    }

    private Optional<DeclaredField> readField(ExecutableElement method, Deque<TypeElement> nesting,
            ValidationReport report, Set<String> unresolved) {
        String name = method.getSimpleName().toString();
        boolean ok = true;
        if (!method.getParameters().isEmpty()) {
            report.error(Tag.METHOD, method, "field " + name + "() must not have parameters: a @Bitfield"
                    + " field is a parameterless abstract method; make helpers static or default");
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.error(Tag.METHOD, method, "field " + name + "() must not have type parameters");
            ok = false;
        }
        Optional<AnnotationMirror> bitsAnnotation = AnnotationValues.find(method, AnnotationValues.BITS);
        AnnotationMirror bits = bitsAnnotation.orElse(null);
        AnnotationValue widthValue = bits == null ? null : AnnotationValues.explicit(bits, "value").orElse(null);
        AnnotationValue atValue = bits == null ? null : AnnotationValues.explicit(bits, "at").orElse(null);
        AnnotationValue signedValue = bits == null ? null : AnnotationValues.explicit(bits, "signed").orElse(null);
        AnnotationValue countValue = bits == null ? null : AnnotationValues.explicit(bits, "count").orElse(null);
        // read explicit values through mirrors: an explicitly written @Bits(-1) is a width error, not "left out"
        boolean widthWritten = widthValue != null;
        int writtenWidth = widthWritten ? AnnotationValues.intValue(bits, "value", 0) : 0;
        int at = bits == null ? -1 : AnnotationValues.intValue(bits, "at", -1);
        boolean signed = bits != null && AnnotationValues.booleanValue(bits, "signed");
        int count = bits == null ? 0 : AnnotationValues.intValue(bits, "count", 0);
        AnnotationMirror bigEndian = AnnotationValues.find(method, AnnotationValues.BIG_ENDIAN).orElse(null);

        TypeMirror returnType = method.getReturnType();
        boolean array = returnType.getKind() == TypeKind.ARRAY;
        TypeMirror elementType = array ? ((ArrayType) returnType).getComponentType() : returnType;
        if (array && elementType.getKind() == TypeKind.ARRAY) {
            reportUnsupportedType(method, returnType, report);
            return Optional.empty();
        }
        FieldKind kind;
        EnumModel enumModel = null;
        NestedModel nested = null;
        int width;
        switch (elementType.getKind()) {
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
                unresolved.add(elementType.toString());
                return Optional.empty();
            }
            case DECLARED -> {
                TypeElement typeElement = (TypeElement) ((DeclaredType) elementType).asElement();
                if (typeElement.getKind() == ElementKind.ENUM && !array) {
                    kind = FieldKind.ENUM;
                    EnumCache.EnumRead enumRead = enums.read(typeElement);
                    checkAccessible(method, typeElement, report);
                    if (!enumRead.valid()) {
                        report.blockedByAnotherType(); // its codes' errors are printed on the enum, once
                        return Optional.empty();
                    }
                    enumModel = enumRead.model();
                    int needed = EnumReader.bitsFor(enumModel.maxCode());
                    width = widthWritten ? writtenWidth : needed;
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
                enumModel, nested, elements.getDocComment(method), signed, bigEndian != null, bigEndian,
                array ? count : 0);
        ok &= checkWidth(field, widthWritten, report);
        if (at < -1) {
            field.errorOnPosition(report, Tag.POSITION, "field " + name + "(): @Bits(at = " + at
                    + ") must be a bit position, 0 or more (or left out to follow the previous field)");
            ok = false;
        }
        ok &= checkCount(field, array, countValue, count, report);
        ok &= checkSigned(field, signedValue, report);
        ok &= checkBigEndian(field, report);
        return ok ? Optional.of(field) : Optional.empty();
    }

    /** An array needs a count of 1 or more; a field that is not an array takes none. */
    private static boolean checkCount(DeclaredField field, boolean array, AnnotationValue countValue, int count,
            ValidationReport report) {
        String name = field.name();
        if (array && countValue == null) {
            report.error(Tag.COUNT, field.method(), field.bits(), null, "field " + name + "() has the unsupported"
                    + " type " + field.method().getReturnType() + " without a length: an array field needs"
                    + " @Bits(count = n), its number of elements (C's `u32 " + name + "[8]` is"
                    + " @Bits(value = 32, count = 8))");
            return false;
        }
        if (array && count < 1) {
            report.error(Tag.COUNT, field.method(), field.bits(), countValue, "array field " + name
                    + "() has @Bits(count = " + count + "), but an array has 1 element or more");
            return false;
        }
        if (!array && countValue != null) {
            report.error(Tag.COUNT, field.method(), field.bits(), countValue, "field " + name
                    + "() has @Bits(count = " + count + "), but count is for array fields; declare it as an array"
                    + " (int[], long[], boolean[] or an array of a @Bitfield type) or leave count out");
            return false;
        }
        if (array && (long) count * field.width() > MAX_STRUCT_BITS) {
            report.error(Tag.COUNT, field.method(), field.bits(), countValue, "array field " + name
                    + "() has " + count + " elements of " + field.width() + " bits, more than the " + MAX_STRUCT_BITS
                    + " bits a struct can have");
            return false;
        }
        return true;
    }

    /** Only int and long fields have a sign (C {@code int x : w}). */
    private static boolean checkSigned(DeclaredField field, AnnotationValue signedValue, ValidationReport report) {
        if (!field.signed() || field.kind() == FieldKind.INT || field.kind() == FieldKind.LONG) {
            return true;
        }
        String what = switch (field.kind()) {
            case BOOLEAN -> "a boolean is one bit with no sign";
            case ENUM -> "an enum field holds unsigned codes";
            default -> "a nested @Bitfield holds a word of fields, whose own fields can be signed";
        };
        report.error(Tag.SIGNED, field.method(), field.bits(), signedValue, "field " + field.name()
                + "() is @Bits(signed = true), but " + what + "; signed is for int and long fields, leave it out");
        return false;
    }

    /** Only whole 16/32/64-bit values have a byte order. Byte alignment is the layout's to check. */
    private static boolean checkBigEndian(DeclaredField field, ValidationReport report) {
        if (!field.bigEndian()) {
            return true;
        }
        boolean typeOk = field.kind() == FieldKind.INT || field.kind() == FieldKind.LONG
                || (field.kind() == FieldKind.NESTED && !field.isNestedStruct());
        if (!typeOk) {
            field.errorOnBigEndian(report, Tag.BIG_ENDIAN, "@BigEndian on " + field.name() + "(), a "
                    + (field.isNestedStruct() ? "nested struct" : field.kind().javaName()) + " field: only an int"
                    + " or long field, a nested word @Bitfield, or an array of them, of 16, 32 or 64 bits has a byte"
                    + " order" + (field.isNestedStruct() ? "; put @BigEndian on the nested struct's own fields" : ""));
            return false;
        }
        int width = field.width();
        if (width != 16 && width != 32 && width != 64) {
            field.errorOnBigEndian(report, Tag.BIG_ENDIAN, "@BigEndian field " + field.name() + "() is "
                    + width + " bits wide, but only 16, 32 and 64-bit fields (C __be16, __be32, __be64) have a byte"
                    + " order; make it @Bits(16), @Bits(32) or @Bits(64), or remove @BigEndian");
            return false;
        }
        return true;
    }

    private static boolean checkWidth(DeclaredField field, boolean widthWritten, ValidationReport report) {
        String name = field.name();
        if (field.kind() != FieldKind.BOOLEAN && field.kind() != FieldKind.ENUM
                && field.kind() != FieldKind.NESTED && !widthWritten) {
            report.error(Tag.WIDTH, field.method(), "field " + name + "() needs a width: annotate it with"
                    + " @Bits(n), n from 1 to " + (field.kind() == FieldKind.INT ? 32 : 64));
            return false;
        }
        int width = field.width();
        switch (field.kind()) {
            case BOOLEAN -> {
                if (width != 1) {
                    field.errorOnWidth(report, Tag.WIDTH, "boolean field " + name + "() is 1 bit wide, not "
                            + width + "; use int for a wider field");
                    return false;
                }
            }
            case INT -> {
                if (width < 1 || width > 32) {
                    field.errorOnWidth(report, Tag.WIDTH, "int field " + name + "() is @Bits(" + width
                            + "), but an int field holds 1 to 32 bits" + (width > 32 ? "; declare it long" : ""));
                    return false;
                }
            }
            case LONG -> {
                if (width < 1 || width > 64) {
                    field.errorOnWidth(report, Tag.WIDTH, "long field " + name + "() is @Bits(" + width
                            + "), but a long field holds 1 to 64 bits");
                    return false;
                }
            }
            case ENUM -> {
                EnumModel enumModel = field.enumModel();
                String enumName = enumModel.type().simpleName();
                if (width < 1 || width > 32) {
                    field.errorOnWidth(report, Tag.WIDTH, "enum field " + name + "() is " + width
                            + " bits wide, but an enum field holds 1 to 32 bits");
                    return false;
                }
                for (var constant : enumModel.constants()) {
                    if (constant.code() > FieldModel.lowMask(width)) {
                        field.errorOnWidth(report, Tag.WIDTH, "enum field " + name + "() is " + width
                                + " bits wide, but " + enumName + "." + constant.name() + " has the code "
                                + constant.code() + ", which needs " + EnumReader.bitsFor(constant.code()) + " bits");
                        return false;
                    }
                }
            }
            case NESTED -> {
                NestedModel nested = field.nested();
                if (width != nested.bits()) {
                    field.errorOnWidth(report, Tag.WIDTH, "field " + name + "() has the @Bitfield type "
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
            report.error(Tag.CYCLE, method, "field " + name + "() nests " + nestedType.getSimpleName()
                    + " inside itself (" + cycle + "); a union cannot contain itself");
            return null;
        }
        Result inner = read(nestedType, nesting);
        if (inner instanceof Deferred deferred) {
            unresolved.addAll(deferred.unresolvedTypes());
            return null;
        }
        if (inner instanceof Invalid invalid) {
            List<Problem> problems = invalid.report().problems();
            if (!problems.isEmpty() && problems.stream().allMatch(p -> p.tag() == Tag.CYCLE)) {
                report.error(Tag.CYCLE, method, "field " + name + "() nests " + nestedType.getSimpleName()
                        + ", which contains " + nesting.getLast().getSimpleName()
                        + " again; a union cannot contain itself");
            } else {
                report.error(Tag.NESTED, method, "field " + name + "() has the @Bitfield type "
                        + nestedType.getSimpleName() + ", which has errors of its own (reported on it"
                        + (problems.isEmpty() ? "s enum types" : "") + "); fix those first");
            }
            return null;
        }
        return new NestedModel(((Valid) inner).model());
    }

    /** The generated class lives in the declaration's package: the enum must be visible from there. */
    private void checkAccessible(ExecutableElement method, TypeElement type, ValidationReport report) {
        String from = elements.getPackageOf(method).getQualifiedName().toString();
        String to = elements.getPackageOf(type).getQualifiedName().toString();
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            boolean hidden = e.getModifiers().contains(Modifier.PRIVATE)
                    || (!e.getModifiers().contains(Modifier.PUBLIC) && !from.equals(to));
            if (hidden) {
                report.error(Tag.TYPE, method, "field " + method.getSimpleName() + "() has the type "
                        + type.getSimpleName() + ", which " + e.getSimpleName() + " makes invisible from package "
                        + (from.isEmpty() ? "(default)" : from) + ", where the generated class lives; make it "
                        + (from.equals(to) ? "non-private" : "public"));
                return;
            }
        }
    }

    private static void reportUnsupportedType(ExecutableElement method, TypeMirror type, ValidationReport report) {
        report.error(Tag.TYPE, method, "field " + method.getSimpleName() + "() has the unsupported type "
                + type + "; a field is boolean, int, long, an enum, or another @Bitfield interface, or an array of"
                + " boolean, int, long or a @Bitfield interface with @Bits(count = n)");
    }
}
