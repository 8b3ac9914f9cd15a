package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Signed fields ({@code int x : w}) at every width, of both Java types, in both word sizes and in a struct, at
 * the bottom and at the top of their storage: reads sign-extend, writes take exactly -2^(w-1)..2^(w-1)-1 and keep
 * every other bit. (The fuzzer once found one combination, a 32-bit {@code long} in an {@code int} word, read
 * zero-extended; this walks them all.)
 */
class SignedWidthsTest {
    private static final int STRUCT_BITS = 128;
    private static final CompiledBitfields COMPILED;

    static {
        List<JavaFileObject> files = new ArrayList<>();
        for (int wordBits : new int[] {32, 64}) {
            for (boolean longValue : new boolean[] {false, true}) {
                for (int w = 1; w <= maxWidth(wordBits, longValue); w++) {
                    files.addAll(declarations(wordName(wordBits, longValue, w), wordBits, longValue, w));
                }
            }
        }
        for (boolean longValue : new boolean[] {false, true}) {
            for (int w = 1; w <= maxWidth(STRUCT_BITS, longValue); w++) {
                files.addAll(declarations(structName(longValue, w), STRUCT_BITS, longValue, w));
            }
        }
        COMPILED = CompiledBitfields.compile(files.toArray(JavaFileObject[]::new));
    }

    /**
     * {@code low} at bit 0 and {@code high} ending at the top bit, two shifts, both signed: in one declaration
     * {@code name} where they do not overlap, else {@code high} alone in {@code name + "High"} (none when it would
     * be {@code low} again).
     */
    private static List<JavaFileObject> declarations(String name, int bits, boolean longValue, int w) {
        String type = longValue ? "long" : "int";
        String low = "    @Bits(value = " + w + ", signed = true) " + type + " low();";
        String high = "    @Bits(value = " + w + ", at = " + (bits - w) + ", signed = true) " + type + " high();";
        if (2 * w <= bits) {
            return List.of(source("t." + name, "@Bitfield(bits = " + bits + ")", "public interface " + name + " {",
                    low, high, "}"));
        }
        List<JavaFileObject> files = new ArrayList<>(List.of(source("t." + name, "@Bitfield(bits = " + bits + ")",
                "public interface " + name + " {", low, "}")));
        if (w < bits) {
            files.add(source("t." + name + "High", "@Bitfield(bits = " + bits + ")",
                    "public interface " + name + "High {", high, "}"));
        }
        return files;
    }

    /** The generated class holding {@code field} of the declarations of {@code name}, or null if none does. */
    private static String holder(String name, String field, int bits, int w) {
        if (field.equals("low") || 2 * w <= bits) {
            return "t." + name + "Bits";
        }
        return w < bits ? "t." + name + "HighBits" : null;
    }

    private static int maxWidth(int bits, boolean longValue) {
        return Math.min(longValue ? 64 : 32, bits);
    }

    private static String wordName(int wordBits, boolean longValue, int w) {
        return "W" + wordBits + (longValue ? "L" : "I") + w;
    }

    private static String structName(boolean longValue, int w) {
        return "S" + (longValue ? "L" : "I") + w;
    }

    /** min, -1, 0, 1, max and a value with both high and low bits of the field set. */
    private static long[] values(int w) {
        long min = -(1L << (w - 1));
        long max = (1L << (w - 1)) - 1;
        return new long[] {min, -1, 0, w > 1 ? 1 : 0, max, min | 1, max & ~1L};
    }

    private static Object boxed(long value, boolean longValue) {
        return longValue ? (Object) value : (Object) (int) value;
    }

    private static long unboxed(Object value) {
        return ((Number) value).longValue();
    }

    private static long ones(int w) {
        return w == 64 ? -1L : (1L << w) - 1;
    }

    @Test
    void signedWordFieldsSignExtendAndTakeExactlyTheirRangeAtEveryWidth() {
        Random random = new Random(9);
        for (int wordBits : new int[] {32, 64}) {
            for (boolean longValue : new boolean[] {false, true}) {
                for (int w = 1; w <= maxWidth(wordBits, longValue); w++) {
                    for (String field : new String[] {"low", "high"}) {
                        String bits = holder(wordName(wordBits, longValue, w), field, wordBits, w);
                        if (bits == null) {
                            continue;
                        }
                        int shift = field.equals("low") ? 0 : wordBits - w;
                        String with = "with" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
                        for (long value : values(w)) {
                            long noise = random.nextLong();
                            Object word = wordBits == 32 ? (Object) (int) noise : (Object) noise;
                            String what = bits + "." + field + " = " + value;
                            Object written = COMPILED.call(bits, with, word, boxed(value, longValue));
                            long mask = ones(w) << shift;
                            long expected = (noise & ~mask) | ((value << shift) & mask);
                            assertEquals(wordBits == 32 ? (long) (int) expected : expected, unboxed(written), what);
                            assertEquals(value, unboxed(COMPILED.call(bits, field, written)), what);
                        }
                        if (w < (longValue ? 64 : 32)) {
                            Object word = wordBits == 32 ? (Object) 0 : (Object) 0L;
                            long min = -(1L << (w - 1));
                            long max = (1L << (w - 1)) - 1;
                            assertThrows(IllegalArgumentException.class,
                                    () -> COMPILED.call(bits, with, word, boxed(max + 1, longValue)), bits);
                            assertThrows(IllegalArgumentException.class,
                                    () -> COMPILED.call(bits, with, word, boxed(min - 1, longValue)), bits);
                        }
                    }
                }
            }
        }
    }

    @Test
    void signedStructFieldsSignExtendAndTakeExactlyTheirRangeAtEveryWidth() {
        Random random = new Random(10);
        int offset = 3;
        for (boolean longValue : new boolean[] {false, true}) {
            for (int w = 1; w <= maxWidth(STRUCT_BITS, longValue); w++) {
                String bits = "t." + structName(longValue, w) + "Bits";
                for (String field : new String[] {"low", "high"}) {
                    int shift = field.equals("low") ? 0 : STRUCT_BITS - w;
                    String setter = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
                    for (long value : values(w)) {
                        byte[] bytes = new byte[offset + STRUCT_BITS / 8 + 3];
                        random.nextBytes(bytes);
                        byte[] expected = bytes.clone();
                        for (int i = 0; i < w; i++) {
                            int bit = 8 * offset + shift + i;
                            expected[bit >>> 3] = (byte) ((expected[bit >>> 3] & ~(1 << (bit & 7)))
                                    | (int) ((value >>> i) & 1) << (bit & 7));
                        }
                        String what = bits + "." + field + " = " + value;
                        COMPILED.call(bits, setter, bytes, offset, boxed(value, longValue));
                        assertArrayEquals(expected, bytes, what);
                        assertEquals(value, unboxed(COMPILED.call(bits, field, bytes, offset)), what);
                        assertEquals(value, unboxed(COMPILED.call(bits, field, ByteBuffer.wrap(bytes), offset)),
                                what);
                    }
                    if (w < (longValue ? 64 : 32)) {
                        byte[] bytes = new byte[STRUCT_BITS / 8];
                        long min = -(1L << (w - 1));
                        long max = (1L << (w - 1)) - 1;
                        assertThrows(IllegalArgumentException.class,
                                () -> COMPILED.call(bits, setter, bytes, 0, boxed(max + 1, longValue)), bits);
                        assertThrows(IllegalArgumentException.class,
                                () -> COMPILED.call(bits, setter, bytes, 0, boxed(min - 1, longValue)), bits);
                        assertArrayEquals(new byte[STRUCT_BITS / 8], bytes, bits);
                    }
                }
            }
        }
    }
}
