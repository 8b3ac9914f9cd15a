package org.bitunion.processor.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;
import org.bitunion.processor.testing.ByteModel;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.GeneratedStruct.Memory;
import org.bitunion.processor.testing.MemoryProbes;
import org.bitunion.processor.testing.MemoryProbes.Leaf;
import org.bitunion.processor.testing.MemoryProbes.Step;

/**
 * Checks one generated struct class against {@link ByteModel}: constants, then a random walk of setters (minimal,
 * maximal and random values, every array element reachable, the flattened fields of nested word unions too,
 * through {@code byte[]} and {@code ByteBuffer} in turn)
 * on the struct placed at a random offset in a buffer of random bytes, where after every call the whole buffer must
 * equal the model's and every getter must read back what the model holds; then calls that must fail with memory
 * unchanged: values out of range, {@code null} enums, offsets and indices out of bounds; and {@code toString}.
 * Throws {@link AssertionError} describing the first disagreement.
 */
final class StructRoundTripCheck {
    private final GeneratedStruct generated;
    private final BitfieldSpec spec;
    private final Random random;
    private final List<Leaf> leaves;

    StructRoundTripCheck(GeneratedStruct generated, Random random) {
        this.generated = generated;
        this.spec = generated.spec();
        this.random = random;
        this.leaves = allLeaves(spec, new ArrayList<>(), 0);
    }

    /** Every value of the struct, every array element included (the probes take a sample of long arrays). */
    private static List<Leaf> allLeaves(BitfieldSpec spec, List<Step> prefix, int base) {
        List<Leaf> leaves = new ArrayList<>();
        for (PlacedField placed : spec.layout()) {
            FieldSpec field = placed.field();
            for (int index = field.isArray() ? 0 : -1; index < placed.count(); index++) {
                List<Step> path = new ArrayList<>(prefix);
                path.add(new Step(spec, placed, index));
                int offset = base + placed.elementShift(Math.max(0, index));
                if (field.isNestedStruct()) {
                    leaves.addAll(allLeaves(field.nested(), path, offset));
                } else {
                    leaves.add(new Leaf(path, offset, placed.width()));
                    if (MemoryProbes.flattens(field)) {
                        MemoryProbes.addWordLeaves(field.nested(), path, offset, leaves);
                    }
                }
                if (index < 0) {
                    break;
                }
            }
        }
        return leaves;
    }

    void run() throws Throwable {
        checkConstants();
        int offset = random.nextInt(5);
        byte[] bytes = new byte[offset + spec.sizeBytes() + random.nextInt(5)];
        random.nextBytes(bytes);
        ByteModel model = new ByteModel(bytes);
        int steps = 3 * leaves.size() + 4;
        for (int step = 0; step < steps; step++) {
            Leaf leaf = leaves.get(random.nextInt(leaves.size()));
            long raw = randomRaw(leaf);
            Memory memory = random.nextInt(3) == 0 ? Memory.BYTE_BUFFER : Memory.BYTE_ARRAY;
            set(memory, bytes, offset, leaf, raw);
            model.store(8 * offset + leaf.bitOffset(), leaf.width(), raw, leaf.bigEndian());
            if (!model.sameAs(bytes)) {
                throw new AssertionError(String.format("set%s(%s, %d, raw 0x%x) left %s, the byte model says %s"
                        + " (differing bytes %s)", leaf.accessorName(), memory, offset, raw, ByteModel.hex(bytes),
                        ByteModel.hex(model.bytes()), ByteModel.differences(model.bytes(), bytes)));
            }
            if (step % 3 == 0 || step == steps - 1) {
                checkGetters(bytes, offset, model);
            }
        }
        checkRejections(bytes, offset);
        checkText(bytes, offset);
    }

    private void set(Memory memory, byte[] bytes, int offset, Leaf leaf, long raw) throws Throwable {
        if (memory == Memory.BYTE_ARRAY) {
            setOn(memory, bytes, offset, leaf, raw);
            return;
        }
        boolean direct = random.nextBoolean();
        ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(bytes.length) : ByteBuffer.allocate(bytes.length);
        buffer.order(random.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        buffer.put(0, bytes).position(random.nextInt(bytes.length + 1));
        setOn(memory, buffer, offset, leaf, raw);
        buffer.get(0, bytes);
    }

    /** Enums go through {@code setFooCode} now and then, the rest through the typed setter. */
    private void setOn(Memory memory, Object target, int offset, Leaf leaf, long raw) throws Throwable {
        if (leaf.field().kind() == Kind.ENUM && random.nextInt(3) == 0) {
            generated.setCode(memory, target, offset, leaf, (int) raw);
        } else {
            generated.set(memory, target, offset, leaf, raw);
        }
    }

    private void checkConstants() {
        expect("SIZE", spec.sizeBytes(), generated.constant("SIZE"));
        for (PlacedField placed : spec.layout()) {
            String prefix = placed.field().constantPrefix();
            expect(prefix + "_OFFSET_BITS", placed.shift(), generated.constant(prefix + "_OFFSET_BITS"));
            expect(prefix + "_WIDTH", placed.width(), generated.constant(prefix + "_WIDTH"));
            if (placed.field().isArray()) {
                expect(prefix + "_COUNT", placed.count(), generated.constant(prefix + "_COUNT"));
            }
        }
    }

    private static void expect(String what, long expected, long actual) {
        if (expected != actual) {
            throw new AssertionError(what + " is " + actual + ", expected " + expected);
        }
    }

    /** A raw value: the minimum, the maximum or random bits (an enum: a defined code). */
    private long randomRaw(Leaf leaf) {
        FieldSpec field = leaf.field();
        if (field.kind() == Kind.ENUM) {
            return field.enumType().codeOf(random.nextInt(field.enumType().constants().size()));
        }
        return switch (random.nextInt(5)) {
            case 0 -> leaf.min();
            case 1 -> leaf.max();
            case 2 -> leaf.distinctBytes();
            default -> random.nextLong() & leaf.ones();
        };
    }

    private void checkGetters(byte[] bytes, int offset, ByteModel model) throws Throwable {
        for (Leaf leaf : leaves) {
            long raw = model.load(8 * offset + leaf.bitOffset(), leaf.width(), leaf.bigEndian());
            FieldSpec field = leaf.field();
            if (field.kind() == Kind.ENUM) {
                int code = generated.code(Memory.BYTE_ARRAY, bytes, offset, leaf);
                if (code != (int) raw) {
                    throw new AssertionError(leaf.accessorName() + "Code = " + code + ", the byte model holds " + raw);
                }
                if (field.enumType().indexOfCode(raw) < 0) {
                    expectUndefinedCode(bytes, offset, leaf, raw);
                    continue;
                }
            }
            Object expected = generated.javaValue(leaf, raw);
            Memory memory = random.nextInt(4) == 0 ? Memory.BYTE_BUFFER : Memory.BYTE_ARRAY;
            Object target = memory == Memory.BYTE_ARRAY ? bytes : ByteBuffer.wrap(bytes.clone());
            Object actual = generated.get(memory, target, offset, leaf);
            if (!Objects.equals(expected, actual)) {
                throw new AssertionError(String.format("%s(%s) = %s, the byte model holds raw 0x%x (expected %s)",
                        leaf.accessorName(), leaf.name(), actual, raw, expected));
            }
        }
    }

    private void expectUndefinedCode(byte[] bytes, int offset, Leaf leaf, long code) throws Throwable {
        try {
            Object value = generated.get(Memory.BYTE_ARRAY, bytes, offset, leaf);
            throw new AssertionError(leaf.accessorName() + " with undefined code " + code + " returned " + value);
        } catch (IllegalArgumentException expected) {
            if (!String.valueOf(expected.getMessage()).contains(leaf.field().name())) {
                throw new AssertionError("undefined code " + code + ": the message does not name the field: "
                        + expected.getMessage());
            }
        }
    }

    /** Every failing call throws the contract's exception and leaves every byte as it was. */
    private void checkRejections(byte[] bytes, int offset) throws Throwable {
        byte[] before = bytes.clone();
        Leaf leaf = leaves.get(random.nextInt(leaves.size()));
        FieldSpec field = leaf.field();
        Object valid = generated.javaValue(leaf, leaf.field().kind() == Kind.ENUM ? leaf.min() : 0);
        int tooFar = bytes.length - spec.sizeBytes() + 1;
        for (int badOffset : new int[] {-1, tooFar, Integer.MAX_VALUE}) {
            expectFailure(IndexOutOfBoundsException.class, "offset " + badOffset, bytes, before,
                    () -> generated.setValue(Memory.BYTE_ARRAY, bytes, badOffset, leaf, valid));
            expectFailure(IndexOutOfBoundsException.class, "read at offset " + badOffset, bytes, before,
                    () -> generated.get(Memory.BYTE_ARRAY, bytes, badOffset, leaf));
        }
        Step arrayStep = leaf.path().stream().filter(s -> s.field().isArray()).findFirst().orElse(null);
        if (arrayStep != null) {
            for (int badIndex : new int[] {-1, arrayStep.placed().count()}) {
                Leaf outside = withIndex(leaf, arrayStep, badIndex);
                expectFailure(IndexOutOfBoundsException.class, "index " + badIndex, bytes, before,
                        () -> generated.setValue(Memory.BYTE_ARRAY, bytes, offset, outside, valid));
            }
        }
        if (field.kind() == Kind.ENUM) {
            expectFailure(NullPointerException.class, "null", bytes, before,
                    () -> generated.setValue(Memory.BYTE_ARRAY, bytes, offset, leaf, null));
        } else if (field.kind() == Kind.INT || field.kind() == Kind.LONG
                || (field.kind() == Kind.NESTED && field.nested().bits() < 32)) {
            int valueBits = generated.javaType(leaf) == long.class ? 64 : 32;
            if (leaf.width() < valueBits) {
                long above = leaf.signed() ? 1L << (leaf.width() - 1) : 1L << leaf.width();
                long below = leaf.signed() ? -(1L << (leaf.width() - 1)) - 1 : -1;
                for (long bad : new long[] {above, below}) {
                    Object value = valueBits == 32 ? (Object) (int) bad : (Object) bad;
                    expectFailure(IllegalArgumentException.class, "value " + bad, bytes, before,
                            () -> generated.setValue(Memory.BYTE_ARRAY, bytes, offset, leaf, value));
                }
            }
        }
    }

    private static Leaf withIndex(Leaf leaf, Step arrayStep, int index) {
        List<Step> path = new ArrayList<>();
        for (Step step : leaf.path()) {
            path.add(step == arrayStep ? new Step(step.owner(), step.placed(), index) : step);
        }
        return new Leaf(path, leaf.bitOffset(), leaf.width());
    }

    interface Call {
        void run() throws Throwable;
    }

    private void expectFailure(Class<? extends Throwable> type, String what, byte[] bytes, byte[] before, Call call)
            throws Throwable {
        try {
            call.run();
            throw new AssertionError(what + ": no " + type.getSimpleName());
        } catch (Throwable e) {
            if (!type.isInstance(e)) {
                throw new AssertionError(what + ": threw " + e + " instead of " + type.getSimpleName(), e);
            }
        }
        if (!Arrays.equals(before, bytes)) {
            throw new AssertionError(what + ": the failed call changed bytes " + ByteModel.differences(before, bytes));
        }
    }

    private void checkText(byte[] bytes, int offset) throws Throwable {
        String text = generated.toString(bytes, offset);
        if (!text.startsWith(spec.name() + "{") || !text.endsWith("}")) {
            throw new AssertionError("toString = " + text);
        }
        List<PlacedField> layout = spec.layout();
        for (PlacedField placed : layout) {
            FieldSpec field = placed.field();
            String shown = shown(placed, bytes, offset, placed.equals(layout.get(layout.size() - 1)));
            String expected = field.name() + "=" + (shown == null ? "" : shown);
            if (!text.contains(expected)) {
                throw new AssertionError("toString does not show " + expected + ": " + text);
            }
        }
    }

    /**
     * How toString must show a top-level field (read from memory with the test's own model): booleans, signed values
     * sign-extended, unsigned ones as unsigned decimals, enum constants by name, arrays as {@code [a, b]}; null for
     * kinds whose text is only required to be there (nested unions and structs).
     */
    private String shown(PlacedField placed, byte[] bytes, int offset, boolean last) {
        FieldSpec field = placed.field();
        if (field.kind() == Kind.NESTED) {
            return null;
        }
        ByteModel model = new ByteModel(bytes);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < placed.count(); i++) {
            long raw = model.load(8 * offset + placed.elementShift(i), placed.width(), field.bigEndian());
            values.add(switch (field.kind()) {
                case BOOLEAN -> String.valueOf(raw != 0);
                case ENUM -> {
                    int index = field.enumType().indexOfCode(raw);
                    yield index < 0 ? String.valueOf(raw) : field.enumType().constants().get(index).name();
                }
                default -> field.signed() ? String.valueOf(ByteModel.signExtend(raw, placed.width()))
                        : Long.toUnsignedString(raw);
            });
        }
        String text = field.isArray() ? "[" + String.join(", ", values) + "]" : values.get(0);
        return text + (last ? "}" : ",");
    }
}
