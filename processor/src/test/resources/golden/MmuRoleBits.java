package test;

import javax.annotation.processing.Generated;

/**
 * Static accessors for the {@link test.MmuRole} packed union,
 * whose 64 bits are held in an {@code long}: fields are LSB first,
 * as GCC lays out the same C bitfields on x86-64.
 *
 * <pre>
 * 0..31   base (PageRole, 32 bits)
 * 32..63  ext (ExtendedRole, 32 bits)
 * </pre>
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class MmuRoleBits {
    /**
     * The lowest bit of {@code base}: bits 0..31.
     */
    public static final int BASE_SHIFT = 0;

    /**
     * The width of {@code base} in bits: bits 0..31.
     */
    public static final int BASE_WIDTH = 32;

    /**
     * The bits of {@code base} in place: bits 0..31.
     */
    public static final long BASE_MASK = 0xffff_ffffL;

    /**
     * The lowest bit of {@code ext}: bits 32..63.
     */
    public static final int EXT_SHIFT = 32;

    /**
     * The width of {@code ext} in bits: bits 32..63.
     */
    public static final int EXT_WIDTH = 32;

    /**
     * The bits of {@code ext} in place: bits 32..63.
     */
    public static final long EXT_MASK = 0xffff_ffff_0000_0000L;

    /**
     * Every bit that belongs to a named field.
     */
    public static final long FIELDS_MASK = 0xffff_ffff_ffff_ffffL;

    private MmuRoleBits() {
    }

    /**
     * Returns {@code base}, bits 0..31 of the word, all 32 bits of the int.
     */
    public static int base(long word) {
        return (int) (word & BASE_MASK);
    }

    /**
     * Returns the word with {@code base} (bits 0..31) set to {@code value}
     * and every other bit kept.
     */
    public static long withBase(long word, int value) {
        return (word & ~BASE_MASK) | (value & 0xffff_ffffL);
    }

    /**
     * Returns {@code ext}, bits 32..63 of the word, all 32 bits of the int.
     */
    public static int ext(long word) {
        return (int) (word >>> EXT_SHIFT);
    }

    /**
     * Returns the word with {@code ext} (bits 32..63) set to {@code value}
     * and every other bit kept.
     */
    public static long withExt(long word, int value) {
        return (word & ~EXT_MASK) | ((value & 0xffff_ffffL) << EXT_SHIFT);
    }

    /**
     * Returns every field of the word by name, as {@code MmuRole{base=...}}:
     * enums by constant name (an undefined code as its number), nested unions in braces,
     * and any set bits outside the fields as {@code (other bits)}.
     */
    public static String toString(long word) {
        StringBuilder text = new StringBuilder("MmuRole{");
        text.append("base=").append(PageRoleBits.toString(base(word)));
        text.append(", ext=").append(ExtendedRoleBits.toString(ext(word)));
        return text.append('}').toString();
    }

    /**
     * Returns the fields that differ between two words, as {@code name: before -> after}
     * separated by commas (nested fields as {@code outer.inner}); empty when none do.
     */
    public static String diff(long before, long after) {
        StringBuilder text = new StringBuilder();
        appendDiff(text, "", before, after);
        return text.toString();
    }

    /**
     * Appends {@link #diff}'s entries to {@code text}, each field name preceded by {@code prefix};
     * how an enclosing union's {@code diff} describes this one.
     */
    public static void appendDiff(StringBuilder text, String prefix, long before, long after) {
        if (((before ^ after) & BASE_MASK) != 0) {
            PageRoleBits.appendDiff(text, prefix + "base.", base(before), base(after));
        }
        if (((before ^ after) & EXT_MASK) != 0) {
            ExtendedRoleBits.appendDiff(text, prefix + "ext.", ext(before), ext(after));
        }
    }
}
