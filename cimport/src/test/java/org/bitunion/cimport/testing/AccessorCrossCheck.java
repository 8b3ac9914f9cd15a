package org.bitunion.cimport.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.cimport.ImportException;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.LayoutProbe;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.FieldType;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.JavaEnum;
import org.bitunion.cimport.mapping.JavaField;
import org.bitunion.cimport.mapping.ProbeLeaf;

/**
 * Checks the processor's accessors for imported declarations against gcc, byte for byte: for each scalar field and
 * a few values (all ones, lowest bit, highest bit, alternating bits; each enum code), a C program stores the value
 * into a zeroed struct and prints its bytes; the generated setter applied to zero must give the same bytes, and the
 * generated getter applied to gcc's bytes must give the value back.
 */
public final class AccessorCrossCheck {
    private final Toolchain toolchain;
    private final HeaderUnit unit;
    private final String packageName;
    private final ProcessedSources classes;

    public AccessorCrossCheck(Toolchain toolchain, HeaderUnit unit, String packageName, ProcessedSources classes) {
        this.toolchain = toolchain;
        this.unit = unit;
        this.packageName = packageName;
        this.classes = classes;
    }

    /**
     * One value of one field of top-level {@code decl}: {@code accessor} the generated accessor's name (flattened
     * for fields of nested structs), {@code bitOffset} where the field lies in the top-level record,
     * {@code index} the array element or -1, {@code word} for a nested word union (checked as its raw word).
     */
    private record Case(JavaDecl decl, JavaField field, ProbeLeaf probe, String accessor, long bitOffset,
            long index, long raw, boolean word, Owner owner) {}

    /**
     * The generated class whose accessor a case calls: {@code simpleName} (as {@code Outer_Union1Bits}), lying at
     * bit {@code at} of the top-level record, {@code bits} wide (64 or less: a word union's word API).
     */
    private record Owner(String simpleName, long at, long bits) {}

    /** The number of values checked per declaration, and a description of each disagreement. */
    public record Report(Map<JavaDecl, Integer> checked, Map<JavaDecl, List<String>> failures) {}

    public Report check(List<JavaDecl> decls, Path work) throws ImportException {
        List<Case> cases = new ArrayList<>();
        for (JavaDecl decl : decls) {
            collect(decl, decl.fields(), "", 0, new Owner(decl.simpleName() + "Bits", 0, decl.bits()),
                    decl.simpleName(), null, cases);
        }
        StringBuilder program = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include <string.h>\n")
                .append(unit.includes())
                .append("static void dump(int c, const void *p, size_t n) {\n"
                        + "    const unsigned char *b = p;\n    printf(\"%d\", c);\n"
                        + "    for (size_t i = 0; i < n; i++) printf(\" %02x\", b[i]);\n    printf(\"\\n\");\n}\n"
                        + "int main(void) {\n");
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String type = LayoutProbe.cTypeName(c.decl().record());
            program.append("    ").append(block(c, type, "dump(" + i + ", &s, sizeof s);")).append('\n');
        }
        program.append("    return 0;\n}\n");
        Map<Integer, byte[]> gccBytes = run(program.toString(), work);

        Map<JavaDecl, Integer> checked = new HashMap<>();
        Map<JavaDecl, List<String>> failures = new HashMap<>();
        for (JavaDecl decl : decls) {
            checked.put(decl, 0);
        }
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String failure;
            try {
                failure = compare(c, gccBytes.get(i));
            } catch (RuntimeException | ReflectiveOperationException e) {
                failure = "threw " + e;
            }
            checked.merge(c.decl(), 1, Integer::sum);
            if (failure != null) {
                failures.computeIfAbsent(c.decl(), key -> new ArrayList<>()).add(c.decl().simpleName() + "."
                        + c.accessor() + (c.index() >= 0 ? "[" + c.index() + "]" : "") + " = 0x" + Long.toHexString(c.raw()) + ": " + failure);
            }
        }
        return new Report(checked, failures);
    }

    /**
     * The cases for {@code fields}, which lie at bit {@code base} of the top-level record; {@code path} names their
     * interface as the generated class does ({@code Outer_Union1}); {@code cPath} the C member of the top-level
     * record that holds them when they are a named record's own fields (their probes then start at that member),
     * else null.
     */
    private static void collect(JavaDecl top, List<JavaField> fields, String prefix, long base, Owner owner,
            String path, String cPath, List<Case> cases) {
        for (JavaField field : fields) {
            String accessor = prefix.isEmpty() ? field.name() : prefix + capitalize(field.name());
            if (field.type() instanceof FieldType.Nested nested) {
                if (field.array()) {
                    continue;
                }
                JavaDecl inner = nested.decl();
                if (inner.bits() > 64) {
                    // Through the outer struct's flattened accessors: an unnamed struct's members' C expressions
                    // start at s; a named struct's start at the member that holds it (it is also checked as a
                    // declaration of its own).
                    String innerPath = inner.record().unnamed() ? cPath
                            : relocate(cPath, field.probe()).path();
                    collect(top, inner.fields(), accessor, base + field.at(), owner, path, innerPath, cases);
                    continue;
                }
                long width = inner.bits();
                long mask = width == 64 ? -1L : (1L << width) - 1;
                for (long raw : List.of(mask, 1L, 0x5a5a5a5a5a5a5a5aL & mask)) {
                    cases.add(new Case(top, field, null, accessor, base + field.at(), -1, raw, true, owner));
                }
                if (inner.record().unnamed()) {
                    // Its own fields, through its own generated class, on the word where it lies.
                    String innerPath = path + "_" + inner.simpleName();
                    collect(top, inner.fields(), "", base + field.at(),
                            new Owner(innerPath + "Bits", base + field.at(), width), innerPath, cPath, cases);
                }
                continue;
            }
            if (field.probe() == null) {
                continue;
            }
            List<Long> indexes = field.array()
                    ? List.of(0L, field.count() / 2, field.count() - 1).stream().distinct().toList()
                    : List.of(-1L);
            for (long index : indexes) {
                for (long raw : values(field)) {
                    cases.add(new Case(top, field, relocate(cPath, field.probe()), accessor, base + field.at(),
                            index, raw, false, owner));
                }
            }
        }
    }

    /** {@code probe} of a named record's field, as reached from the top-level record through member {@code cPath}. */
    private static ProbeLeaf relocate(String cPath, ProbeLeaf probe) {
        return cPath == null ? probe
                : new ProbeLeaf("s." + cPath + "." + probe.path(), probe.store(), probe.bitOffset(), probe.width());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<Long> values(JavaField field) {
        long width = field.width();
        if (field.type() == FieldType.Scalar.BOOLEAN) {
            return List.of(1L);
        }
        if (field.type() instanceof FieldType.EnumRef enumRef) {
            return enumRef.type().constants().stream().map(JavaEnum.Constant::code).toList();
        }
        long mask = width == 64 ? -1L : (1L << width) - 1;
        List<Long> values = new ArrayList<>(List.of(mask, 1L, 1L << (width - 1), 0x5a5a5a5a5a5a5a5aL & mask));
        return values.stream().distinct().toList();
    }

    /** A C block that stores the case's value into a zeroed {@code s} of {@code type}, then runs {@code then}. */
    private static String block(Case c, String type, String then) {
        ProbeLeaf probe = c.probe();
        String literal = "0x" + Long.toHexString(c.raw()) + "ULL";
        String zeroed = "{ " + type + " s; memset(&s, 0, sizeof s); ";
        if (c.word()) {
            // A nested union may be anonymous (no C expression names it): its bytes at its offset.
            return zeroed + "{ unsigned long long v = " + literal + "; memcpy((unsigned char *)&s + "
                    + c.bitOffset() / 8 + ", &v, " + c.field().width() / 8 + "); } " + then + " }";
        }
        if (c.index() >= 0) {
            // Element i of a (possibly multi-dimensional) array: its bytes, low bytes of v first (little-endian).
            String element = "(sizeof " + probe.lvalue() + " / " + c.field().count() + ")";
            return zeroed + "{ unsigned long long v = " + literal + "; memcpy(" + probe.address(type) + " + "
                    + c.index() + " * " + element + ", &v, " + element + "); } " + then + " }";
        }
        if (c.field().bigEndian()) {
            // The bytes as they lie in memory: under scalar_storage_order an assignment would swap them itself.
            // (gcc refuses the address of such a scalar, so the bytes go in at the member's offset).
            return zeroed + "{ unsigned long long v = " + literal + "; memcpy((unsigned char *)&s + "
                    + c.bitOffset() / 8 + ", &v, " + c.field().width() / 8 + "); } " + then + " }";
        }
        return probe.block(type, probe.store() == ProbeLeaf.Store.ONE ? "1" : literal, then);
    }

    private String compare(Case c, byte[] expected) throws ReflectiveOperationException {
        if (expected == null) {
            return "gcc printed nothing";
        }
        JavaDecl decl = c.decl();
        JavaField field = c.field();
        Owner owner = c.owner();
        Class<?> bits = classes.load((packageName.isEmpty() ? "" : packageName + ".") + owner.simpleName());
        String name = c.accessor();
        String capitalized = capitalize(name);
        boolean isEnum = field.type() instanceof FieldType.EnumRef;
        Object value = c.word() ? (field.width() > 32 ? (Object) c.raw() : (Object) (int) c.raw())
                : javaValue(field, c.raw());
        Class<?> parameter = c.word() ? (field.width() > 32 ? long.class : int.class) : parameterType(field);
        int size = (int) (decl.bits() / 8);
        byte[] actual;
        Object read;
        if (owner.bits() <= 64) {
            // A word union (the top-level record, or one nested in it): its word lies at the owner's offset.
            boolean longWord = owner.bits() > 32;
            int wordBytes = (int) (owner.bits() + 7) / 8;
            int wordOffset = (int) (owner.at() / 8);
            Class<?> word = longWord ? long.class : int.class;
            Object zero = longWord ? (Object) 0L : (Object) 0;
            Method with = method(bits, "with" + capitalized + (isEnum ? "Code" : ""), word, parameter);
            Object written = invoke(with, zero, value);
            actual = new byte[size];
            byte[] wordInMemory = littleEndian(longWord ? (Long) written : (Integer) written & 0xffffffffL,
                    wordBytes);
            System.arraycopy(wordInMemory, 0, actual, wordOffset, wordBytes);
            long fromGcc = fromLittleEndian(java.util.Arrays.copyOfRange(expected, wordOffset,
                    wordOffset + wordBytes));
            Object gccWord = longWord ? (Object) fromGcc : (Object) (int) fromGcc;
            read = invoke(method(bits, name + (isEnum ? "Code" : ""), word), gccWord);
        } else if (c.index() >= 0) {
            int index = (int) c.index();
            actual = new byte[size];
            invoke(method(bits, "set" + capitalized, byte[].class, int.class, int.class, parameter),
                    actual, 0, index, value);
            read = invoke(method(bits, name, byte[].class, int.class, int.class), expected.clone(), 0,
                    index);
        } else {
            actual = new byte[size];
            invoke(method(bits, "set" + capitalized + (isEnum ? "Code" : ""), byte[].class, int.class,
                    parameter), actual, 0, value);
            read = invoke(method(bits, name + (isEnum ? "Code" : ""), byte[].class, int.class),
                    expected.clone(), 0);
        }
        if (!java.util.Arrays.equals(actual, expected)) {
            return "the setter gives " + hex(actual) + ", gcc " + hex(expected);
        }
        if (!value.equals(read)) {
            return "the getter reads " + read + " from gcc's bytes, expected " + value;
        }
        return null;
    }

    private static Class<?> parameterType(JavaField field) {
        if (field.type() == FieldType.Scalar.BOOLEAN) {
            return boolean.class;
        }
        return field.type() == FieldType.Scalar.LONG ? long.class : int.class;
    }

    /** The value Java should see for raw C bits: sign-extended when signed, byte-swapped when big-endian. */
    private static Object javaValue(JavaField field, long raw) {
        long width = field.width();
        long value = raw;
        if (field.bigEndian()) {
            value = Long.reverseBytes(value) >>> (64 - width);
        }
        if (field.signed() && width < 64) {
            value = value << (64 - width) >> (64 - width);
        }
        if (field.type() == FieldType.Scalar.BOOLEAN) {
            return value != 0;
        }
        return field.type() == FieldType.Scalar.LONG ? (Object) value : (Object) (int) value;
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        return type.getMethod(name, parameters);
    }

    private static Object invoke(Method method, Object... args) throws IllegalAccessException {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(method.getName() + " threw " + e.getCause(), e.getCause());
        }
    }

    private static byte[] littleEndian(long word, int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (word >>> (8 * i));
        }
        return bytes;
    }

    private static long fromLittleEndian(byte[] bytes) {
        long word = 0;
        for (int i = 0; i < bytes.length; i++) {
            word |= (bytes[i] & 0xffL) << (8 * i);
        }
        return word;
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            text.append(String.format("%02x", b & 0xff));
        }
        return text.toString();
    }

    private Map<Integer, byte[]> run(String program, Path work) throws ImportException {
        try {
            java.nio.file.Files.writeString(work.resolve("values.c"), program);
        } catch (java.io.IOException e) {
            throw new ImportException(e.getMessage(), e);
        }
        List<String> arguments = new ArrayList<>(List.of("-w", "-O0"));
        arguments.addAll(unit.includeOptions());
        arguments.addAll(List.of("-o", "values", "values.c"));
        Toolchain.Output build = toolchain.gcc(work, arguments);
        if (build.status() != 0) {
            throw new ImportException("the value probe does not compile:\n" + build.stderr());
        }
        Toolchain.Output output = toolchain.program(work, work.resolve("values"));
        Map<Integer, byte[]> bytes = new HashMap<>();
        for (String line : output.stdout().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ");
            byte[] value = new byte[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                value[i - 1] = (byte) Integer.parseInt(parts[i], 16);
            }
            bytes.put(Integer.parseInt(parts[0]), value);
        }
        return bytes;
    }
}
