package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What word unions gained: signed fields ({@code int x : w}) that read sign-extended and write a signed range,
 * {@code SIZE}, and {@code load}/{@code store} of exactly {@code SIZE} little-endian bytes; plus unions of
 * alternatives and packed words.
 */
class WordMemoryAndSignedTest {
    private static final CompiledBitfields WORDS;

    static {
        javax.tools.JavaFileObject[] files = new javax.tools.JavaFileObject[64 + 5];
        for (int bits = 1; bits <= 64; bits++) {
            files[bits - 1] = source("t.W" + bits,
                    "@Bitfield(bits = " + bits + ")",
                    "public interface W" + bits + " { @Bits(" + bits + ") " + (bits > 32 ? "long" : "int")
                            + " all(); }");
        }
        files[64] = source("t.Signed",
                "@Bitfield(bits = 64)",
                "public interface Signed {",
                "    @Bits(value = 13, signed = true) int off();",
                "    @Bits(value = 3, at = 13) int flags();",
                "    @Bits(value = 40, at = 16, signed = true) long delta();",
                "    @Bits(value = 8, at = 56, signed = true) int top();",
                "}");
        files[65] = source("t.Alternatives",
                "@Bitfield(bits = 32, union = true)",
                "public interface Alternatives {",
                "    @Bits(32) int raw();",
                "    @Bits(value = 16, signed = true) int low();",
                "    @Bits(value = 8, at = 24) int high();",
                "}");
        files[66] = source("t.PackedWord",
                "@Bitfield(bits = 40, packed = true)",
                "public interface PackedWord {",
                "    @Bits(20) int a();",
                "    @Bits(20) int b();   // bits 20..39: across bit 32, allowed when packed",
                "}");
        files[67] = source("t.UdpHeader",
                "/** struct udphdr: 8 bytes, so a word union, whose stored bytes are the header. */",
                "@Bitfield(bits = 64)",
                "public interface UdpHeader {",
                "    @BigEndian @Bits(16) int source();",
                "    @BigEndian @Bits(16) int dest();",
                "    @BigEndian @Bits(16) int len();",
                "    @BigEndian @Bits(value = 16, signed = true) int check();",
                "}");
        files[68] = source("t.BeWords",
                "@Bitfield(bits = 64)",
                "public interface BeWords {",
                "    @BigEndian @Bits(32) long low();",
                "    @BigEndian @Bits(32) int high();",
                "}");
        WORDS = CompiledBitfields.compile(files);
    }

    @Test
    void signedFieldsSignExtendAndCheckTheSignedRange() {
        long word = WORDS.call("t.SignedBits", "withOff", 0L, -1);
        assertEquals(0x1fffL, word);
        assertEquals(-1, (int) WORDS.call("t.SignedBits", "off", word));
        assertEquals(0, (int) WORDS.call("t.SignedBits", "flags", word));
        word = WORDS.call("t.SignedBits", "withDelta", word, -(1L << 39));
        assertEquals(-(1L << 39), (long) WORDS.call("t.SignedBits", "delta", word));
        assertEquals(0x0080_0000_0000_1fffL, word);
        word = WORDS.call("t.SignedBits", "withTop", word, -128);
        assertEquals(-128, (int) WORDS.call("t.SignedBits", "top", word));
        assertEquals(0x8080_0000_0000_1fffL, word);
        assertEquals("Signed{off=-1, flags=0, delta=-549755813888, top=-128}",
                WORDS.call("t.SignedBits", "toString", word));
        assertEquals("off: -1 -> 4095", WORDS.call("t.SignedBits", "diff", word,
                (long) WORDS.call("t.SignedBits", "withOff", word, 4095)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WORDS.call("t.SignedBits", "withOff", 0L, 4096));
        assertEquals("Signed.off: 4096 does not fit in 13 signed bits (allowed range -4096..4095)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WORDS.call("t.SignedBits", "withOff", 0L, -4097));
        assertThrows(IllegalArgumentException.class, () -> WORDS.call("t.SignedBits", "withTop", 0L, 128));
    }

    @ParameterizedTest(name = "bits = {0}")
    @ValueSource(ints = {1, 7, 8, 9, 16, 17, 24, 25, 32, 33, 40, 41, 48, 49, 56, 57, 63, 64})
    void loadAndStoreMoveExactlySizeLittleEndianBytes(int bits) {
        String type = "t.W" + bits + "Bits";
        int size = WORDS.constant(type, "SIZE");
        assertEquals((bits + 7) / 8, size);
        byte[] bytes = new byte[size + 4];
        Arrays.fill(bytes, (byte) 0xa5);
        boolean longWord = bits > 32;
        long pattern = 0x8877_6655_4433_2211L;
        if (longWord) {
            WORDS.call(type, "store", bytes, 2, pattern);
        } else {
            WORDS.call(type, "store", bytes, 2, (int) pattern);
        }
        byte[] expected = new byte[size + 4];
        Arrays.fill(expected, (byte) 0xa5);
        for (int i = 0; i < size; i++) {
            expected[2 + i] = (byte) (pattern >>> (8 * i));
        }
        assertArrayEquals(expected, bytes, "exactly SIZE bytes, little-endian");
        long loaded = longWord ? WORDS.<Long>call(type, "load", bytes, 2)
                : Integer.toUnsignedLong(WORDS.<Integer>call(type, "load", bytes, 2));
        long sizeMask = size == 8 ? -1L : (1L << (8 * size)) - 1;
        assertEquals(pattern & sizeMask, loaded, "bits from 8 * SIZE up are 0");
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        long fromBuffer = longWord ? WORDS.<Long>call(type, "load", buffer, 2)
                : Integer.toUnsignedLong(WORDS.<Integer>call(type, "load", buffer, 2));
        assertEquals(loaded, fromBuffer);
    }

    @ParameterizedTest(name = "bits = {0}")
    @ValueSource(ints = {17, 24, 40, 48, 56, 64})
    void storeOutsideMemoryWritesNothing(int bits) {
        String type = "t.W" + bits + "Bits";
        int size = WORDS.constant(type, "SIZE");
        byte[] bytes = new byte[size + 1];
        Object word = bits > 32 ? (Object) Long.valueOf(-1L) : (Object) Integer.valueOf(-1);
        assertThrows(IndexOutOfBoundsException.class, () -> WORDS.call(type, "store", bytes, 2, word));
        assertThrows(IndexOutOfBoundsException.class, () -> WORDS.call(type, "store", bytes, -1, word));
        assertThrows(IndexOutOfBoundsException.class,
                () -> WORDS.call(type, "store", ByteBuffer.wrap(bytes), 2, word));
        assertThrows(IndexOutOfBoundsException.class, () -> WORDS.call(type, "load", bytes, 2));
        assertArrayEquals(new byte[size + 1], bytes);
    }

    @Test
    void alternativesOfAWordUnionOverlap() {
        int word = WORDS.call("t.AlternativesBits", "withRaw", 0, 0xab12_fffe);
        assertEquals(-2, (int) WORDS.call("t.AlternativesBits", "low", word));
        assertEquals(0xab, (int) WORDS.call("t.AlternativesBits", "high", word));
        assertEquals(0xab12_0005, (int) WORDS.call("t.AlternativesBits", "withLow", word, 5));
    }

    @Test
    void aPackedWordLetsAFieldCrossBit32() {
        long word = WORDS.call("t.PackedWordBits", "withB", 0L, 0xfffff);
        assertEquals(0xff_fff0_0000L, word);
        assertEquals(0xfffff, (int) WORDS.call("t.PackedWordBits", "b", word));
        byte[] bytes = new byte[5];
        WORDS.call("t.PackedWordBits", "store", bytes, 0, word);
        assertArrayEquals(HexFormat.of().parseHex("0000f0ffff"), bytes);
    }

    @Test
    void bigEndianFieldsOfAWordAreInNetworkOrderInItsStoredBytes() {
        byte[] wire = HexFormat.of().parseHex("0035c350001cabcd");
        long word = WORDS.call("t.UdpHeaderBits", "load", wire, 0);
        assertEquals(53, (int) WORDS.call("t.UdpHeaderBits", "source", word));
        assertEquals(50000, (int) WORDS.call("t.UdpHeaderBits", "dest", word));
        assertEquals(28, (int) WORDS.call("t.UdpHeaderBits", "len", word));
        assertEquals((int) (short) 0xabcd, (int) WORDS.call("t.UdpHeaderBits", "check", word));
        long built = 0;
        built = WORDS.call("t.UdpHeaderBits", "withSource", built, 53);
        built = WORDS.call("t.UdpHeaderBits", "withDest", built, 50000);
        built = WORDS.call("t.UdpHeaderBits", "withLen", built, 28);
        built = WORDS.call("t.UdpHeaderBits", "withCheck", built, (int) (short) 0xabcd);
        assertEquals(word, built);
        byte[] stored = new byte[8];
        WORDS.call("t.UdpHeaderBits", "store", stored, 0, built);
        assertArrayEquals(wire, stored);
        assertEquals("UdpHeader{source=53, dest=50000, len=28, check=-21555}",
                WORDS.call("t.UdpHeaderBits", "toString", word));
        assertThrows(IllegalArgumentException.class, () -> WORDS.call("t.UdpHeaderBits", "withLen", 0L, 0x10000));
        assertThrows(IllegalArgumentException.class, () -> WORDS.call("t.UdpHeaderBits", "withCheck", 0L, 0x8000));

        long both = WORDS.call("t.BeWordsBits", "withLow", 0L, 0x8899_aabbL);
        both = WORDS.call("t.BeWordsBits", "withHigh", both, 0x0102_0304);
        WORDS.call("t.BeWordsBits", "store", stored, 0, both);
        assertArrayEquals(HexFormat.of().parseHex("8899aabb01020304"), stored);
        assertEquals(0x8899_aabbL, (long) WORDS.call("t.BeWordsBits", "low", both));
        assertEquals(0x0102_0304, (int) WORDS.call("t.BeWordsBits", "high", both));
    }
}
