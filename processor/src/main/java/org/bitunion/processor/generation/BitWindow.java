package org.bitunion.processor.generation;

import com.palantir.javapoet.CodeBlock;
import org.bitunion.processor.model.FieldModel;

/**
 * Where a value's bits lie in memory, and the code that reads and writes them: the smallest window of 1, 2, 4 or 8
 * bytes that holds them and lies inside the struct, loaded little-endian, and the bits' position in it. An array
 * element's position depends on its index, so its window starts at a computed byte ({@code at}) with a computed
 * shift; a packed field that spans nine bytes needs a second, one-byte window above the first (for an array
 * element, only when that element does: the others stay one 8-byte access, and the byte above is never read where
 * it might lie past the struct).
 *
 * @param bytes     the window's size: 1, 2, 4 or 8 (8 also for a nine-byte span, with {@code split})
 * @param bigEndian a {@code @BigEndian} value: the window is exactly the value, in network order
 * @param index     the window's first byte, as an expression from {@code offset}
 * @param shift     the bits' lowest position in the window: a literal, or {@code shift} when computed
 * @param constantShift the shift when known at compile time, else -1
 * @param width     the value's width in bits
 * @param split     whether the bits continue into the byte after an 8-byte window; with a computed shift, whether
 *                  they may: then the code tests the element's shift and takes the byte after only when needed
 */
record BitWindow(int bytes, boolean bigEndian, CodeBlock index, String shift, int constantShift, int width,
        boolean split) {

    /** The window of a value at a bit position known at compile time, in a struct of {@code structBytes}. */
    static BitWindow fixed(int bitOffset, int width, boolean bigEndian, int structBytes) {
        int first = bitOffset >>> 3;
        if (bigEndian) {
            return new BitWindow(width / 8, true, relative(first), "0", 0, width, false);
        }
        int span = ((bitOffset + width - 1) >>> 3) - first + 1;
        int bytes = windowFor(span);
        if (bytes == 0) {
            return new BitWindow(8, false, relative(first), String.valueOf(bitOffset & 7), bitOffset & 7, width, true);
        }
        // prefer the window aligned to its size: it stays in the field's storage unit (never touching a
        // neighbouring member) and never splits a cache line; else the one at the field's first byte
        int aligned = first & -bytes;
        int start = 8 * (aligned + bytes) >= bitOffset + width && aligned + bytes <= structBytes ? aligned
                : Math.min(first, structBytes - bytes);
        int shift = bitOffset - 8 * start;
        return new BitWindow(bytes, false, relative(start), String.valueOf(shift), shift, width, false);
    }

    /**
     * The window of element {@code index} (a variable) of an array whose elements are not whole bytes. Best, the
     * smallest window size whose aligned windows each hold a whole element (elements never straddle their
     * storage unit unless packed, so one always exists then): {@code at} and {@code shift} are a shift and a mask
     * of the element's bit, and the window never leaves the element's storage unit. Else (packed) a window as
     * large as the widest element needs at the element's first byte, moved back to end inside the struct where an
     * element near its end needs that.
     */
    static Located element(FieldModel array, int structBytes) {
        int width = array.width();
        CodeBlock.Builder setup = CodeBlock.builder()
                .addStatement(width == 1 ? CodeBlock.of("int bit = $L + index", array.shift())
                        : CodeBlock.of("int bit = $L + index * $L", array.shift(), width));
        for (int bytes = 1; bytes <= 8; bytes *= 2) {
            if (alignedWindowsHoldEveryElement(array, bytes, structBytes)) {
                int log2Bits = Integer.numberOfTrailingZeros(8 * bytes);
                if (bytes == 1) {
                    setup.addStatement("int at = bit >>> 3");
                } else {
                    setup.addStatement("int at = bit >>> $L << $L", log2Bits, log2Bits - 3);
                }
                setup.addStatement("int shift = bit & $L", 8 * bytes - 1);
                return new Located(setup.build(), new BitWindow(bytes, false, CodeBlock.of("offset + at"), "shift",
                        -1, width, false));
            }
        }
        int maxSpan = 0;
        for (int i = 0; i < array.count(); i++) {
            int bit = array.shift() + i * width;
            maxSpan = Math.max(maxSpan, ((bit + width - 1) >>> 3) - (bit >>> 3) + 1);
        }
        boolean split = windowFor(maxSpan) == 0;
        int bytes = split ? 8 : windowFor(maxSpan);
        boolean clamp = false;
        for (int i = 0; i < array.count(); i++) {
            clamp |= ((array.shift() + i * width) >>> 3) + bytes > structBytes;
        }
        if (clamp) {
            // an element moved back this way fits its window (it ends inside the struct), so never splits
            setup.addStatement("int at = $T.min(bit >>> 3, $L)", Math.class, structBytes - bytes)
                    .addStatement("int shift = bit - 8 * at");
        } else {
            setup.addStatement("int at = bit >>> 3").addStatement("int shift = bit & 7");
        }
        BitWindow window = new BitWindow(bytes, false, CodeBlock.of("offset + at"), "shift", -1, width, split);
        return new Located(setup.build(), window);
    }

    /** Whether every element lies in one {@code bytes}-aligned window of {@code bytes} inside the struct. */
    private static boolean alignedWindowsHoldEveryElement(FieldModel array, int bytes, int structBytes) {
        int windowBits = 8 * bytes;
        for (int i = 0; i < array.count(); i++) {
            int first = array.shift() + i * array.width();
            int last = first + array.width() - 1;
            if (first / windowBits != last / windowBits || (first / windowBits + 1) * bytes > structBytes) {
                return false;
            }
        }
        return true;
    }

    /** A window and the statements that compute its position first (none for a fixed position). */
    record Located(CodeBlock setup, BitWindow window) {}

    /** The window of element {@code index} of an array of whole 1, 2, 4 or 8-byte elements. */
    static BitWindow wholeElement(FieldModel array) {
        int bytes = array.width() / 8;
        int first = array.shift() / 8;
        CodeBlock element = bytes == 1 ? CodeBlock.of("index") : CodeBlock.of("index * $L", bytes);
        CodeBlock index = first == 0 ? CodeBlock.of("offset + $L", element)
                : CodeBlock.of("offset + $L + $L", first, element);
        return new BitWindow(bytes, array.bigEndian(), index, "0", 0, array.width(), false);
    }

    /** The smallest window of 1, 2, 4 or 8 bytes that holds {@code span} bytes, or 0 for a nine-byte span. */
    static int windowFor(int span) {
        return span <= 1 ? 1 : span <= 2 ? 2 : span <= 4 ? 4 : span <= 8 ? 8 : 0;
    }

    private static CodeBlock relative(int byteOffset) {
        return byteOffset == 0 ? CodeBlock.of("offset") : CodeBlock.of("offset + $L", byteOffset);
    }

    /** Whether this window is exactly the value: loaded and stored whole, no shift and no mask. */
    boolean isWhole() {
        return !split && constantShift == 0 && width == 8 * bytes;
    }

    /** The Java type of a loaded window: {@code long} for 8 bytes, else {@code int}. */
    boolean isLongWindow() {
        return bytes == 8;
    }

    /**
     * The window's bits as an unsigned value of the field's Java type ({@code int} or {@code long}), or a signed
     * one sign-extended from the field's top bit.
     */
    CodeBlock read(MemoryKind kind, boolean longValue, boolean signed) {
        CodeBlock load = kind.load(bytes, bigEndian, index);
        if (split) {
            CodeBlock high = kind.load(1, false, CodeBlock.of("$L + 8", index));
            // (high << 1) << (63 - shift): a computed shift of 0 must bring in nothing, and << 64 would be << 0
            CodeBlock joined = constantShift > 0
                    ? CodeBlock.of("($L >>> $L | (long) $L << $L)", load, shift, high, 64 - constantShift)
                    : CodeBlock.of("($L >>> $L | ((long) $L << 1) << (63 - $L))", load, shift, high, shift);
            CodeBlock nineBytes = narrow(extract(joined, 64, "0", 0, signed), 64, longValue);
            if (constantShift >= 0) {
                return nineBytes;
            }
            // an element inside the 8-byte window is one access, and the last element's byte above may be past
            // the struct
            CodeBlock eightBytes = narrow(extract(load, 64, shift, constantShift, signed), 64, longValue);
            return CodeBlock.of("$N <= $L ? $L : $L", shift, 64 - width, eightBytes, nineBytes);
        }
        int typeBits = isLongWindow() || longValue ? 64 : 32;
        CodeBlock window = isLongWindow() || !longValue ? load
                : bytes == 4 ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, load)
                : CodeBlock.of("(long) $L", load);
        return narrow(extract(window, typeBits, shift, constantShift, signed), typeBits, longValue);
    }

    /** {@code value}'s {@code width} bits at {@code shift} of {@code window}, in a type of {@code typeBits}. */
    private CodeBlock extract(CodeBlock window, int typeBits, String shift, int constantShift, boolean signed) {
        int loadedBits = split ? 64 : 8 * bytes;
        if (signed) {
            if (constantShift >= 0) {
                int up = typeBits - constantShift - width;
                int down = typeBits - width;
                CodeBlock raised = up == 0 ? window : CodeBlock.of("$L << $L", window, up);
                return down == 0 ? raised : CodeBlock.of("($L) >> $L", raised, down);
            }
            return CodeBlock.of("($L << ($L - $N)) >> $L", window, typeBits - width, shift, typeBits - width);
        }
        CodeBlock shifted = constantShift == 0 ? window : CodeBlock.of("($L >>> $L)", window, shift);
        if (constantShift >= 0 && constantShift + width == loadedBits) {
            return shifted; // the bits run to the top of a zero-extended window: nothing above to mask
        }
        return CodeBlock.of("$L & $L", shifted, Literals.hex(FieldModel.lowMask(width), typeBits == 64));
    }

    private static CodeBlock narrow(CodeBlock value, int typeBits, boolean longValue) {
        return typeBits == 64 && !longValue ? CodeBlock.of("(int) ($L)", value) : value;
    }

    /** The boolean at this window's bit. */
    CodeBlock readBoolean(MemoryKind kind) {
        CodeBlock load = kind.load(bytes, false, index);
        if (constantShift >= 0) {
            return CodeBlock.of("($L & $L) != 0", load, Literals.hex(1L << constantShift, isLongWindow()));
        }
        return CodeBlock.of("($L & ($L << $N)) != 0", load, isLongWindow() ? "1L" : "1", shift);
    }

    /**
     * The statements that store {@code value} (of the field's Java type, already range-checked) into the window
     * and keep every other bit of it; {@code mask} says whether the value needs masking to {@code width} bits
     * (a signed value, or one that fills its type).
     */
    CodeBlock write(MemoryKind kind, CodeBlock value, boolean longValue, boolean mask) {
        if (isWhole()) {
            CodeBlock stored = longValue && !isLongWindow() ? CodeBlock.of("(int) $L", value) : value;
            return CodeBlock.builder().addStatement("$L", kind.store(bytes, bigEndian, index, stored)).build();
        }
        if (split && constantShift >= 0) {
            return writeSplit(kind, value, longValue);
        }
        if (split) {
            // as in read: the byte after the window only for an element that reaches it
            return CodeBlock.builder()
                    .beginControlFlow("if ($N <= $L)", shift, 64 - width)
                    .add(writeWindow(kind, value, longValue, mask))
                    .nextControlFlow("else")
                    .add(writeSplit(kind, value, longValue))
                    .endControlFlow()
                    .build();
        }
        return writeWindow(kind, value, longValue, mask);
    }

    /** The statements that store {@code value} into this one window (not split), keeping its other bits. */
    private CodeBlock writeWindow(MemoryKind kind, CodeBlock value, boolean longValue, boolean mask) {
        boolean longWindow = isLongWindow();
        CodeBlock typed = longWindow == longValue ? value
                : longWindow ? CodeBlock.of("(long) $L", value) : CodeBlock.of("(int) $L", value);
        if (mask) {
            typed = CodeBlock.of("($L & $L)", typed, Literals.hex(FieldModel.lowMask(width), longWindow));
        }
        CodeBlock placed = constantShift == 0 ? typed : CodeBlock.of("$L << $N", typed, shift);
        CodeBlock cleared;
        if (constantShift >= 0) {
            long inPlace = FieldModel.lowMask(width) << constantShift;
            cleared = CodeBlock.of("window & $L", Literals.hex(~inPlace & FieldModel.lowMask(8 * bytes), longWindow));
        } else {
            cleared = CodeBlock.of("window & ~($L << $N)", Literals.hex(FieldModel.lowMask(width), longWindow),
                    shift);
        }
        return CodeBlock.builder()
                .addStatement("$L window = $L", longWindow ? "long" : "int", kind.load(bytes, false, index))
                .addStatement("$L", kind.store(bytes, false, index, CodeBlock.of("$L | $L", cleared, placed)))
                .build();
    }

    /** A boolean: set or clear one bit of the window. */
    CodeBlock writeBoolean(MemoryKind kind, CodeBlock value) {
        CodeBlock bit = constantShift >= 0 ? CodeBlock.of("$L", Literals.hex(1L << constantShift, isLongWindow()))
                : CodeBlock.of("($L << $N)", isLongWindow() ? "1L" : "1", shift);
        return CodeBlock.builder()
                .addStatement("$L window = $L", isLongWindow() ? "long" : "int", kind.load(bytes, false, index))
                .addStatement("$L", kind.store(bytes, false, index,
                        CodeBlock.of("$L ? window | $L : window & ~$L", value, bit, bit)))
                .build();
    }

    private CodeBlock writeSplit(MemoryKind kind, CodeBlock value, boolean longValue) {
        CodeBlock bits = CodeBlock.of("($L & $L)", longValue ? value : CodeBlock.of("(long) $L", value),
                Literals.hex(FieldModel.lowMask(width), true));
        CodeBlock highIndex = CodeBlock.of("$L + 8", index);
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("long bits = $L", bits)
                .addStatement("$L", kind.store(8, false, index, CodeBlock.of("$L & ~($L << $N) | bits << $N",
                        kind.load(8, false, index), Literals.hex(FieldModel.lowMask(width), true), shift, shift)));
        // the bits above the 8-byte window, moved down into the next byte
        CodeBlock down = constantShift > 0 ? CodeBlock.of("$L", 64 - constantShift)
                : CodeBlock.of("(64 - $N)", shift);
        code.addStatement("int highMask = (int) ($L >>> $L) >>> 1", Literals.hex(FieldModel.lowMask(width), true),
                constantShift > 0 ? CodeBlock.of("$L", 63 - constantShift) : CodeBlock.of("(63 - $N)", shift));
        CodeBlock highBits = constantShift > 0 ? CodeBlock.of("$L", 63 - constantShift)
                : CodeBlock.of("(63 - $N)", shift);
        code.addStatement("$L", kind.store(1, false, highIndex, CodeBlock.of(
                "$L & ~highMask | (int) (bits >>> 1 >>> $L) & highMask", kind.load(1, false, highIndex), highBits)));
        return code.build();
    }
}
