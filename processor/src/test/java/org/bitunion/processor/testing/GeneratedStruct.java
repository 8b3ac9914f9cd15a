package org.bitunion.processor.testing;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.MemoryProbes.Leaf;

/**
 * Calls the memory accessors of a generated {@code ...Bits} class by reflection, with the names CONTRACT.md
 * section 4 fixes: for a struct ({@code bits > 64}) {@code foo(byte[] bytes, int offset[, int index])} and
 * {@code setFoo(bytes, offset[, index], value)}, the same over {@code ByteBuffer}, flattened {@code outerInner}
 * accessors for nested structs, {@code fooCode}/{@code setFooCode} for enums, {@code SIZE} and the
 * {@code FOO_OFFSET_BITS}/{@code FOO_WIDTH}/{@code FOO_COUNT} constants; for a word union {@code load}/{@code store}
 * around the word accessors of {@link GeneratedBitfield}. Values travel raw, as in {@link MemoryProbes}: the bits
 * stored, zero-extended.
 */
public final class GeneratedStruct {
    /** A call to generated code, which may throw anything. */
    public interface Call {
        void run() throws Throwable;
    }

    /** Which accessors a call goes through. */
    public enum Memory { BYTE_ARRAY, BYTE_BUFFER }

    private final BitfieldSpec spec;
    private final Class<?> bitsClass;
    private final CompiledClasses classes;
    private final GeneratedBitfield word;
    private final Map<String, Class<?>> enumClasses = new HashMap<>();

    public GeneratedStruct(BitfieldSpec spec, CompiledClasses classes) {
        this.spec = spec;
        this.classes = classes;
        this.bitsClass = classes.load(spec.generatedClassName());
        this.word = spec.wide() ? null : new GeneratedBitfield(spec, classes);
    }

    public BitfieldSpec spec() {
        return spec;
    }

    public Class<?> bitsClass() {
        return bitsClass;
    }

    private Class<?> enumClass(BitfieldSpec owner, BitfieldSpec.EnumSpec type) {
        return enumClasses.computeIfAbsent(owner.enumClassName(type), classes::load);
    }

    private static Class<?> wordType(BitfieldSpec type) {
        return type.longWord() ? long.class : int.class;
    }

    /** The Java type of a leaf's value. */
    public Class<?> javaType(Leaf leaf) {
        FieldSpec field = leaf.field();
        return switch (field.kind()) {
            case BOOLEAN -> boolean.class;
            case INT -> int.class;
            case LONG -> long.class;
            case NESTED -> wordType(field.nested());
            case ENUM -> enumClass(leaf.owner(), field.enumType());
        };
    }

    /** The Java value for a raw value: sign-extended for a signed field, the enum constant with that code. */
    public Object javaValue(Leaf leaf, long raw) {
        FieldSpec field = leaf.field();
        long value = leaf.signedValue(raw);
        return switch (field.kind()) {
            case BOOLEAN -> raw != 0;
            case INT -> (int) value;
            case LONG -> value;
            case NESTED -> field.nested().longWord() ? (Object) raw : (Object) (int) raw;
            case ENUM -> {
                int index = field.enumType().indexOfCode(raw);
                if (index < 0) {
                    throw new IllegalArgumentException("no constant of " + field.enumType().name() + " has code " + raw);
                }
                yield enumClass(leaf.owner(), field.enumType()).getEnumConstants()[index];
            }
        };
    }

    /** The raw value (bits, zero-extended to the leaf's width) of a Java value. */
    public long rawValue(Leaf leaf, Object value) {
        long raw;
        if (value instanceof Boolean b) {
            raw = b ? 1 : 0;
        } else if (value instanceof Integer i) {
            raw = i;
        } else if (value instanceof Long l) {
            raw = l;
        } else if (value instanceof Enum<?> e) {
            raw = leaf.field().enumType().codeOf(e.ordinal());
        } else {
            throw new AssertionError("unexpected value " + value);
        }
        return raw & BitMath.ones(leaf.width());
    }

    // ------------------------------------------------------------------------------------------- struct access

    private Object[] arguments(Object memory, int offset, Leaf leaf, Object... tail) {
        List<Object> args = new ArrayList<>();
        args.add(memory);
        args.add(offset);
        args.addAll(leaf.indices());
        args.addAll(Arrays.asList(tail));
        return args.toArray();
    }

    private Class<?>[] parameters(Memory memory, Leaf leaf, Class<?>... tail) {
        List<Class<?>> types = new ArrayList<>();
        types.add(memory == Memory.BYTE_ARRAY ? byte[].class : ByteBuffer.class);
        types.add(int.class);
        for (int i = 0; i < leaf.indices().size(); i++) {
            types.add(int.class);
        }
        types.addAll(Arrays.asList(tail));
        return types.toArray(new Class<?>[0]);
    }

    /** {@code setFoo(memory, offset[, index], value)}: exceptions thrown by the generated code propagate. */
    public void set(Memory memory, Object target, int offset, Leaf leaf, long raw) throws Throwable {
        if (!spec.wide()) {
            long before = load(memory, target, offset);
            long after = word.with(leaf.field(), leaf.path().get(0).index(), before, javaValue(leaf, raw));
            store(memory, target, offset, after);
            return;
        }
        setValue(memory, target, offset, leaf, javaValue(leaf, raw));
    }

    /** {@code setFoo(memory, offset[, index], value)} with a Java value as given (to test rejected values). */
    public void setValue(Memory memory, Object target, int offset, Leaf leaf, Object value) throws Throwable {
        if (!spec.wide()) {
            store(memory, target, offset, word.with(leaf.field(), leaf.path().get(0).index(),
                    load(memory, target, offset), value));
            return;
        }
        Method method = method("set" + capitalize(leaf.accessorName()), parameters(memory, leaf, javaType(leaf)));
        invoke(method, arguments(target, offset, leaf, value));
    }

    /** {@code setFooCode(memory, offset[, index], code)} of an enum leaf. */
    public void setCode(Memory memory, Object target, int offset, Leaf leaf, int code) throws Throwable {
        Method method = method("set" + capitalize(leaf.accessorName()) + "Code",
                parameters(memory, leaf, int.class));
        invoke(method, arguments(target, offset, leaf, code));
    }

    /** {@code foo(memory, offset[, index])}: the getter's Java value. */
    public Object get(Memory memory, Object target, int offset, Leaf leaf) throws Throwable {
        if (!spec.wide()) {
            return word.get(leaf.field(), leaf.path().get(0).index(), load(memory, target, offset));
        }
        return invoke(method(leaf.accessorName(), parameters(memory, leaf)), arguments(target, offset, leaf));
    }

    /** {@code fooCode(memory, offset[, index])} of an enum leaf. */
    public int code(Memory memory, Object target, int offset, Leaf leaf) throws Throwable {
        if (!spec.wide()) {
            return word.code(leaf.field(), load(memory, target, offset));
        }
        return (Integer) invoke(method(leaf.accessorName() + "Code", parameters(memory, leaf)),
                arguments(target, offset, leaf));
    }

    /** {@code toString(bytes, offset)} of a struct. */
    public String toString(byte[] bytes, int offset) throws Throwable {
        return (String) invoke(method("toString", byte[].class, int.class), bytes, offset);
    }

    /** {@code fooOffset(offset[, index])}: the byte offset of a nested struct field. */
    public int nestedOffset(FieldSpec field, int offset, int index) throws Throwable {
        if (field.isArray()) {
            return (Integer) invoke(method(field.name() + "Offset", int.class, int.class), offset, index);
        }
        return (Integer) invoke(method(field.name() + "Offset", int.class), offset);
    }

    // --------------------------------------------------------------------------------------- word load/store

    /** {@code load(memory, offset)} of a word union, zero-extended to a long. */
    public long load(Memory memory, Object target, int offset) throws Throwable {
        Class<?> type = memory == Memory.BYTE_ARRAY ? byte[].class : ByteBuffer.class;
        Object value = invoke(method("load", type, int.class), target, offset);
        return value instanceof Integer i ? i & 0xFFFF_FFFFL : (Long) value;
    }

    /** {@code store(memory, offset, word)} of a word union. */
    public void store(Memory memory, Object target, int offset, long value) throws Throwable {
        Class<?> type = memory == Memory.BYTE_ARRAY ? byte[].class : ByteBuffer.class;
        Class<?> w = wordType(spec);
        invoke(method("store", type, int.class, w), target, offset, spec.longWord() ? (Object) value : (Object) (int) value);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** A {@code static final int} (or long) constant. */
    public long constant(String name) {
        try {
            Field field = bitsClass.getField(name);
            Object value = field.get(null);
            return value instanceof Integer i ? i : (Long) value;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new AssertionError(spec.generatedClassName() + " has no public constant " + name, e);
        }
    }

    public boolean hasConstant(String name) {
        try {
            bitsClass.getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private Method method(String name, Class<?>... parameters) {
        try {
            return bitsClass.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(spec.generatedClassName() + " has no public method " + name
                    + Arrays.toString(parameters), e);
        }
    }

    private static Object invoke(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
