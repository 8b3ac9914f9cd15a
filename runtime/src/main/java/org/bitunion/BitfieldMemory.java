package org.bitunion;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The loads and stores that generated accessors of structs in memory use: 1, 2, 4 and 8-byte windows of a
 * {@code byte[]} or a {@code ByteBuffer}, little-endian (x86-64's order, which the structs follow) or big-endian
 * (for {@code @BigEndian} fields). A {@code ByteBuffer} is always read at an absolute index, whatever its own
 * order and position.
 *
 * <p>Each method is one access through a {@code static final} {@link VarHandle}, which the JIT treats as a
 * constant and compiles to a single (unaligned) load or store, with the JDK's own bounds check. Small and final,
 * they inline into the generated accessors; nothing allocates or boxes.
 */
public final class BitfieldMemory {
    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private static final VarHandle BUFFER_SHORT_LE = MethodHandles.byteBufferViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BUFFER_INT_LE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BUFFER_LONG_LE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BUFFER_SHORT_BE = MethodHandles.byteBufferViewVarHandle(short[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle BUFFER_INT_BE = MethodHandles.byteBufferViewVarHandle(int[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle BUFFER_LONG_BE = MethodHandles.byteBufferViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    private BitfieldMemory() {}

    // byte[]: loads (8 and 16-bit windows zero-extended into an int)

    /**
     * Loads the 8-bit value at byte {@code index} of {@code bytes}, zero-extended.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value
     * @throws ArrayIndexOutOfBoundsException if the 8 bits are not all inside the array
     */
    public static int loadU8(byte[] bytes, int index) {
        return bytes[index] & 0xff;
    }

    /**
     * Loads the 16-bit little-endian value at byte {@code index} of {@code bytes}, zero-extended.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value
     * @throws ArrayIndexOutOfBoundsException if the 16 bits are not all inside the array
     */
    public static int loadU16LE(byte[] bytes, int index) {
        return (short) SHORT_LE.get(bytes, index) & 0xffff;
    }

    /**
     * Loads the 32-bit little-endian value at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws ArrayIndexOutOfBoundsException if the 32 bits are not all inside the array
     */
    public static int loadI32LE(byte[] bytes, int index) {
        return (int) INT_LE.get(bytes, index);
    }

    /**
     * Loads the 64-bit little-endian value at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws ArrayIndexOutOfBoundsException if the 64 bits are not all inside the array
     */
    public static long loadI64LE(byte[] bytes, int index) {
        return (long) LONG_LE.get(bytes, index);
    }

    /**
     * Loads the 16-bit big-endian value at byte {@code index} of {@code bytes}, zero-extended.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value
     * @throws ArrayIndexOutOfBoundsException if the 16 bits are not all inside the array
     */
    public static int loadU16BE(byte[] bytes, int index) {
        return (short) SHORT_BE.get(bytes, index) & 0xffff;
    }

    /**
     * Loads the 32-bit big-endian value at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws ArrayIndexOutOfBoundsException if the 32 bits are not all inside the array
     */
    public static int loadI32BE(byte[] bytes, int index) {
        return (int) INT_BE.get(bytes, index);
    }

    /**
     * Loads the 64-bit big-endian value at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws ArrayIndexOutOfBoundsException if the 64 bits are not all inside the array
     */
    public static long loadI64BE(byte[] bytes, int index) {
        return (long) LONG_BE.get(bytes, index);
    }

    // byte[]: stores (the low 8 or 16 bits of an int for the narrow windows)

    /**
     * Stores the low 8 bits of {@code value} at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 8 bits are not all inside the array
     */
    public static void store8(byte[] bytes, int index, int value) {
        bytes[index] = (byte) value;
    }

    /**
     * Stores the low 16 bits of {@code value}, little-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 16 bits are not all inside the array
     */
    public static void store16LE(byte[] bytes, int index, int value) {
        SHORT_LE.set(bytes, index, (short) value);
    }

    /**
     * Stores the low 32 bits of {@code value}, little-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 32 bits are not all inside the array
     */
    public static void store32LE(byte[] bytes, int index, int value) {
        INT_LE.set(bytes, index, value);
    }

    /**
     * Stores the low 64 bits of {@code value}, little-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 64 bits are not all inside the array
     */
    public static void store64LE(byte[] bytes, int index, long value) {
        LONG_LE.set(bytes, index, value);
    }

    /**
     * Stores the low 16 bits of {@code value}, big-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 16 bits are not all inside the array
     */
    public static void store16BE(byte[] bytes, int index, int value) {
        SHORT_BE.set(bytes, index, (short) value);
    }

    /**
     * Stores the low 32 bits of {@code value}, big-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 32 bits are not all inside the array
     */
    public static void store32BE(byte[] bytes, int index, int value) {
        INT_BE.set(bytes, index, value);
    }

    /**
     * Stores the low 64 bits of {@code value}, big-endian, at byte {@code index} of {@code bytes}.
     *
     * @param bytes the array
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws ArrayIndexOutOfBoundsException if the 64 bits are not all inside the array
     */
    public static void store64BE(byte[] bytes, int index, long value) {
        LONG_BE.set(bytes, index, value);
    }

    // ByteBuffer, absolute index: loads

    /**
     * Loads the 8-bit value at byte {@code index} of {@code buffer} (absolute), zero-extended.
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value
     * @throws IndexOutOfBoundsException if the 8 bits are not all inside the buffer's limit
     */
    public static int loadU8(ByteBuffer buffer, int index) {
        return buffer.get(index) & 0xff;
    }

    /**
     * Loads the 16-bit little-endian value at byte {@code index} of {@code buffer} (absolute), zero-extended.
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value
     * @throws IndexOutOfBoundsException if the 16 bits are not all inside the buffer's limit
     */
    public static int loadU16LE(ByteBuffer buffer, int index) {
        return (short) BUFFER_SHORT_LE.get(buffer, index) & 0xffff;
    }

    /**
     * Loads the 32-bit little-endian value at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws IndexOutOfBoundsException if the 32 bits are not all inside the buffer's limit
     */
    public static int loadI32LE(ByteBuffer buffer, int index) {
        return (int) BUFFER_INT_LE.get(buffer, index);
    }

    /**
     * Loads the 64-bit little-endian value at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws IndexOutOfBoundsException if the 64 bits are not all inside the buffer's limit
     */
    public static long loadI64LE(ByteBuffer buffer, int index) {
        return (long) BUFFER_LONG_LE.get(buffer, index);
    }

    /**
     * Loads the 16-bit big-endian value at byte {@code index} of {@code buffer} (absolute), zero-extended.
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value
     * @throws IndexOutOfBoundsException if the 16 bits are not all inside the buffer's limit
     */
    public static int loadU16BE(ByteBuffer buffer, int index) {
        return (short) BUFFER_SHORT_BE.get(buffer, index) & 0xffff;
    }

    /**
     * Loads the 32-bit big-endian value at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws IndexOutOfBoundsException if the 32 bits are not all inside the buffer's limit
     */
    public static int loadI32BE(ByteBuffer buffer, int index) {
        return (int) BUFFER_INT_BE.get(buffer, index);
    }

    /**
     * Loads the 64-bit big-endian value at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @return the value (as stored: a signed {@code int} or {@code long})
     * @throws IndexOutOfBoundsException if the 64 bits are not all inside the buffer's limit
     */
    public static long loadI64BE(ByteBuffer buffer, int index) {
        return (long) BUFFER_LONG_BE.get(buffer, index);
    }

    // ByteBuffer, absolute index: stores

    /**
     * Stores the low 8 bits of {@code value} at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 8 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store8(ByteBuffer buffer, int index, int value) {
        buffer.put(index, (byte) value);
    }

    /**
     * Stores the low 16 bits of {@code value}, little-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 16 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store16LE(ByteBuffer buffer, int index, int value) {
        BUFFER_SHORT_LE.set(buffer, index, (short) value);
    }

    /**
     * Stores the low 32 bits of {@code value}, little-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 32 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store32LE(ByteBuffer buffer, int index, int value) {
        BUFFER_INT_LE.set(buffer, index, value);
    }

    /**
     * Stores the low 64 bits of {@code value}, little-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 64 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store64LE(ByteBuffer buffer, int index, long value) {
        BUFFER_LONG_LE.set(buffer, index, value);
    }

    /**
     * Stores the low 16 bits of {@code value}, big-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 16 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store16BE(ByteBuffer buffer, int index, int value) {
        BUFFER_SHORT_BE.set(buffer, index, (short) value);
    }

    /**
     * Stores the low 32 bits of {@code value}, big-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 32 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store32BE(ByteBuffer buffer, int index, int value) {
        BUFFER_INT_BE.set(buffer, index, value);
    }

    /**
     * Stores the low 64 bits of {@code value}, big-endian, at byte {@code index} of {@code buffer} (absolute).
     *
     * @param buffer the buffer; its order and position are ignored
     * @param index the first byte
     * @param value the value; bits above the window's width are ignored
     * @throws IndexOutOfBoundsException if the 64 bits are not all inside the buffer's limit
     * @throws java.nio.ReadOnlyBufferException if the buffer is read-only
     */
    public static void store64BE(ByteBuffer buffer, int index, long value) {
        BUFFER_LONG_BE.set(buffer, index, value);
    }
}
