package org.bitunion.processor.testing;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/**
 * Calls the generated {@code ...Bits} class of a {@link BitfieldSpec} by reflection, with the names fixed by
 * CONTRACT.md section 2. Words travel as {@code long}; for an {@code int} word only the low 32 bits count (see
 * {@link #word}). Values travel raw: 0/1 for boolean, the code for an enum, the inner word for a nested field.
 */
public final class GeneratedBitfield {
    private final BitfieldSpec spec;
    private final Class<?> bitsClass;
    private final Class<?> wordType;
    private final Map<String, Class<?>> enumClasses = new HashMap<>();
    private final CompiledClasses classes;

    public GeneratedBitfield(BitfieldSpec spec, CompiledClasses classes) {
        this.spec = spec;
        this.classes = classes;
        this.bitsClass = classes.load(spec.generatedClassName());
        this.wordType = spec.longWord() ? long.class : int.class;
        for (BitfieldSpec.EnumSpec enumSpec : spec.enums()) {
            enumClasses.put(enumSpec.name(), classes.load(spec.enumClassName(enumSpec)));
        }
    }

    public BitfieldSpec spec() {
        return spec;
    }

    /** The compilation the generated class came from. */
    public CompiledClasses classes() {
        return classes;
    }

    /** Keeps the bits a word of this declaration's type holds: the low 32 for an {@code int} word. */
    public long word(long value) {
        return spec.longWord() ? value : value & 0xFFFF_FFFFL;
    }

    private Object boxWord(long word) {
        return spec.longWord() ? (Object) word : (Object) (int) word;
    }

    private long unboxWord(Object word) {
        return spec.longWord() ? (Long) word : ((Integer) word) & 0xFFFF_FFFFL;
    }

    /**
     * The Java value {@code withX} takes for a raw value (the enum constant with that code; a signed field's raw bits
     * sign-extended from its width).
     */
    public Object javaValue(FieldSpec field, long raw) {
        long value = field.signed() ? ByteModel.signExtend(raw, field.effectiveWidth()) : raw;
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
                yield enumClass(field).getEnumConstants()[index];
            }
        };
    }

    /** The Java value the getter must return when the field's bits hold {@code raw} (for an enum: the constant). */
    public Object expectedGetterValue(FieldSpec field, long raw) {
        return javaValue(field, raw);
    }

    public Class<?> javaType(FieldSpec field) {
        return switch (field.kind()) {
            case BOOLEAN -> boolean.class;
            case INT -> int.class;
            case LONG -> long.class;
            case NESTED -> field.nested().longWord() ? long.class : int.class;
            case ENUM -> enumClass(field);
        };
    }

    private Class<?> enumClass(FieldSpec field) {
        return enumClasses.get(field.enumType().name());
    }

    /** {@code withX(word, value)}; exceptions thrown by the generated code propagate unwrapped. */
    public long with(FieldSpec field, long word, Object value) throws Throwable {
        return with(field, -1, word, value);
    }

    /** {@code withX(word, index, value)} of an array field, or {@code withX(word, value)} when index is -1. */
    public long with(FieldSpec field, int index, long word, Object value) throws Throwable {
        if (field.isArray()) {
            Method method = method("with" + field.capitalized(), wordType, int.class, javaType(field));
            return unboxWord(invoke(method, boxWord(word), index, value));
        }
        Method method = method("with" + field.capitalized(), wordType, javaType(field));
        return unboxWord(invoke(method, boxWord(word), value));
    }

    /** {@code x(word)}, the getter's Java value. */
    public Object get(FieldSpec field, long word) throws Throwable {
        return get(field, -1, word);
    }

    /** {@code x(word, index)} of an array field, or {@code x(word)} when index is -1. */
    public Object get(FieldSpec field, int index, long word) throws Throwable {
        if (field.isArray()) {
            return invoke(method(field.name(), wordType, int.class), boxWord(word), index);
        }
        return invoke(method(field.name(), wordType), boxWord(word));
    }

    /** {@code xCode(word)} of an enum field. */
    public int code(FieldSpec field, long word) throws Throwable {
        return (Integer) invoke(method(field.name() + "Code", wordType), boxWord(word));
    }

    public String toString(long word) throws Throwable {
        return (String) invoke(method("toString", wordType), boxWord(word));
    }

    public String diff(long before, long after) throws Throwable {
        return (String) invoke(method("diff", wordType, wordType), boxWord(before), boxWord(after));
    }

    /** A {@code static final int} or word-typed constant, as a long (an int mask zero-extended). */
    public long constant(String name) {
        try {
            Field field = bitsClass.getField(name);
            Object value = field.get(null);
            if (value instanceof Integer i) {
                return name.endsWith("_MASK") ? i & 0xFFFF_FFFFL : i;
            }
            return (Long) value;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new AssertionError(spec.generatedClassName() + " has no public constant " + name, e);
        }
    }

    private Method method(String name, Class<?>... parameters) {
        try {
            return bitsClass.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(spec.generatedClassName() + " has no public method " + name
                    + java.util.Arrays.toString(parameters), e);
        }
    }

    private static Object invoke(Method method, Object... args) throws Throwable {
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The same value in the field, or in every element of an array field. */
    private long withEveryElement(FieldSpec field, long word, Object value) throws Throwable {
        if (!field.isArray()) {
            return with(field, word, value);
        }
        for (int i = 0; i < field.count(); i++) {
            word = with(field, i, word, value);
        }
        return word;
    }

    /** The word this declaration's Java code gives for a {@link LayoutProbe}. */
    public long probe(LayoutProbe probe, FieldSpec field) throws Throwable {
        return switch (probe) {
            case MASK -> constant(field.constantPrefix() + "_MASK");
            case MAX, CLEAR -> word(withEveryElement(field, probe.startsAllOnes() ? -1L : 0L,
                    javaValue(field, probe.value(field))));
            case ALL_MAX -> {
                long word = 0;
                for (FieldSpec each : spec.fields()) {
                    word = withEveryElement(each, word, javaValue(each, probe.value(each)));
                }
                yield word(word);
            }
        };
    }
}
