package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.bitunion.processor.testing.MemoryBits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of structs with arrays, signed fields, big-endian fields, nested structs, unions and packing, set
 * through its generated setter over random memory: the getter returns the value, the field's bits in memory are
 * the value (bit by bit, or byte by byte for big-endian), no other bit of memory changes, and a value out of
 * range or an index out of range changes nothing at all. The expected positions come from the C layout, written
 * out here by hand.
 */
class StructLayoutsBehaviourTest {
    private static final CompiledBitfields SAMPLE = CompiledBitfields.compile(Sources.sample());
    private static final CompiledBitfields PI = CompiledBitfields.compile(Sources.piDesc());
    private static final CompiledBitfields PACKED = CompiledBitfields.compile(source("t.Packed",
            "@Bitfield(bits = 136, packed = true)",
            "public interface Packed {",
            "    @Bits(3) int low();",
            "    @Bits(value = 30, signed = true) int across();   // bits 3..32: across bit 32, as packed allows",
            "    @Bits(64) long nine();                            // bits 33..96: nine bytes",
            "    @Bits(value = 7, count = 5) int[] odd();",
            "    @Bits(value = 4, at = 132) int last();",
            "}"), source("t.Choice",
            "@Bitfield(bits = 128, union = true)",
            "public interface Choice {",
            "    @Bits(value = 32, count = 3) int[] words();",
            "    @Bits(64) long asLong();",
            "    @Bits(value = 8, at = 120) int lastByte();",
            "    @Bits(value = 5, signed = true, at = 33) int small();",
            "}"), source("t.Nib",
            "@Bitfield(bits = 4)",
            "public interface Nib { @Bits(4) int v(); }"), source("t.Half",
            "@Bitfield(bits = 16)",
            "public interface Half { @Bits(16) int v(); }"), source("t.Words",
            "@Bitfield(bits = 192)",
            "public interface Words {",
            "    @Bits(count = 5) Nib[] nibs();                 // unsigned int n0 : 4, ..., n4 : 4",
            "    @BigEndian @Bits(count = 2, at = 32) Half[] be(); // two big-endian 16-bit words",
            "    @Bits(value = 64, count = 1) long[] one();     // u64 one[1]",
            "    @Bits(value = 16, count = 2, signed = true) int[] s16(); // s16 s16[2]",
            "    @BigEndian @Bits(value = 32, signed = true) int sbe();   // a signed __be32",
            "}"));

    /** One field as C lays it out: where each element is, and how its value looks in memory. */
    record Field(String name, int bit, int width, int count, int stride, boolean signed, boolean bigEndian) {
        static Field of(String name, int bit, int width) {
            return new Field(name, bit, width, 0, width, false, false);
        }

        Field asSigned() {
            return new Field(name, bit, width, count, stride, true, bigEndian);
        }

        Field asBigEndian() {
            return new Field(name, bit, width, count, stride, signed, true);
        }

        Field array(int elements) {
            return new Field(name, bit, width, elements, stride, signed, bigEndian);
        }

        Field stride(int bits) {
            return new Field(name, bit, width, count, bits, signed, bigEndian);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> fields() {
        List<Arguments> cases = new ArrayList<>();
        String sample = "test.SampleBits";
        for (Field field : List.of(
                Field.of("off", 0, 13).asSigned(),
                Field.of("nibbles", 13, 4).array(4),
                Field.of("flags", 29, 1).array(3),
                Field.of("ports", 32, 16).array(2).asBigEndian(),
                Field.of("tag", 64, 16).asBigEndian(),
                Field.of("stamp", 80, 48).asSigned(),
                Field.of("rangeBase", 128, 32),
                Field.of("rangeDelta", 160, 20).asSigned(),
                Field.of("rangePresent", 180, 1),
                Field.of("rangeLimit", 192, 32),
                Field.of("historyBase", 224, 32).array(2).stride(96),
                Field.of("historyDelta", 256, 20).array(2).stride(96).asSigned(),
                Field.of("historyLimit", 288, 32).array(2).stride(96),
                Field.of("alt", 416, 32),
                Field.of("altRaw", 416, 32),
                Field.of("altLow", 416, 16).asSigned())) {
            cases.add(Arguments.of(SAMPLE, sample, 56, field));
        }
        for (Field field : List.of(
                Field.of("pir", 0, 32).array(8),
                Field.of("controlParts", 256, 64),
                Field.of("controlControl", 256, 64),
                Field.of("controlPartsOn", 256, 1),
                Field.of("controlPartsSn", 257, 1),
                Field.of("controlPartsNv", 272, 8),
                Field.of("controlPartsNdst", 288, 32),
                Field.of("rsvd", 320, 32).array(6))) {
            cases.add(Arguments.of(PI, "test.PiDescBits", 64, field));
        }
        for (Field field : List.of(
                Field.of("low", 0, 3),
                Field.of("across", 3, 30).asSigned(),
                Field.of("nine", 33, 64),
                Field.of("odd", 97, 7).array(5),
                Field.of("last", 132, 4))) {
            cases.add(Arguments.of(PACKED, "t.PackedBits", 17, field));
        }
        for (Field field : List.of(
                Field.of("words", 0, 32).array(3),
                Field.of("asLong", 0, 64),
                Field.of("lastByte", 120, 8),
                Field.of("small", 33, 5).asSigned())) {
            cases.add(Arguments.of(PACKED, "t.ChoiceBits", 16, field));
        }
        for (Field field : List.of(
                Field.of("nibs", 0, 4).array(5),
                Field.of("be", 32, 16).array(2).asBigEndian(),
                Field.of("one", 64, 64).array(1),
                Field.of("s16", 128, 16).array(2).asSigned(),
                Field.of("sbe", 160, 32).asBigEndian().asSigned())) {
            cases.add(Arguments.of(PACKED, "t.WordsBits", 24, field));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}.{3}")
    @MethodSource("fields")
    void setWritesExactlyTheFieldsBitsAndGetReadsThem(CompiledBitfields compiled, String type, int size, Field field)
            throws Exception {
        assertEquals(size, (int) compiled.constant(type, "SIZE"));
        SplittableRandom random = new SplittableRandom(field.name().hashCode());
        int elements = Math.max(1, field.count());
        boolean isBoolean = field.width() == 1 && !field.signed() && compiled.type(type).getMethods().length > 0
                && returnsBoolean(compiled, type, field);
        boolean isLong = returnsLong(compiled, type, field);
        for (int round = 0; round < 40; round++) {
            int offset = random.nextInt(5);
            byte[] bytes = new byte[offset + size + random.nextInt(3)];
            random.nextBytes(bytes);
            int index = random.nextInt(elements);
            long value = random.nextLong() & (field.width() == 64 ? -1L : (1L << field.width()) - 1);
            if (round == 0) {
                value = field.width() == 64 ? -1L : (1L << field.width()) - 1; // all ones: the maximum
            } else if (round == 1) {
                value = field.signed() ? 1L << (field.width() - 1) : 0; // the minimum
            }
            long javaValue = field.signed() ? MemoryBits.signExtend(value, field.width()) : value;
            byte[] before = bytes.clone();
            Object argument = isBoolean ? (Object) (value != 0) : isLong ? (Object) javaValue : (Object) (int) javaValue;
            Object[] setArgs = args(bytes, offset, field, index, argument);
            compiled.call(type, setter(field.name()), setArgs);
            long bit = field.bit() + (long) index * field.stride();
            long inMemory = field.bigEndian() ? MemoryBits.getBigEndian(bytes, offset, bit, field.width())
                    : MemoryBits.get(bytes, offset, bit, field.width());
            assertEquals(value, inMemory, "bits in memory after " + setter(field.name()) + "(" + javaValue + ")");
            byte[] expected = before.clone();
            if (field.bigEndian()) {
                for (int i = 0; i < field.width() / 8; i++) {
                    expected[(int) (offset + bit / 8 + i)] = bytes[(int) (offset + bit / 8 + i)];
                }
            } else {
                MemoryBits.set(expected, offset, bit, field.width(), value);
            }
            assertArrayEquals(expected, bytes, "only the field's bits change");
            Object read = compiled.call(type, field.name(), args(bytes, offset, field, index, null));
            Object expectedRead = isBoolean ? (Object) (value != 0) : isLong ? (Object) javaValue
                    : (Object) (int) javaValue;
            assertEquals(expectedRead, read);
            ByteBuffer buffer = ByteBuffer.wrap(bytes.clone());
            assertEquals(expectedRead, compiled.call(type, field.name(), args(buffer, offset, field, index, null)));
        }
    }

    @ParameterizedTest(name = "{1}.{3}")
    @MethodSource("fields")
    void failedSetsChangeNoByte(CompiledBitfields compiled, String type, int size, Field field) {
        byte[] bytes = new byte[size];
        new SplittableRandom(7).nextBytes(bytes);
        byte[] before = bytes.clone();
        boolean isLong = returnsLong(compiled, type, field);
        boolean isBoolean = returnsBoolean(compiled, type, field);
        Object zero = isBoolean ? (Object) true : isLong ? (Object) 0L : (Object) 0;
        assertThrows(IndexOutOfBoundsException.class,
                () -> compiled.call(type, setter(field.name()), args(bytes, 1, field, 0, zero)));
        assertThrows(IndexOutOfBoundsException.class,
                () -> compiled.call(type, setter(field.name()), args(bytes, -1, field, 0, zero)));
        if (field.count() > 0) {
            assertThrows(IndexOutOfBoundsException.class,
                    () -> compiled.call(type, setter(field.name()), args(bytes, 0, field, field.count(), zero)));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> compiled.call(type, setter(field.name()), args(bytes, 0, field, -1, zero)));
        }
        int valueBits = isLong ? 64 : 32;
        if (!isBoolean && field.width() < valueBits) {
            long tooBig = field.signed() ? 1L << (field.width() - 1) : 1L << field.width();
            long tooSmall = field.signed() ? -(1L << (field.width() - 1)) - 1 : -1;
            for (long bad : new long[] {tooBig, tooSmall}) {
                Object value = isLong ? (Object) bad : (Object) (int) bad;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> compiled.call(type, setter(field.name()), args(bytes, 0, field, 0, value)));
                assertEquals(true, e.getMessage().contains(bad + " does not fit in " + field.width()),
                        e.getMessage());
            }
        }
        assertArrayEquals(before, bytes);
    }

    private static boolean returnsBoolean(CompiledBitfields compiled, String type, Field field) {
        return returnType(compiled, type, field) == boolean.class;
    }

    private static boolean returnsLong(CompiledBitfields compiled, String type, Field field) {
        return returnType(compiled, type, field) == long.class;
    }

    private static Class<?> returnType(CompiledBitfields compiled, String type, Field field) {
        for (var method : compiled.type(type).getMethods()) {
            if (method.getName().equals(field.name()) && method.getParameterTypes()[0] == byte[].class) {
                return method.getReturnType();
            }
        }
        throw new AssertionError("no getter " + field.name());
    }

    private static String setter(String name) {
        return "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Object[] args(Object memory, int offset, Field field, int index, Object value) {
        List<Object> args = new ArrayList<>(List.of(memory, offset));
        if (field.count() > 0) {
            args.add(index);
        }
        if (value != null) {
            args.add(value);
        }
        return args.toArray();
    }
}
