package test;

import java.nio.ByteBuffer;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.bitunion.BitfieldErrors;
import org.bitunion.BitfieldMemory;

/**
 * Static accessors for the {@link test.Sample} struct in memory, 56 bytes,
 * laid out as GCC lays out the same C declaration on x86-64 (little-endian,
 * bitfields LSB first). Every accessor takes the memory and the struct's offset in it.
 * Each field {@code foo} has {@code FOO_OFFSET_BITS}, its first bit in the struct, and
 * {@code FOO_WIDTH}, its width (of each element of an array, which has {@code FOO_COUNT}).
 *
 * <pre>
 * 0..12       off (signed int, 13 bits)
 * 13..28 (4 x 4) nibbles[4] (int, 4 bits)
 * 29..31 (3 x 1) flags[3] (boolean)
 * 32..63 (2 x 16) ports[2] (big-endian int, 16 bits)
 * 64..79      tag (big-endian Tag)
 * 80..127     stamp (signed long, 48 bits)
 * 128..223    range (Range)
 * 224..415 (2 x 96) history[2] (Range)
 * 416..447    alt (Alt)
 * </pre>
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class SampleBits {
    /**
     * The struct's size in bytes (C {@code sizeof}), the stride of an array of it.
     */
    public static final int SIZE = 56;

    public static final int OFF_OFFSET_BITS = 0;
    public static final int OFF_WIDTH = 13;

    public static final int NIBBLES_OFFSET_BITS = 13;
    public static final int NIBBLES_WIDTH = 4;
    public static final int NIBBLES_COUNT = 4;

    public static final int FLAGS_OFFSET_BITS = 29;
    public static final int FLAGS_WIDTH = 1;
    public static final int FLAGS_COUNT = 3;

    public static final int PORTS_OFFSET_BITS = 32;
    public static final int PORTS_WIDTH = 16;
    public static final int PORTS_COUNT = 2;

    public static final int TAG_OFFSET_BITS = 64;
    public static final int TAG_WIDTH = 16;

    public static final int STAMP_OFFSET_BITS = 80;
    public static final int STAMP_WIDTH = 48;

    public static final int RANGE_OFFSET_BITS = 128;
    public static final int RANGE_WIDTH = 96;

    public static final int HISTORY_OFFSET_BITS = 224;
    public static final int HISTORY_WIDTH = 96;
    public static final int HISTORY_COUNT = 2;

    public static final int ALT_OFFSET_BITS = 416;
    public static final int ALT_WIDTH = 32;

    public static final int ALT_RAW_OFFSET_BITS = 416;
    public static final int ALT_RAW_WIDTH = 32;

    public static final int ALT_LOW_OFFSET_BITS = 416;
    public static final int ALT_LOW_WIDTH = 16;

    private SampleBits() {
    }

    /**
     * Returns the byte offset of {@code range} in the struct at {@code offset},
     * for the accessors of {@link RangeBits}.
     */
    public static int rangeOffset(int offset) {
        return offset + 16;
    }

    /**
     * Returns the byte offset of {@code history}[index] in the struct at {@code offset},
     * for the accessors of {@link RangeBits}.
     *
     * @throws IndexOutOfBoundsException if {@code index} is not in 0..1
     */
    public static int historyOffset(int offset, int index) {
        Objects.checkIndex(index, HISTORY_COUNT);
        return offset + 28 + index * RangeBits.SIZE;
    }

    /**
     * Returns {@code off} (bits 0..12) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int off(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadU16LE(bytes, offset) << 19) >> 19;
    }

    /**
     * Sets {@code off} (bits 0..12) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in -4096..4095
     */
    public static void setOff(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value << 19) >> 19 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.off", value, OFF_WIDTH);
        }
        int window = BitfieldMemory.loadU16LE(bytes, offset);
        BitfieldMemory.store16LE(bytes, offset, window & 0xe000 | (value & 0x1fff));
    }

    /**
     * As {@link #off(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int off(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadU16LE(buffer, offset) << 19) >> 19;
    }

    /**
     * As {@link #setOff(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setOff(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value << 19) >> 19 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.off", value, OFF_WIDTH);
        }
        int window = BitfieldMemory.loadU16LE(buffer, offset);
        BitfieldMemory.store16LE(buffer, offset, window & 0xe000 | (value & 0x1fff));
    }

    /**
     * Returns {@code nibbles[index]} (bits 13..28 (4 x 4)) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static int nibbles(byte[] bytes, int offset, int index) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, NIBBLES_COUNT);
        int bit = 13 + index * 4;
        int at = bit >>> 5 << 2;
        int shift = bit & 31;
        return (BitfieldMemory.loadI32LE(bytes, offset + at) >>> shift) & 0xf;
    }

    /**
     * Sets {@code nibbles[index]} (bits 13..28 (4 x 4)) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     * @throws IllegalArgumentException if {@code value} is not in 0..15
     */
    public static void setNibbles(byte[] bytes, int offset, int index, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, NIBBLES_COUNT);
        if ((value >>> NIBBLES_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.nibbles", value, NIBBLES_WIDTH);
        }
        int bit = 13 + index * 4;
        int at = bit >>> 5 << 2;
        int shift = bit & 31;
        int window = BitfieldMemory.loadI32LE(bytes, offset + at);
        BitfieldMemory.store32LE(bytes, offset + at, window & ~(0xf << shift) | value << shift);
    }

    /**
     * As {@link #nibbles(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int nibbles(ByteBuffer buffer, int offset, int index) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, NIBBLES_COUNT);
        int bit = 13 + index * 4;
        int at = bit >>> 5 << 2;
        int shift = bit & 31;
        return (BitfieldMemory.loadI32LE(buffer, offset + at) >>> shift) & 0xf;
    }

    /**
     * As {@link #setNibbles(byte[], int, int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setNibbles(ByteBuffer buffer, int offset, int index, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, NIBBLES_COUNT);
        if ((value >>> NIBBLES_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.nibbles", value, NIBBLES_WIDTH);
        }
        int bit = 13 + index * 4;
        int at = bit >>> 5 << 2;
        int shift = bit & 31;
        int window = BitfieldMemory.loadI32LE(buffer, offset + at);
        BitfieldMemory.store32LE(buffer, offset + at, window & ~(0xf << shift) | value << shift);
    }

    /**
     * Returns {@code flags[index]} (bits 29..31 (3 x 1)) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static boolean flags(byte[] bytes, int offset, int index) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, FLAGS_COUNT);
        int bit = 29 + index;
        int at = bit >>> 3;
        int shift = bit & 7;
        return (BitfieldMemory.loadU8(bytes, offset + at) & (1 << shift)) != 0;
    }

    /**
     * Sets {@code flags[index]} (bits 29..31 (3 x 1)) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static void setFlags(byte[] bytes, int offset, int index, boolean value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, FLAGS_COUNT);
        int bit = 29 + index;
        int at = bit >>> 3;
        int shift = bit & 7;
        int window = BitfieldMemory.loadU8(bytes, offset + at);
        BitfieldMemory.store8(bytes, offset + at, value ? window | (1 << shift) : window & ~(1 << shift));
    }

    /**
     * As {@link #flags(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static boolean flags(ByteBuffer buffer, int offset, int index) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, FLAGS_COUNT);
        int bit = 29 + index;
        int at = bit >>> 3;
        int shift = bit & 7;
        return (BitfieldMemory.loadU8(buffer, offset + at) & (1 << shift)) != 0;
    }

    /**
     * As {@link #setFlags(byte[], int, int, boolean)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setFlags(ByteBuffer buffer, int offset, int index, boolean value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, FLAGS_COUNT);
        int bit = 29 + index;
        int at = bit >>> 3;
        int shift = bit & 7;
        int window = BitfieldMemory.loadU8(buffer, offset + at);
        BitfieldMemory.store8(buffer, offset + at, value ? window | (1 << shift) : window & ~(1 << shift));
    }

    /**
     * Returns {@code ports[index]} (bits 32..63 (2 x 16), big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static int ports(byte[] bytes, int offset, int index) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, PORTS_COUNT);
        return BitfieldMemory.loadU16BE(bytes, offset + 4 + index * 2);
    }

    /**
     * Sets {@code ports[index]} (bits 32..63 (2 x 16), big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setPorts(byte[] bytes, int offset, int index, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        Objects.checkIndex(index, PORTS_COUNT);
        if ((value >>> PORTS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.ports", value, PORTS_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 4 + index * 2, value);
    }

    /**
     * As {@link #ports(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int ports(ByteBuffer buffer, int offset, int index) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, PORTS_COUNT);
        return BitfieldMemory.loadU16BE(buffer, offset + 4 + index * 2);
    }

    /**
     * As {@link #setPorts(byte[], int, int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setPorts(ByteBuffer buffer, int offset, int index, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        Objects.checkIndex(index, PORTS_COUNT);
        if ((value >>> PORTS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.ports", value, PORTS_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 4 + index * 2, value);
    }

    /**
     * Returns {@code tag} (bits 64..79, big-endian) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int tag(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadU16BE(bytes, offset + 8);
    }

    /**
     * Sets {@code tag} (bits 64..79, big-endian) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in 0..65535
     */
    public static void setTag(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value >>> TAG_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.tag", value, TAG_WIDTH);
        }
        BitfieldMemory.store16BE(bytes, offset + 8, value);
    }

    /**
     * As {@link #tag(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int tag(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadU16BE(buffer, offset + 8);
    }

    /**
     * As {@link #setTag(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setTag(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value >>> TAG_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("Sample.tag", value, TAG_WIDTH);
        }
        BitfieldMemory.store16BE(buffer, offset + 8, value);
    }

    /**
     * Returns {@code stamp} (bits 80..127) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static long stamp(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadI64LE(bytes, offset + 8)) >> 16;
    }

    /**
     * Sets {@code stamp} (bits 80..127) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in -140737488355328..140737488355327
     */
    public static void setStamp(byte[] bytes, int offset, long value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value << 16) >> 16 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.stamp", value, STAMP_WIDTH);
        }
        long window = BitfieldMemory.loadI64LE(bytes, offset + 8);
        BitfieldMemory.store64LE(bytes, offset + 8, window & 0xffffL | (value & 0xffff_ffff_ffffL) << 16);
    }

    /**
     * As {@link #stamp(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static long stamp(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadI64LE(buffer, offset + 8)) >> 16;
    }

    /**
     * As {@link #setStamp(byte[], int, long)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setStamp(ByteBuffer buffer, int offset, long value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value << 16) >> 16 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.stamp", value, STAMP_WIDTH);
        }
        long window = BitfieldMemory.loadI64LE(buffer, offset + 8);
        BitfieldMemory.store64LE(buffer, offset + 8, window & 0xffffL | (value & 0xffff_ffff_ffffL) << 16);
    }

    /**
     * Returns {@code rangeBase} (bits 128..159) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int rangeBase(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32LE(bytes, offset + 16);
    }

    /**
     * Sets {@code rangeBase} (bits 128..159) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setRangeBase(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32LE(bytes, offset + 16, value);
    }

    /**
     * As {@link #rangeBase(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int rangeBase(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32LE(buffer, offset + 16);
    }

    /**
     * As {@link #setRangeBase(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setRangeBase(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32LE(buffer, offset + 16, value);
    }

    /**
     * Returns {@code rangeDelta} (bits 160..179) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int rangeDelta(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadI32LE(bytes, offset + 20) << 12) >> 12;
    }

    /**
     * Sets {@code rangeDelta} (bits 160..179) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in -524288..524287
     */
    public static void setRangeDelta(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value << 12) >> 12 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.range.delta", value, 20);
        }
        int window = BitfieldMemory.loadI32LE(bytes, offset + 20);
        BitfieldMemory.store32LE(bytes, offset + 20, window & 0xfff0_0000 | (value & 0xf_ffff));
    }

    /**
     * As {@link #rangeDelta(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int rangeDelta(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadI32LE(buffer, offset + 20) << 12) >> 12;
    }

    /**
     * As {@link #setRangeDelta(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setRangeDelta(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value << 12) >> 12 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.range.delta", value, 20);
        }
        int window = BitfieldMemory.loadI32LE(buffer, offset + 20);
        BitfieldMemory.store32LE(buffer, offset + 20, window & 0xfff0_0000 | (value & 0xf_ffff));
    }

    /**
     * Returns {@code rangePresent} (bit 180) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static boolean rangePresent(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadU8(bytes, offset + 22) & 0x10) != 0;
    }

    /**
     * Sets {@code rangePresent} (bit 180) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setRangePresent(byte[] bytes, int offset, boolean value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        int window = BitfieldMemory.loadU8(bytes, offset + 22);
        BitfieldMemory.store8(bytes, offset + 22, value ? window | 0x10 : window & ~0x10);
    }

    /**
     * As {@link #rangePresent(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static boolean rangePresent(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadU8(buffer, offset + 22) & 0x10) != 0;
    }

    /**
     * As {@link #setRangePresent(byte[], int, boolean)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setRangePresent(ByteBuffer buffer, int offset, boolean value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        int window = BitfieldMemory.loadU8(buffer, offset + 22);
        BitfieldMemory.store8(buffer, offset + 22, value ? window | 0x10 : window & ~0x10);
    }

    /**
     * Returns {@code rangeLimit} (bits 192..223) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int rangeLimit(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32LE(bytes, offset + 24);
    }

    /**
     * Sets {@code rangeLimit} (bits 192..223) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setRangeLimit(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32LE(bytes, offset + 24, value);
    }

    /**
     * As {@link #rangeLimit(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int rangeLimit(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32LE(buffer, offset + 24);
    }

    /**
     * As {@link #setRangeLimit(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setRangeLimit(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32LE(buffer, offset + 24, value);
    }

    /**
     * Returns {@code historyBase[historyIndex]} (of the nested history) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static int historyBase(byte[] bytes, int offset, int historyIndex) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return RangeBits.base(bytes, historyOffset(offset, historyIndex));
    }

    /**
     * Sets {@code historyBase[historyIndex]} (of the nested history) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static void setHistoryBase(byte[] bytes, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        RangeBits.setBase(bytes, historyOffset(offset, historyIndex), value);
    }

    /**
     * As {@link #historyBase(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int historyBase(ByteBuffer buffer, int offset, int historyIndex) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return RangeBits.base(buffer, historyOffset(offset, historyIndex));
    }

    /**
     * As {@link #setHistoryBase(byte[], int, int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setHistoryBase(ByteBuffer buffer, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        RangeBits.setBase(buffer, historyOffset(offset, historyIndex), value);
    }

    /**
     * Returns {@code historyDelta[historyIndex]} (of the nested history) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static int historyDelta(byte[] bytes, int offset, int historyIndex) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return RangeBits.delta(bytes, historyOffset(offset, historyIndex));
    }

    /**
     * Sets {@code historyDelta[historyIndex]} (of the nested history) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static void setHistoryDelta(byte[] bytes, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        RangeBits.setDelta(bytes, historyOffset(offset, historyIndex), value);
    }

    /**
     * As {@link #historyDelta(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int historyDelta(ByteBuffer buffer, int offset, int historyIndex) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return RangeBits.delta(buffer, historyOffset(offset, historyIndex));
    }

    /**
     * As {@link #setHistoryDelta(byte[], int, int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setHistoryDelta(ByteBuffer buffer, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        RangeBits.setDelta(buffer, historyOffset(offset, historyIndex), value);
    }

    /**
     * Returns {@code historyPresent[historyIndex]} (of the nested history) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static boolean historyPresent(byte[] bytes, int offset, int historyIndex) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return RangeBits.present(bytes, historyOffset(offset, historyIndex));
    }

    /**
     * Sets {@code historyPresent[historyIndex]} (of the nested history) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static void setHistoryPresent(byte[] bytes, int offset, int historyIndex,
            boolean value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        RangeBits.setPresent(bytes, historyOffset(offset, historyIndex), value);
    }

    /**
     * As {@link #historyPresent(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static boolean historyPresent(ByteBuffer buffer, int offset, int historyIndex) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return RangeBits.present(buffer, historyOffset(offset, historyIndex));
    }

    /**
     * As {@link #setHistoryPresent(byte[], int, int, boolean)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setHistoryPresent(ByteBuffer buffer, int offset, int historyIndex,
            boolean value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        RangeBits.setPresent(buffer, historyOffset(offset, historyIndex), value);
    }

    /**
     * Returns {@code historyLimit[historyIndex]} (of the nested history) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static int historyLimit(byte[] bytes, int offset, int historyIndex) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return RangeBits.limit(bytes, historyOffset(offset, historyIndex));
    }

    /**
     * Sets {@code historyLimit[historyIndex]} (of the nested history) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory, or an index is out of range
     */
    public static void setHistoryLimit(byte[] bytes, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        RangeBits.setLimit(bytes, historyOffset(offset, historyIndex), value);
    }

    /**
     * As {@link #historyLimit(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int historyLimit(ByteBuffer buffer, int offset, int historyIndex) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return RangeBits.limit(buffer, historyOffset(offset, historyIndex));
    }

    /**
     * As {@link #setHistoryLimit(byte[], int, int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setHistoryLimit(ByteBuffer buffer, int offset, int historyIndex, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        RangeBits.setLimit(buffer, historyOffset(offset, historyIndex), value);
    }

    /**
     * Returns {@code alt} (bits 416..447) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int alt(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32LE(bytes, offset + 52);
    }

    /**
     * Sets {@code alt} (bits 416..447) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setAlt(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32LE(bytes, offset + 52, value);
    }

    /**
     * As {@link #alt(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int alt(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32LE(buffer, offset + 52);
    }

    /**
     * As {@link #setAlt(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setAlt(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32LE(buffer, offset + 52, value);
    }

    /**
     * Returns {@code altRaw} (bits 416..447) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int altRaw(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return BitfieldMemory.loadI32LE(bytes, offset + 52);
    }

    /**
     * Sets {@code altRaw} (bits 416..447) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static void setAltRaw(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        BitfieldMemory.store32LE(bytes, offset + 52, value);
    }

    /**
     * As {@link #altRaw(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int altRaw(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return BitfieldMemory.loadI32LE(buffer, offset + 52);
    }

    /**
     * As {@link #setAltRaw(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setAltRaw(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        BitfieldMemory.store32LE(buffer, offset + 52, value);
    }

    /**
     * Returns {@code altLow} (bits 416..431) in the struct at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     */
    public static int altLow(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        return (BitfieldMemory.loadU16LE(bytes, offset + 52) << 16) >> 16;
    }

    /**
     * Sets {@code altLow} (bits 416..431) in the struct at {@code offset}; other memory stays as it was.
     *
     * @throws IndexOutOfBoundsException if the struct is not all in memory
     * @throws IllegalArgumentException if {@code value} is not in -32768..32767
     */
    public static void setAltLow(byte[] bytes, int offset, int value) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        if ((value << 16) >> 16 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.alt.low", value, ALT_LOW_WIDTH);
        }
        BitfieldMemory.store16LE(bytes, offset + 52, value);
    }

    /**
     * As {@link #altLow(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int altLow(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        return (BitfieldMemory.loadU16LE(buffer, offset + 52) << 16) >> 16;
    }

    /**
     * As {@link #setAltLow(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void setAltLow(ByteBuffer buffer, int offset, int value) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        if ((value << 16) >> 16 != value) {
            throw BitfieldErrors.outOfSignedRange("Sample.alt.low", value, ALT_LOW_WIDTH);
        }
        BitfieldMemory.store16LE(buffer, offset + 52, value);
    }

    /**
     * Returns every field of the struct at {@code offset} by name, as {@code Sample{off=...}}:
     * arrays in brackets, nested unions and structs in braces, enums by constant name
     * (an undefined code as its number).
     */
    public static String toString(byte[] bytes, int offset) {
        Objects.checkIndex(offset, bytes.length - SIZE + 1);
        StringBuilder text = new StringBuilder("Sample{");
        text.append("off=").append(off(bytes, offset));
        text.append(", nibbles=[");
        for (int i = 0; i < NIBBLES_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(nibbles(bytes, offset, i));
        }
        text.append(']');
        text.append(", flags=[");
        for (int i = 0; i < FLAGS_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(flags(bytes, offset, i));
        }
        text.append(']');
        text.append(", ports=[");
        for (int i = 0; i < PORTS_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(ports(bytes, offset, i));
        }
        text.append(']');
        text.append(", tag=").append(TagBits.toString(tag(bytes, offset)));
        text.append(", stamp=").append(stamp(bytes, offset));
        text.append(", range=").append(RangeBits.toString(bytes, rangeOffset(offset)));
        text.append(", history=[");
        for (int i = 0; i < HISTORY_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(RangeBits.toString(bytes, historyOffset(offset, i)));
        }
        text.append(']');
        text.append(", alt=").append(AltBits.toString(alt(bytes, offset)));
        return text.append('}').toString();
    }

    /**
     * As {@link #toString(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static String toString(ByteBuffer buffer, int offset) {
        Objects.checkIndex(offset, buffer.limit() - SIZE + 1);
        StringBuilder text = new StringBuilder("Sample{");
        text.append("off=").append(off(buffer, offset));
        text.append(", nibbles=[");
        for (int i = 0; i < NIBBLES_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(nibbles(buffer, offset, i));
        }
        text.append(']');
        text.append(", flags=[");
        for (int i = 0; i < FLAGS_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(flags(buffer, offset, i));
        }
        text.append(']');
        text.append(", ports=[");
        for (int i = 0; i < PORTS_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(ports(buffer, offset, i));
        }
        text.append(']');
        text.append(", tag=").append(TagBits.toString(tag(buffer, offset)));
        text.append(", stamp=").append(stamp(buffer, offset));
        text.append(", range=").append(RangeBits.toString(buffer, rangeOffset(offset)));
        text.append(", history=[");
        for (int i = 0; i < HISTORY_COUNT; i++) {
            text.append(i == 0 ? "" : ", ").append(RangeBits.toString(buffer, historyOffset(offset, i)));
        }
        text.append(']');
        text.append(", alt=").append(AltBits.toString(alt(buffer, offset)));
        return text.append('}').toString();
    }
}
