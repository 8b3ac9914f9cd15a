package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * What the generated accessors of structs in memory do, called on real bytes: they read and write exactly the
 * field's bits at the struct's offset in a {@code byte[]} or {@code ByteBuffer}, {@code @BigEndian} fields in
 * network order, and every failed call (value, offset or index out of range) leaves memory as it was.
 */
class StructBehaviourTest {
    /** An IPv4 header as captured on a wire: 45 00 0073 0000 4000 40 11 b861 c0a80001 c0a800c7. */
    private static final byte[] PACKET = HexFormat.of().parseHex("4500007300004000401 1b861c0a80001c0a800c7"
            .replace(" ", ""));

    private static final CompiledBitfields IP = CompiledBitfields.compile(Sources.ipHeader());

    private static final CompiledBitfields MIXED = CompiledBitfields.compile(source("t.Mode",
            "public enum Mode { OFF, @Code(5) ON, @Code(7) AUTO }"), source("t.Mixed",
            "@Bitfield(bits = 128)",
            "public interface Mixed {",
            "    boolean flag();",
            "    @Bits(3) int small();",
            "    Mode mode();",
            "    @Bits(value = 40, at = 64) long big();",
            "    @Bits(value = 24, at = 104) int top();      // bits 104..127: the last bytes of the struct",
            "}"));

    private static byte[] packet() {
        return PACKET.clone();
    }

    @Test
    void readsEveryFieldOfARealIpv4Header() {
        byte[] bytes = packet();
        assertEquals(20, (int) IP.constant("test.IpHeaderBits", "SIZE"));
        assertEquals(5, (int) IP.call("test.IpHeaderBits", "ihl", bytes, 0));
        assertEquals(4, (int) IP.call("test.IpHeaderBits", "version", bytes, 0));
        assertEquals(0x73, (int) IP.call("test.IpHeaderBits", "totLen", bytes, 0));
        assertEquals(0x4000, (int) IP.call("test.IpHeaderBits", "fragOff", bytes, 0));
        assertEquals(64, (int) IP.call("test.IpHeaderBits", "ttl", bytes, 0));
        assertEquals(17, (int) IP.call("test.IpHeaderBits", "protocol", bytes, 0));
        assertEquals(0xb861, (int) IP.call("test.IpHeaderBits", "check", bytes, 0));
        assertEquals(0xc0a80001, (int) IP.call("test.IpHeaderBits", "saddr", bytes, 0));
        assertEquals(0xc0a800c7, (int) IP.call("test.IpHeaderBits", "daddr", bytes, 0));
    }

    @Test
    void writesTheSameBytesAsTheWire() {
        byte[] built = new byte[20];
        IP.call("test.IpHeaderBits", "setIhl", built, 0, 5);
        IP.call("test.IpHeaderBits", "setVersion", built, 0, 4);
        IP.call("test.IpHeaderBits", "setTotLen", built, 0, 0x73);
        IP.call("test.IpHeaderBits", "setFragOff", built, 0, 0x4000);
        IP.call("test.IpHeaderBits", "setTtl", built, 0, 64);
        IP.call("test.IpHeaderBits", "setProtocol", built, 0, 17);
        IP.call("test.IpHeaderBits", "setCheck", built, 0, 0xb861);
        IP.call("test.IpHeaderBits", "setSaddr", built, 0, 0xc0a80001);
        IP.call("test.IpHeaderBits", "setDaddr", built, 0, 0xc0a800c7);
        assertArrayEquals(PACKET, built);
    }

    @Test
    void aStructAtAnOffsetIsReadAndWrittenThere() {
        byte[] bytes = new byte[40];
        System.arraycopy(PACKET, 0, bytes, 13, 20);
        assertEquals(0xc0a800c7, (int) IP.call("test.IpHeaderBits", "daddr", bytes, 13));
        IP.call("test.IpHeaderBits", "setTtl", bytes, 13, 1);
        assertEquals(1, bytes[13 + 8]);
        assertEquals(0, bytes[12]);
        assertEquals(0, bytes[33]);
    }

    @Test
    void byteBufferAccessIsAbsoluteWhateverItsOrderAndPosition() {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(30).order(order);
            buffer.put(5, PACKET).position(17);
            assertEquals(0x73, (int) IP.call("test.IpHeaderBits", "totLen", buffer, 5));
            assertEquals(0xc0a80001, (int) IP.call("test.IpHeaderBits", "saddr", buffer, 5));
            IP.call("test.IpHeaderBits", "setId", buffer, 5, 0xbeef);
            assertEquals((byte) 0xbe, buffer.get(5 + 4));
            assertEquals((byte) 0xef, buffer.get(5 + 5));
            assertEquals(17, buffer.position());
            assertEquals(order, buffer.order());
        }
    }

    @Test
    void toStringNamesEveryField() {
        assertEquals("IpHeader{ihl=5, version=4, tos=0, totLen=115, id=0, fragOff=16384, ttl=64, protocol=17,"
                + " check=47201, saddr=3232235521, daddr=3232235719}", IP.call("test.IpHeaderBits", "toString",
                packet(), 0));
    }

    @Test
    void aValueOutOfRangeNamesTheFieldAndChangesNoByte() {
        byte[] bytes = packet();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IP.call("test.IpHeaderBits", "setTtl", bytes, 0, 256));
        assertEquals("IpHeader.ttl: 256 does not fit in 8 bits (allowed range 0..255)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IP.call("test.IpHeaderBits", "setIhl", bytes, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> IP.call("test.IpHeaderBits", "setTotLen", bytes, 0,
                0x10000));
        assertArrayEquals(PACKET, bytes);
    }

    @Test
    void aStructThatDoesNotLieInMemoryIsAnIndexErrorAndChangesNoByte() {
        byte[] bytes = packet();
        // the field itself (ttl, byte 8) would be in the array: the struct as a whole is not
        assertThrows(IndexOutOfBoundsException.class, () -> IP.call("test.IpHeaderBits", "ttl", bytes, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> IP.call("test.IpHeaderBits", "setTtl", bytes, 1, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> IP.call("test.IpHeaderBits", "setTtl", bytes, -1, 3));
        assertThrows(IndexOutOfBoundsException.class,
                () -> IP.call("test.IpHeaderBits", "setTtl", ByteBuffer.wrap(bytes), 1, 3));
        assertArrayEquals(PACKET, bytes);
    }

    @Test
    void bitFieldsKeepTheirNeighboursBits() {
        byte[] bytes = new byte[16];
        java.util.Arrays.fill(bytes, (byte) 0xff);
        MIXED.call("t.MixedBits", "setSmall", bytes, 0, 0);
        assertEquals((byte) 0xf1, bytes[0]);
        assertEquals(0, (int) MIXED.call("t.MixedBits", "small", bytes, 0));
        assertTrue(MIXED.<Boolean>call("t.MixedBits", "flag", bytes, 0));
        MIXED.call("t.MixedBits", "setFlag", bytes, 0, false);
        assertEquals((byte) 0xf0, bytes[0]);
        MIXED.call("t.MixedBits", "setBig", bytes, 0, 0x12_3456_789aL);
        assertEquals(0x12_3456_789aL, (long) MIXED.call("t.MixedBits", "big", bytes, 0));
        assertArrayEquals(HexFormat.of().parseHex("f0ffffffffffffff9a78563412ffffff"), bytes);
        MIXED.call("t.MixedBits", "setTop", bytes, 0, 0xabcdef);
        assertEquals(0xabcdef, (int) MIXED.call("t.MixedBits", "top", bytes, 0));
        assertArrayEquals(HexFormat.of().parseHex("f0ffffffffffffff9a78563412efcdab"), bytes);
    }

    @Test
    void enumFieldsInMemoryReadAndWriteTheirCodes() {
        byte[] bytes = new byte[16];
        Class<?> mode = MIXED.type("t.Mode");
        Object auto = mode.getEnumConstants()[2];
        MIXED.call("t.MixedBits", "setMode", bytes, 0, auto);
        assertEquals(7 << 4, bytes[0]);
        assertEquals(auto, MIXED.call("t.MixedBits", "mode", bytes, 0));
        MIXED.call("t.MixedBits", "setModeCode", bytes, 0, 3);
        assertEquals(3, (int) MIXED.call("t.MixedBits", "modeCode", bytes, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MIXED.call("t.MixedBits", "mode", bytes, 0));
        assertEquals("Mixed.mode: code 3 is not defined by any constant of Mode", e.getMessage());
        assertThrows(NullPointerException.class, () -> MIXED.call("t.MixedBits", "setMode", bytes, 0, null));
        assertEquals(3, (int) MIXED.call("t.MixedBits", "modeCode", bytes, 0));
        assertEquals("Mixed{flag=false, small=0, mode=3, big=0, top=0}", MIXED.call("t.MixedBits", "toString",
                bytes, 0));
    }
}
