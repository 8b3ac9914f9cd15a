package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.bitunion.BitfieldErrors;
import org.bitunion.BitfieldMemory;
import org.bitunion.BitfieldText;

/**
 * Static accessors for the {@link test.LeafType} packed union,
 * whose 8 bits are held in an {@code int}: fields are LSB first,
 * as GCC lays out the same C bitfields on x86-64. Each field {@code foo} has
 * {@code FOO_SHIFT}, its lowest bit, {@code FOO_WIDTH} and {@code FOO_MASK}, its bits in place.
 *
 * <pre>
 * 0..2    memoryType (MemoryType, 3 bits)
 * 3       ignorePat (boolean)
 * </pre>
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class LeafTypeBits {
    public static final int MEMORY_TYPE_SHIFT = 0;
    public static final int MEMORY_TYPE_WIDTH = 3;
    public static final int MEMORY_TYPE_MASK = 0x7;

    public static final int IGNORE_PAT_SHIFT = 3;
    public static final int IGNORE_PAT_WIDTH = 1;
    public static final int IGNORE_PAT_MASK = 0x8;

    /**
     * Every bit that belongs to a named field.
     */
    public static final int FIELDS_MASK = 0xf;

    /**
     * The word's size in memory in bytes: the fewest that hold its 8 bits.
     */
    public static final int SIZE = 1;

    private LeafTypeBits() {
    }

    /**
     * Returns the raw code of {@code memoryType}, bits 0..2 of the word,
     * whether or not a constant of {@link MemoryType} has it.
     */
    public static int memoryTypeCode(int word) {
        return word & MEMORY_TYPE_MASK;
    }

    /**
     * Returns {@code memoryType}, bits 0..2 of the word.
     *
     * @throws IllegalArgumentException if no constant of {@link MemoryType} has the code
     *     in the word
     */
    public static MemoryType memoryType(int word) {
        int code = memoryTypeCode(word);
        MemoryType value = decodeMemoryType(code);
        if (value == null) {
            throw BitfieldErrors.undefinedCode("LeafType.memoryType", "MemoryType", code);
        }
        return value;
    }

    /**
     * Returns the word with {@code memoryType} (bits 0..2) set to {@code value}, other bits kept.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public static int withMemoryType(int word, MemoryType value) {
        if (value == null) {
            throw BitfieldErrors.nullValue("LeafType.memoryType");
        }
        int code;
        if (value == MemoryType.UC) {
            code = 0;
        } else if (value == MemoryType.WC) {
            code = 1;
        } else if (value == MemoryType.WT) {
            code = 4;
        } else if (value == MemoryType.WP) {
            code = 5;
        } else if (value == MemoryType.WB) {
            code = 6;
        } else {
            throw new IllegalStateException("MemoryType changed after LeafTypeBits was generated; recompile: "
                     + value);
        }
        return (word & ~MEMORY_TYPE_MASK) | code;
    }

    /**
     * Returns the word with the raw code of {@code memoryType} (bits 0..2) set to {@code code},
     * whether or not a constant of {@link MemoryType} has it, and every other bit kept.
     *
     * @throws IllegalArgumentException if {@code code} is not in 0..7
     */
    public static int withMemoryTypeCode(int word, int code) {
        if ((code >>> MEMORY_TYPE_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("LeafType.memoryType", code, MEMORY_TYPE_WIDTH);
        }
        return (word & ~MEMORY_TYPE_MASK) | code;
    }

    private static MemoryType decodeMemoryType(int code) {
        return switch (code) {
            case 0 -> MemoryType.UC;
            case 1 -> MemoryType.WC;
            case 4 -> MemoryType.WT;
            case 5 -> MemoryType.WP;
            case 6 -> MemoryType.WB;
            default -> null;
        };
    }

    /**
     * Returns {@code ignorePat}, bit 3 of the word.
     */
    public static boolean ignorePat(int word) {
        return (word & IGNORE_PAT_MASK) != 0;
    }

    /**
     * Returns the word with {@code ignorePat} (bit 3) set to {@code value}, other bits kept.
     */
    public static int withIgnorePat(int word, boolean value) {
        return value ? word | IGNORE_PAT_MASK : word & ~IGNORE_PAT_MASK;
    }

    /**
     * Returns every field of the word by name, as {@code LeafType{memoryType=...}}:
     * enums by constant name (an undefined code as its number), nested unions in braces,
     * and any set bits outside the fields as {@code (other bits)}.
     */
    public static String toString(int word) {
        StringBuilder text = new StringBuilder("LeafType{");
        text.append("memoryType=").append(memoryTypeCodeText(memoryTypeCode(word)));
        text.append(", ignorePat=").append(ignorePat(word));
        if ((word & ~FIELDS_MASK) != 0) {
            text.append(", (other bits)=0x").append(Integer.toHexString(word & ~FIELDS_MASK));
        }
        return text.append('}').toString();
    }

    /**
     * Returns the fields that differ between two words, as {@code name: before -> after}
     * separated by commas (nested fields as {@code outer.inner}); empty when none do.
     */
    public static String diff(int before, int after) {
        StringBuilder text = new StringBuilder();
        appendDiff(text, "", before, after);
        return text.toString();
    }

    /**
     * Appends {@link #diff}'s entries to {@code text}, each name after {@code prefix}.
     */
    static void appendDiff(StringBuilder text, String prefix, int before, int after) {
        if (((before ^ after) & MEMORY_TYPE_MASK) != 0) {
            BitfieldText.change(text, prefix, "memoryType", memoryTypeCodeText(memoryTypeCode(before)),
                    memoryTypeCodeText(memoryTypeCode(after)));
        }
        if (((before ^ after) & IGNORE_PAT_MASK) != 0) {
            BitfieldText.change(text, prefix, "ignorePat", ignorePat(before), ignorePat(after));
        }
        if (((before ^ after) & ~FIELDS_MASK) != 0) {
            BitfieldText.startChange(text, prefix, "(other bits)").append("0x")
                    .append(Integer.toHexString(before & ~FIELDS_MASK)).append(" -> 0x")
                    .append(Integer.toHexString(after & ~FIELDS_MASK));
        }
    }

    private static String memoryTypeCodeText(int code) {
        return BitfieldText.codeText(decodeMemoryType(code), code);
    }

    /**
     * Returns the word stored little-endian in the byte at {@code offset}; its bits from 8 up are 0.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory
     */
    public static int load(byte[] bytes, int offset) {
        return BitfieldMemory.loadU8(bytes, offset);
    }

    /**
     * Stores {@code word} little-endian in the byte at {@code offset}; its bits from 8 up are not stored.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory (then none is written)
     */
    public static void store(byte[] bytes, int offset, int word) {
        BitfieldMemory.store8(bytes, offset, word);
    }

    /**
     * As {@link #load(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int load(ByteBuffer buffer, int offset) {
        return BitfieldMemory.loadU8(buffer, offset);
    }

    /**
     * As {@link #store(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void store(ByteBuffer buffer, int offset, int word) {
        BitfieldMemory.store8(buffer, offset, word);
    }
}
