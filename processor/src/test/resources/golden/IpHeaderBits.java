package test;

import java.nio.ByteBuffer;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.bitunion.BitfieldErrors;
import org.bitunion.BitfieldMemory;

/**
 * Static accessors for the {@link test.IpHeader} struct in memory, 20 bytes,
 * laid out as GCC lays out the same C declaration on x86-64 (little-endian,
 * bitfields LSB first). Every accessor takes the memory and the struct's offset in it.
 * Each field {@code foo} has {@code FOO_OFFSET_BITS}, its first bit in the struct, and
 * {@code FOO_WIDTH}, its width (of each element of an array, which has {@code FOO_COUNT}).
 *
 * <pre>
 * 0..3        ihl (int, 4 bits)
 * 4..7        version (int, 4 bits)
 * 8..15       tos (int, 8 bits)
 * 16..31      totLen (big-endian int, 16 bits)
 * 32..47      id (big-endian int, 16 bits)
 * 48..63      fragOff (big-endian int, 16 bits)
 * 64..71      ttl (int, 8 bits)
 * 72..79      protocol (int, 8 bits)
 * 80..95      check (big-endian int, 16 bits)
 * 96..127     saddr (big-endian int, 32 bits)
 * 128..159    daddr (big-endian int, 32 bits)
 * </pre>
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class IpHeaderBits {
    /**
     * The struct's size in bytes (C {@code sizeof}), the stride of an array of it.
     */
    public static final int SIZE = 20;

    public static final int IHL_OFFSET_BITS = 0;
    public static final int IHL_WIDTH = 4;

    public static final int VERSION_OFFSET_BITS = 4;
    public static final int VERSION_WIDTH = 4;

    public static final int TOS_OFFSET_BITS = 8;
    public static final int TOS_WIDTH = 8;

    public static final int TOT_LEN_OFFSET_BITS = 16;
    public static final int TOT_LEN_WIDTH = 16;

    public static final int ID_OFFSET_BITS = 32;
    public static final int ID_WIDTH = 16;

    public static final int FRAG_OFF_OFFSET_BITS = 48;
    public static final int FRAG_OFF_WIDTH = 16;

    public static final int TTL_OFFSET_BITS = 64;
    public static final int TTL_WIDTH = 8;

    public static final int PROTOCOL_OFFSET_BITS = 72;
    public static final int PROTOCOL_WIDTH = 8;

    public static final int CHECK_OFFSET_BITS = 80;
    public static final int CHECK_WIDTH = 16;

    public static final int SADDR_OFFSET_BITS = 96;
    public static final int SADDR_WIDTH = 32;

    public static final int DADDR_OFFSET_BITS = 128;
    public static final int DADDR_WIDTH = 32;

    private IpHeaderBits() {
    }

    /**
     * Returns {@code ihl} (bits 0..3) in the struct at {@code offset}.
     *
     * <p>Header length in 32-bit words.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int ihl(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU8(bytes, offset) & 0xf;
    }

    /**
     * Sets {@code ihl} (bits 0..3) in the struct at {@code offset}; other memory stays as it was.
     *
     * <p>Header length in 32-bit words.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..15
     */
    public static void setIhl(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> IHL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.ihl", value, IHL_WIDTH);
        }
        int window = BitfieldMemory.loadU8(bytes, offset);
        BitfieldMemory.store8(bytes, offset, window & 0xf0 | value);
    }

    /**
     * As {@link #ihl(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int ihl(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU8(buffer, offset) & 0xf;
    }

    /**
     * As {@link #setIhl(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setIhl(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> IHL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.ihl", value, IHL_WIDTH);
        }
        int window = BitfieldMemory.loadU8(buffer, offset);
        BitfieldMemory.store8(buffer, offset, window & 0xf0 | value);
    }

    /**
     * Returns {@code version} (bits 4..7) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int version(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadU8(bytes, offset) >>> 4);
    }

    /**
     * Sets {@code version} (bits 4..7) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..15
     */
    public static void setVersion(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> VERSION_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.version", value, VERSION_WIDTH);
        }
        int window = BitfieldMemory.loadU8(bytes, offset);
        BitfieldMemory.store8(bytes, offset, window & 0xf | value << 4);
    }

    /**
     * As {@link #version(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int version(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadU8(buffer, offset) >>> 4);
    }

    /**
     * As {@link #setVersion(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setVersion(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> VERSION_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.version", value, VERSION_WIDTH);
        }
        int window = BitfieldMemory.loadU8(buffer, offset);
        BitfieldMemory.store8(buffer, offset, window & 0xf | value << 4);
    }

    /**
     * Returns {@code tos} (bits 8..15) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int tos(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU8(bytes, offset + 1);
    }

    /**
     * Sets {@code tos} (bits 8..15) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..255
     */
    public static void setTos(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> TOS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.tos", value, TOS_WIDTH);
        }
        BitfieldMemory.store8(bytes, offset + 1, value);
    }

    /**
     * As {@link #tos(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int tos(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU8(buffer, offset + 1);
    }

    /**
     * As {@link #setTos(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setTos(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> TOS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.tos", value, TOS_WIDTH);
        }
        BitfieldMemory.store8(buffer, offset + 1, value);
    }

    /**
     * Returns {@code totLen} (bits 16..31, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int totLen(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU16BE(bytes, offset + 2);
    }

    /**
     * Sets {@code totLen} (bits 16..31, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setTotLen(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> TOT_LEN_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.totLen", value, TOT_LEN_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 2, value);
    }

    /**
     * As {@link #totLen(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int totLen(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU16BE(buffer, offset + 2);
    }

    /**
     * As {@link #setTotLen(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setTotLen(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> TOT_LEN_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.totLen", value, TOT_LEN_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 2, value);
    }

    /**
     * Returns {@code id} (bits 32..47, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int id(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU16BE(bytes, offset + 4);
    }

    /**
     * Sets {@code id} (bits 32..47, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setId(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> ID_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.id", value, ID_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 4, value);
    }

    /**
     * As {@link #id(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int id(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU16BE(buffer, offset + 4);
    }

    /**
     * As {@link #setId(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setId(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> ID_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.id", value, ID_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 4, value);
    }

    /**
     * Returns {@code fragOff} (bits 48..63, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int fragOff(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU16BE(bytes, offset + 6);
    }

    /**
     * Sets {@code fragOff} (bits 48..63, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setFragOff(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> FRAG_OFF_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.fragOff", value, FRAG_OFF_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 6, value);
    }

    /**
     * As {@link #fragOff(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int fragOff(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU16BE(buffer, offset + 6);
    }

    /**
     * As {@link #setFragOff(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setFragOff(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> FRAG_OFF_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.fragOff", value, FRAG_OFF_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 6, value);
    }

    /**
     * Returns {@code ttl} (bits 64..71) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int ttl(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU8(bytes, offset + 8);
    }

    /**
     * Sets {@code ttl} (bits 64..71) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..255
     */
    public static void setTtl(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> TTL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.ttl", value, TTL_WIDTH);
        }
        BitfieldMemory.store8(bytes, offset + 8, value);
    }

    /**
     * As {@link #ttl(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int ttl(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU8(buffer, offset + 8);
    }

    /**
     * As {@link #setTtl(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setTtl(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> TTL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.ttl", value, TTL_WIDTH);
        }
        BitfieldMemory.store8(buffer, offset + 8, value);
    }

    /**
     * Returns {@code protocol} (bits 72..79) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int protocol(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU8(bytes, offset + 9);
    }

    /**
     * Sets {@code protocol} (bits 72..79) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..255
     */
    public static void setProtocol(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> PROTOCOL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.protocol", value, PROTOCOL_WIDTH);
        }
        BitfieldMemory.store8(bytes, offset + 9, value);
    }

    /**
     * As {@link #protocol(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int protocol(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU8(buffer, offset + 9);
    }

    /**
     * As {@link #setProtocol(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setProtocol(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> PROTOCOL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.protocol", value, PROTOCOL_WIDTH);
        }
        BitfieldMemory.store8(buffer, offset + 9, value);
    }

    /**
     * Returns {@code check} (bits 80..95, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int check(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU16BE(bytes, offset + 10);
    }

    /**
     * Sets {@code check} (bits 80..95, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setCheck(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> CHECK_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.check", value, CHECK_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 10, value);
    }

    /**
     * As {@link #check(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int check(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU16BE(buffer, offset + 10);
    }

    /**
     * As {@link #setCheck(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setCheck(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> CHECK_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("IpHeader.check", value, CHECK_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 10, value);
    }

    /**
     * Returns {@code saddr} (bits 96..127, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int saddr(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32BE(bytes, offset + 12);
    }

    /**
     * Sets {@code saddr} (bits 96..127, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setSaddr(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32BE(bytes, offset + 12, value);
    }

    /**
     * As {@link #saddr(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int saddr(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32BE(buffer, offset + 12);
    }

    /**
     * As {@link #setSaddr(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setSaddr(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32BE(buffer, offset + 12, value);
    }

    /**
     * Returns {@code daddr} (bits 128..159, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int daddr(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32BE(bytes, offset + 16);
    }

    /**
     * Sets {@code daddr} (bits 128..159, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setDaddr(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32BE(bytes, offset + 16, value);
    }

    /**
     * As {@link #daddr(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int daddr(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32BE(buffer, offset + 16);
    }

    /**
     * As {@link #setDaddr(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setDaddr(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32BE(buffer, offset + 16, value);
    }

    /**
     * Returns every field of the struct at {@code offset} by name, as {@code IpHeader{ihl=...}}:
     * arrays in brackets, nested unions and structs in braces, enums by constant name
     * (an undefined code as its number).
     */
    public static String toString(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        StringBuilder text = new StringBuilder("IpHeader{");
        text.append("ihl=").append(ihl(bytes, offset));
        text.append(", version=").append(version(bytes, offset));
        text.append(", tos=").append(tos(bytes, offset));
        text.append(", totLen=").append(totLen(bytes, offset));
        text.append(", id=").append(id(bytes, offset));
        text.append(", fragOff=").append(fragOff(bytes, offset));
        text.append(", ttl=").append(ttl(bytes, offset));
        text.append(", protocol=").append(protocol(bytes, offset));
        text.append(", check=").append(check(bytes, offset));
        text.append(", saddr=").append(Integer.toUnsignedString(saddr(bytes, offset)));
        text.append(", daddr=").append(Integer.toUnsignedString(daddr(bytes, offset)));
        return text.append('}').toString();
    }

    /**
     * As {@link #toString(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static String toString(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        StringBuilder text = new StringBuilder("IpHeader{");
        text.append("ihl=").append(ihl(buffer, offset));
        text.append(", version=").append(version(buffer, offset));
        text.append(", tos=").append(tos(buffer, offset));
        text.append(", totLen=").append(totLen(buffer, offset));
        text.append(", id=").append(id(buffer, offset));
        text.append(", fragOff=").append(fragOff(buffer, offset));
        text.append(", ttl=").append(ttl(buffer, offset));
        text.append(", protocol=").append(protocol(buffer, offset));
        text.append(", check=").append(check(buffer, offset));
        text.append(", saddr=").append(Integer.toUnsignedString(saddr(buffer, offset)));
        text.append(", daddr=").append(Integer.toUnsignedString(daddr(buffer, offset)));
        return text.append('}').toString();
    }
}
