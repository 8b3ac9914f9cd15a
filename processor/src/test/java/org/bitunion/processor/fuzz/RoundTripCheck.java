package org.bitunion.processor.fuzz;

import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.bitunion.processor.testing.BitMath;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;
import org.bitunion.processor.testing.GeneratedBitfield;

/**
 * Checks one generated class against {@link BitArrayModel}: constants, then a random walk of {@code with} calls
 * (minimal, maximal and random values, starting from a word full of random bits) where after every call the whole
 * word must equal the model's and every getter must read back what the model holds; then values that do not fit,
 * undefined enum codes, {@code toString} and {@code diff}. Throws {@link AssertionError} describing the first
 * disagreement.
 */
final class RoundTripCheck {
    private final GeneratedBitfield generated;
    private final BitfieldSpec spec;
    private final List<PlacedField> layout;
    private final Random random;

    RoundTripCheck(GeneratedBitfield generated, Random random) {
        this.generated = generated;
        this.spec = generated.spec();
        this.layout = spec.layout();
        this.random = random;
    }

    void run() throws Throwable {
        checkConstants();
        long word = generated.word(switch (random.nextInt(4)) {
            case 0 -> 0L;
            case 1 -> -1L;
            default -> random.nextLong();
        });
        BitArrayModel model = new BitArrayModel(spec.longWord(), word);
        int steps = 4 * layout.size() + 4;
        for (int step = 0; step < steps; step++) {
            PlacedField placed = layout.get(random.nextInt(layout.size()));
            int index = placed.field().isArray() ? random.nextInt(placed.count()) : -1;
            long raw = randomRaw(placed);
            long after = generated.word(generated.with(placed.field(), index, word,
                    generated.javaValue(placed.field(), raw)));
            model.store(placed.elementShift(Math.max(0, index)), placed.width(), wordBits(placed, raw));
            if (after != model.word()) {
                throw new AssertionError(String.format(
                        "with%s(0x%x, %s raw 0x%x) gave 0x%x, the bit model says 0x%x (bits differing: 0x%x; field"
                                + " mask 0x%x)", placed.field().capitalized(), word,
                        index < 0 ? "" : "index " + index + ",", raw, after, model.word(), after ^ model.word(),
                        placed.mask()));
            }
            word = after;
            checkGetters(word, model);
        }
        for (PlacedField placed : layout) {
            checkRejectsValuesThatDoNotFit(placed, word);
            checkUndefinedCode(placed, word);
        }
        checkTextMethods(word);
    }

    /**
     * The bits a raw value occupies in the word: itself, or for a {@code @BigEndian} field its bytes reversed, the
     * most significant at the lowest address (the low byte of the field in the little-endian stored word). The
     * reversal is its own inverse, so it also turns the word's bits back into the value.
     */
    private static long wordBits(PlacedField placed, long raw) {
        return placed.field().bigEndian() ? Long.reverseBytes(raw) >>> (64 - placed.width()) : raw;
    }

    private void checkConstants() {
        long fieldsMask = 0;
        for (PlacedField placed : layout) {
            String prefix = placed.field().constantPrefix();
            expect(prefix + "_SHIFT", placed.shift(), generated.constant(prefix + "_SHIFT"));
            expect(prefix + "_WIDTH", placed.width(), generated.constant(prefix + "_WIDTH"));
            expect(prefix + "_MASK", placed.mask(), generated.constant(prefix + "_MASK"));
            fieldsMask |= placed.mask();
        }
        expect("FIELDS_MASK", fieldsMask, generated.constant("FIELDS_MASK"));
    }

    private static void expect(String what, long expected, long actual) {
        if (expected != actual) {
            throw new AssertionError(what + " is 0x" + Long.toHexString(actual) + ", expected 0x"
                    + Long.toHexString(expected));
        }
    }

    /** A raw value for the field: its minimum, its maximum, or random (enum: a defined code). */
    private long randomRaw(PlacedField placed) {
        FieldSpec field = placed.field();
        if (field.kind() == Kind.ENUM) {
            return field.enumType().codeOf(random.nextInt(field.enumType().constants().size()));
        }
        long ones = BitMath.ones(placed.width());
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> ones;
            default -> random.nextLong() & ones;
        };
    }

    private void checkGetters(long word, BitArrayModel model) throws Throwable {
        for (PlacedField placed : layout) {
            if (placed.field().isArray()) {
                checkElements(word, model, placed);
                continue;
            }
            FieldSpec field = placed.field();
            long raw = wordBits(placed, model.load(placed.shift(), placed.width()));
            if (field.kind() == Kind.ENUM) {
                int code = generated.code(field, word);
                if (code != (int) raw) { // a 32-bit code with bit 31 set reads as a negative int
                    throw new AssertionError(String.format("%sCode(0x%x) = %d, the bit model holds %d",
                            field.name(), word, code, raw));
                }
                if (field.enumType().indexOfCode(raw) < 0) {
                    expectUndefinedCodeThrows(field, word, raw);
                    continue; // the random starting word can hold a code no constant has
                }
            }
            Object expected = generated.expectedGetterValue(field, raw);
            Object actual = generated.get(field, word);
            if (!Objects.equals(expected, actual)) {
                throw new AssertionError(String.format("%s(0x%x) = %s, the bit model holds 0x%x (expected %s)",
                        field.name(), word, actual, raw, expected));
            }
        }
    }

    /** Every element of an array field reads back; an index outside 0..count-1 throws IndexOutOfBoundsException. */
    private void checkElements(long word, BitArrayModel model, PlacedField placed) throws Throwable {
        FieldSpec field = placed.field();
        for (int i = 0; i < placed.count(); i++) {
            long raw = wordBits(placed, model.load(placed.elementShift(i), placed.width()));
            Object expected = generated.expectedGetterValue(field, raw);
            Object actual = generated.get(field, i, word);
            if (!Objects.equals(expected, actual)) {
                throw new AssertionError(String.format("%s(0x%x, %d) = %s, the bit model holds 0x%x (expected %s)",
                        field.name(), word, i, actual, raw, expected));
            }
        }
        for (int bad : new int[] {-1, placed.count()}) {
            try {
                long result = generated.with(field, bad, word, generated.javaValue(field, 0));
                throw new AssertionError("with" + field.capitalized() + "(index " + bad + ") returned 0x"
                        + Long.toHexString(result) + " instead of throwing IndexOutOfBoundsException");
            } catch (IndexOutOfBoundsException expected) {
                // as the contract says
            }
        }
    }

    /** Values outside the field's range throw IllegalArgumentException; an enum null, NullPointerException. */
    private void checkRejectsValuesThatDoNotFit(PlacedField placed, long word) throws Throwable {
        FieldSpec field = placed.field();
        if (field.kind() == Kind.ENUM) {
            expectThrows(NullPointerException.class, field, word, null, "null");
            return;
        }
        if (field.kind() == Kind.BOOLEAN) {
            return;
        }
        int valueBits = field.kind() == Kind.LONG || (field.kind() == Kind.NESTED && field.nested().longWord())
                ? 64 : 32;
        int width = placed.width();
        if (width >= valueBits) {
            return; // a field that fills its whole int/long takes every value
        }
        if (field.signed()) {
            // int x : w takes -2^(w-1) .. 2^(w-1)-1: one past either end is out.
            long above = 1L << (width - 1);
            long below = -above - 1;
            for (long bad : new long[] {above, below}) {
                Object value = valueBits == 32 ? (Object) (int) bad : (Object) bad;
                expectThrows(IllegalArgumentException.class, field, word, value, String.valueOf(value));
            }
            return;
        }
        long tooBig = 1L << width; // for width 31 of an int (63 of a long) this is the negative minimum: also out
        Object tooBigValue = valueBits == 32 ? (Object) (int) tooBig : (Object) tooBig;
        Object minusOne = valueBits == 32 ? (Object) (-1) : (Object) (-1L);
        expectThrows(IllegalArgumentException.class, field, word, tooBigValue, String.valueOf(tooBigValue));
        expectThrows(IllegalArgumentException.class, field, word, minusOne, "-1");
    }

    private void expectThrows(Class<? extends Throwable> type, FieldSpec field, long word, Object value,
            String shown) throws Throwable {
        try {
            long result = generated.with(field, field.isArray() ? 0 : -1, word, value);
            throw new AssertionError(String.format("with%s(0x%x, %s) returned 0x%x instead of throwing %s",
                    field.capitalized(), word, shown, result, type.getSimpleName()));
        } catch (Throwable e) {
            if (!type.isInstance(e)) {
                throw e;
            }
            String message = String.valueOf(e.getMessage());
            if (!message.contains(field.name())) {
                throw new AssertionError("with" + field.capitalized() + "(" + shown + ") threw " + e
                        + ", whose message does not name the field");
            }
        }
    }

    /** A code no constant has: the getter throws, the code getter returns it, toString prints it. */
    private void checkUndefinedCode(PlacedField placed, long word) throws Throwable {
        FieldSpec field = placed.field();
        if (field.kind() != Kind.ENUM) {
            return;
        }
        long limit = BitMath.ones(placed.width());
        long undefined = -1;
        for (int attempt = 0; attempt < 20 && undefined < 0; attempt++) {
            long candidate = attempt == 0 ? limit : random.nextLong() & limit;
            if (field.enumType().indexOfCode(candidate) < 0) {
                undefined = candidate;
            }
        }
        if (undefined < 0) {
            return;
        }
        BitArrayModel model = new BitArrayModel(spec.longWord(), word);
        model.store(placed.shift(), placed.width(), wordBits(placed, undefined));
        long withUndefined = model.word();
        int code = generated.code(field, withUndefined);
        if (code != (int) undefined) {
            throw new AssertionError(field.name() + "Code = " + code + " for undefined code " + undefined);
        }
        expectUndefinedCodeThrows(field, withUndefined, undefined);
        String text = generated.toString(withUndefined);
        if (!text.contains(field.name() + "=" + undefined)) {
            throw new AssertionError("toString does not print undefined code " + field.name() + "=" + undefined
                    + ": " + text);
        }
    }

    private void expectUndefinedCodeThrows(FieldSpec field, long word, long code) throws Throwable {
        try {
            Object value = generated.get(field, word);
            throw new AssertionError(field.name() + "(word with undefined code " + code + ") returned " + value
                    + " instead of throwing IllegalArgumentException");
        } catch (IllegalArgumentException expected) {
            String message = String.valueOf(expected.getMessage());
            boolean namesCode = message.contains(Long.toString(code)) || message.contains(Integer.toString((int) code));
            if (!namesCode || !message.contains(field.name())) {
                throw new AssertionError("the exception for undefined code " + code + " does not name the field"
                        + " and the code: " + message);
            }
        }
    }

    private void checkTextMethods(long word) throws Throwable {
        String text = generated.toString(word);
        if (!text.startsWith(spec.name() + "{") || !text.endsWith("}")) {
            throw new AssertionError("toString(0x" + Long.toHexString(word) + ") = " + text);
        }
        for (PlacedField placed : layout) {
            if (!text.contains(placed.field().name() + "=")) {
                throw new AssertionError("toString does not show " + placed.field().name() + ": " + text);
            }
        }
        String none = generated.diff(word, word);
        if (!none.isEmpty()) {
            throw new AssertionError("diff(w, w) = \"" + none + "\"");
        }
        long unnamed = ~generated.constant("FIELDS_MASK") & (spec.longWord() ? -1L : 0xFFFF_FFFFL);
        String padding = generated.diff(word, word ^ unnamed);
        for (PlacedField each : layout) {
            String name = each.field().name();
            if (padding.contains(name + ":") || padding.contains(name + ".")) {
                throw new AssertionError("diff names field " + name + " for a change only in the bits outside"
                        + " the fields, 0x" + Long.toHexString(unnamed) + ": \"" + padding + "\"");
            }
        }
        PlacedField placed = layout.get(random.nextInt(layout.size()));
        long flipped = word ^ (1L << placed.shift());
        if (placed.field().kind() == Kind.ENUM) {
            return; // flipping a bit may make the code undefined; diff is covered for the other kinds
        }
        String changed = generated.diff(word, generated.word(flipped));
        if (!changed.contains(placed.field().name())) {
            throw new AssertionError("diff after flipping bit " + placed.shift() + " of " + placed.field().name()
                    + " does not name it: \"" + changed + "\"");
        }
    }
}
