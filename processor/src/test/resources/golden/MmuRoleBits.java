package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.bitunion.BitfieldErrors;
import org.bitunion.BitfieldMemory;

/**
 * Static accessors for the {@link test.MmuRole} packed union,
 * whose 64 bits are held in a {@code long}: fields are LSB first,
 * as GCC lays out the same C bitfields on x86-64. Each field {@code foo} has
 * {@code FOO_SHIFT}, its lowest bit, {@code FOO_WIDTH} and {@code FOO_MASK}, its bits in place.
 *
 * <pre>
 * 0..31   base (PageRole, 32 bits)
 * 32..63  ext (ExtendedRole, 32 bits)
 * </pre>
 *
 * <p>The fields of nested unions are reachable from this word too, each with its own
 * accessors and constants: {@code base.level} as {@code baseLevel}.
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class MmuRoleBits {
    public static final int BASE_SHIFT = 0;
    public static final int BASE_WIDTH = 32;
    public static final long BASE_MASK = 0xffff_ffffL;

    public static final int EXT_SHIFT = 32;
    public static final int EXT_WIDTH = 32;
    public static final long EXT_MASK = 0xffff_ffff_0000_0000L;

    public static final int BASE_LEVEL_SHIFT = 0;
    public static final int BASE_LEVEL_WIDTH = 4;
    public static final long BASE_LEVEL_MASK = 0xfL;

    public static final int BASE_CR4_PAE_SHIFT = 4;
    public static final int BASE_CR4_PAE_WIDTH = 1;
    public static final long BASE_CR4_PAE_MASK = 0x10L;

    public static final int BASE_QUADRANT_SHIFT = 5;
    public static final int BASE_QUADRANT_WIDTH = 2;
    public static final long BASE_QUADRANT_MASK = 0x60L;

    public static final int BASE_DIRECT_SHIFT = 7;
    public static final int BASE_DIRECT_WIDTH = 1;
    public static final long BASE_DIRECT_MASK = 0x80L;

    public static final int BASE_ACCESS_SHIFT = 8;
    public static final int BASE_ACCESS_WIDTH = 3;
    public static final long BASE_ACCESS_MASK = 0x700L;

    public static final int BASE_INVALID_SHIFT = 11;
    public static final int BASE_INVALID_WIDTH = 1;
    public static final long BASE_INVALID_MASK = 0x800L;

    public static final int BASE_NXE_SHIFT = 12;
    public static final int BASE_NXE_WIDTH = 1;
    public static final long BASE_NXE_MASK = 0x1000L;

    public static final int BASE_CR0_WP_SHIFT = 13;
    public static final int BASE_CR0_WP_WIDTH = 1;
    public static final long BASE_CR0_WP_MASK = 0x2000L;

    public static final int BASE_SMEP_ANDNOT_WP_SHIFT = 14;
    public static final int BASE_SMEP_ANDNOT_WP_WIDTH = 1;
    public static final long BASE_SMEP_ANDNOT_WP_MASK = 0x4000L;

    public static final int BASE_SMAP_ANDNOT_WP_SHIFT = 15;
    public static final int BASE_SMAP_ANDNOT_WP_WIDTH = 1;
    public static final long BASE_SMAP_ANDNOT_WP_MASK = 0x8000L;

    public static final int BASE_AD_DISABLED_SHIFT = 16;
    public static final int BASE_AD_DISABLED_WIDTH = 1;
    public static final long BASE_AD_DISABLED_MASK = 0x1_0000L;

    public static final int BASE_GUEST_MODE_SHIFT = 17;
    public static final int BASE_GUEST_MODE_WIDTH = 1;
    public static final long BASE_GUEST_MODE_MASK = 0x2_0000L;

    public static final int BASE_SMM_SHIFT = 24;
    public static final int BASE_SMM_WIDTH = 8;
    public static final long BASE_SMM_MASK = 0xff00_0000L;

    public static final int EXT_VALID_SHIFT = 32;
    public static final int EXT_VALID_WIDTH = 1;
    public static final long EXT_VALID_MASK = 0x1_0000_0000L;

    public static final int EXT_EXECONLY_SHIFT = 33;
    public static final int EXT_EXECONLY_WIDTH = 1;
    public static final long EXT_EXECONLY_MASK = 0x2_0000_0000L;

    public static final int EXT_CR0_PG_SHIFT = 34;
    public static final int EXT_CR0_PG_WIDTH = 1;
    public static final long EXT_CR0_PG_MASK = 0x4_0000_0000L;

    public static final int EXT_CR4_PSE_SHIFT = 35;
    public static final int EXT_CR4_PSE_WIDTH = 1;
    public static final long EXT_CR4_PSE_MASK = 0x8_0000_0000L;

    public static final int EXT_CR4_PKE_SHIFT = 36;
    public static final int EXT_CR4_PKE_WIDTH = 1;
    public static final long EXT_CR4_PKE_MASK = 0x10_0000_0000L;

    public static final int EXT_CR4_SMAP_SHIFT = 37;
    public static final int EXT_CR4_SMAP_WIDTH = 1;
    public static final long EXT_CR4_SMAP_MASK = 0x20_0000_0000L;

    public static final int EXT_CR4_SMEP_SHIFT = 38;
    public static final int EXT_CR4_SMEP_WIDTH = 1;
    public static final long EXT_CR4_SMEP_MASK = 0x40_0000_0000L;

    public static final int EXT_CR4_LA57_SHIFT = 39;
    public static final int EXT_CR4_LA57_WIDTH = 1;
    public static final long EXT_CR4_LA57_MASK = 0x80_0000_0000L;

    /**
     * Every bit that belongs to a named field.
     */
    public static final long FIELDS_MASK = 0xffff_ffff_ffff_ffffL;

    /**
     * The word's size in memory in bytes: the fewest that hold its 64 bits.
     */
    public static final int SIZE = 8;

    private MmuRoleBits() {
    }

    /**
     * Returns {@code base}, bits 0..31 of the word, all 32 bits of the int.
     */
    public static int base(long word) {
        return (int) (word & BASE_MASK);
    }

    /**
     * Returns the word with {@code base} (bits 0..31) set to {@code value}, other bits kept.
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
     * Returns the word with {@code ext} (bits 32..63) set to {@code value}, other bits kept.
     */
    public static long withExt(long word, int value) {
        return (word & ~EXT_MASK) | ((value & 0xffff_ffffL) << EXT_SHIFT);
    }

    /**
     * Returns {@code base.level}, bits 0..3 of the word, 0..15.
     *
     * <p>The paging level of the shadow page.
     */
    public static int baseLevel(long word) {
        return (int) (word & BASE_LEVEL_MASK);
    }

    /**
     * Returns the word with {@code base.level} (bits 0..3) set to {@code value}, other bits kept.
     *
     * <p>The paging level of the shadow page.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..15
     */
    public static long withBaseLevel(long word, int value) {
        if ((value >>> BASE_LEVEL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("MmuRole.base.level", value, BASE_LEVEL_WIDTH);
        }
        return (word & ~BASE_LEVEL_MASK) | (long) value;
    }

    /**
     * Returns {@code base.cr4Pae}, bit 4 of the word.
     */
    public static boolean baseCr4Pae(long word) {
        return (word & BASE_CR4_PAE_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.cr4Pae} (bit 4) set to {@code value}, other bits kept.
     */
    public static long withBaseCr4Pae(long word, boolean value) {
        return value ? word | BASE_CR4_PAE_MASK : word & ~BASE_CR4_PAE_MASK;
    }

    /**
     * Returns {@code base.quadrant}, bits 5..6 of the word, 0..3.
     */
    public static int baseQuadrant(long word) {
        return (int) ((word & BASE_QUADRANT_MASK) >>> BASE_QUADRANT_SHIFT);
    }

    /**
     * Returns the word with {@code base.quadrant} (bits 5..6) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..3
     */
    public static long withBaseQuadrant(long word, int value) {
        if ((value >>> BASE_QUADRANT_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("MmuRole.base.quadrant", value, BASE_QUADRANT_WIDTH);
        }
        return (word & ~BASE_QUADRANT_MASK) | ((long) value << BASE_QUADRANT_SHIFT);
    }

    /**
     * Returns {@code base.direct}, bit 7 of the word.
     */
    public static boolean baseDirect(long word) {
        return (word & BASE_DIRECT_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.direct} (bit 7) set to {@code value}, other bits kept.
     */
    public static long withBaseDirect(long word, boolean value) {
        return value ? word | BASE_DIRECT_MASK : word & ~BASE_DIRECT_MASK;
    }

    /**
     * Returns {@code base.access}, bits 8..10 of the word, 0..7.
     */
    public static int baseAccess(long word) {
        return (int) ((word & BASE_ACCESS_MASK) >>> BASE_ACCESS_SHIFT);
    }

    /**
     * Returns the word with {@code base.access} (bits 8..10) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..7
     */
    public static long withBaseAccess(long word, int value) {
        if ((value >>> BASE_ACCESS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("MmuRole.base.access", value, BASE_ACCESS_WIDTH);
        }
        return (word & ~BASE_ACCESS_MASK) | ((long) value << BASE_ACCESS_SHIFT);
    }

    /**
     * Returns {@code base.invalid}, bit 11 of the word.
     */
    public static boolean baseInvalid(long word) {
        return (word & BASE_INVALID_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.invalid} (bit 11) set to {@code value}, other bits kept.
     */
    public static long withBaseInvalid(long word, boolean value) {
        return value ? word | BASE_INVALID_MASK : word & ~BASE_INVALID_MASK;
    }

    /**
     * Returns {@code base.nxe}, bit 12 of the word.
     */
    public static boolean baseNxe(long word) {
        return (word & BASE_NXE_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.nxe} (bit 12) set to {@code value}, other bits kept.
     */
    public static long withBaseNxe(long word, boolean value) {
        return value ? word | BASE_NXE_MASK : word & ~BASE_NXE_MASK;
    }

    /**
     * Returns {@code base.cr0Wp}, bit 13 of the word.
     */
    public static boolean baseCr0Wp(long word) {
        return (word & BASE_CR0_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.cr0Wp} (bit 13) set to {@code value}, other bits kept.
     */
    public static long withBaseCr0Wp(long word, boolean value) {
        return value ? word | BASE_CR0_WP_MASK : word & ~BASE_CR0_WP_MASK;
    }

    /**
     * Returns {@code base.smepAndnotWp}, bit 14 of the word.
     */
    public static boolean baseSmepAndnotWp(long word) {
        return (word & BASE_SMEP_ANDNOT_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.smepAndnotWp} (bit 14) set to {@code value}, other bits kept.
     */
    public static long withBaseSmepAndnotWp(long word, boolean value) {
        return value ? word | BASE_SMEP_ANDNOT_WP_MASK : word & ~BASE_SMEP_ANDNOT_WP_MASK;
    }

    /**
     * Returns {@code base.smapAndnotWp}, bit 15 of the word.
     */
    public static boolean baseSmapAndnotWp(long word) {
        return (word & BASE_SMAP_ANDNOT_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.smapAndnotWp} (bit 15) set to {@code value}, other bits kept.
     */
    public static long withBaseSmapAndnotWp(long word, boolean value) {
        return value ? word | BASE_SMAP_ANDNOT_WP_MASK : word & ~BASE_SMAP_ANDNOT_WP_MASK;
    }

    /**
     * Returns {@code base.adDisabled}, bit 16 of the word.
     */
    public static boolean baseAdDisabled(long word) {
        return (word & BASE_AD_DISABLED_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.adDisabled} (bit 16) set to {@code value}, other bits kept.
     */
    public static long withBaseAdDisabled(long word, boolean value) {
        return value ? word | BASE_AD_DISABLED_MASK : word & ~BASE_AD_DISABLED_MASK;
    }

    /**
     * Returns {@code base.guestMode}, bit 17 of the word.
     */
    public static boolean baseGuestMode(long word) {
        return (word & BASE_GUEST_MODE_MASK) != 0;
    }

    /**
     * Returns the word with {@code base.guestMode} (bit 17) set to {@code value}, other bits kept.
     */
    public static long withBaseGuestMode(long word, boolean value) {
        return value ? word | BASE_GUEST_MODE_MASK : word & ~BASE_GUEST_MODE_MASK;
    }

    /**
     * Returns {@code base.smm}, bits 24..31 of the word, 0..255.
     */
    public static int baseSmm(long word) {
        return (int) ((word & BASE_SMM_MASK) >>> BASE_SMM_SHIFT);
    }

    /**
     * Returns the word with {@code base.smm} (bits 24..31) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..255
     */
    public static long withBaseSmm(long word, int value) {
        if ((value >>> BASE_SMM_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("MmuRole.base.smm", value, BASE_SMM_WIDTH);
        }
        return (word & ~BASE_SMM_MASK) | ((long) value << BASE_SMM_SHIFT);
    }

    /**
     * Returns {@code ext.valid}, bit 32 of the word.
     */
    public static boolean extValid(long word) {
        return (word & EXT_VALID_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.valid} (bit 32) set to {@code value}, other bits kept.
     */
    public static long withExtValid(long word, boolean value) {
        return value ? word | EXT_VALID_MASK : word & ~EXT_VALID_MASK;
    }

    /**
     * Returns {@code ext.execonly}, bit 33 of the word.
     */
    public static boolean extExeconly(long word) {
        return (word & EXT_EXECONLY_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.execonly} (bit 33) set to {@code value}, other bits kept.
     */
    public static long withExtExeconly(long word, boolean value) {
        return value ? word | EXT_EXECONLY_MASK : word & ~EXT_EXECONLY_MASK;
    }

    /**
     * Returns {@code ext.cr0Pg}, bit 34 of the word.
     */
    public static boolean extCr0Pg(long word) {
        return (word & EXT_CR0_PG_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr0Pg} (bit 34) set to {@code value}, other bits kept.
     */
    public static long withExtCr0Pg(long word, boolean value) {
        return value ? word | EXT_CR0_PG_MASK : word & ~EXT_CR0_PG_MASK;
    }

    /**
     * Returns {@code ext.cr4Pse}, bit 35 of the word.
     */
    public static boolean extCr4Pse(long word) {
        return (word & EXT_CR4_PSE_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr4Pse} (bit 35) set to {@code value}, other bits kept.
     */
    public static long withExtCr4Pse(long word, boolean value) {
        return value ? word | EXT_CR4_PSE_MASK : word & ~EXT_CR4_PSE_MASK;
    }

    /**
     * Returns {@code ext.cr4Pke}, bit 36 of the word.
     */
    public static boolean extCr4Pke(long word) {
        return (word & EXT_CR4_PKE_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr4Pke} (bit 36) set to {@code value}, other bits kept.
     */
    public static long withExtCr4Pke(long word, boolean value) {
        return value ? word | EXT_CR4_PKE_MASK : word & ~EXT_CR4_PKE_MASK;
    }

    /**
     * Returns {@code ext.cr4Smap}, bit 37 of the word.
     */
    public static boolean extCr4Smap(long word) {
        return (word & EXT_CR4_SMAP_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr4Smap} (bit 37) set to {@code value}, other bits kept.
     */
    public static long withExtCr4Smap(long word, boolean value) {
        return value ? word | EXT_CR4_SMAP_MASK : word & ~EXT_CR4_SMAP_MASK;
    }

    /**
     * Returns {@code ext.cr4Smep}, bit 38 of the word.
     */
    public static boolean extCr4Smep(long word) {
        return (word & EXT_CR4_SMEP_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr4Smep} (bit 38) set to {@code value}, other bits kept.
     */
    public static long withExtCr4Smep(long word, boolean value) {
        return value ? word | EXT_CR4_SMEP_MASK : word & ~EXT_CR4_SMEP_MASK;
    }

    /**
     * Returns {@code ext.cr4La57}, bit 39 of the word.
     */
    public static boolean extCr4La57(long word) {
        return (word & EXT_CR4_LA57_MASK) != 0;
    }

    /**
     * Returns the word with {@code ext.cr4La57} (bit 39) set to {@code value}, other bits kept.
     */
    public static long withExtCr4La57(long word, boolean value) {
        return value ? word | EXT_CR4_LA57_MASK : word & ~EXT_CR4_LA57_MASK;
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
     * Appends {@link #diff}'s entries to {@code text}, each name after {@code prefix}.
     */
    static void appendDiff(StringBuilder text, String prefix, long before, long after) {
        if (((before ^ after) & BASE_MASK) != 0) {
            PageRoleBits.appendDiff(text, prefix + "base.", base(before), base(after));
        }
        if (((before ^ after) & EXT_MASK) != 0) {
            ExtendedRoleBits.appendDiff(text, prefix + "ext.", ext(before), ext(after));
        }
    }

    /**
     * Returns the word stored little-endian in the 8 bytes at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory
     */
    public static long load(byte[] bytes, int offset) {
        return BitfieldMemory.loadI64LE(bytes, offset);
    }

    /**
     * Stores {@code word} little-endian in the 8 bytes at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory (then none is written)
     */
    public static void store(byte[] bytes, int offset, long word) {
        BitfieldMemory.store64LE(bytes, offset, word);
    }

    /**
     * As {@link #load(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static long load(ByteBuffer buffer, int offset) {
        return BitfieldMemory.loadI64LE(buffer, offset);
    }

    /**
     * As {@link #store(byte[], int, long)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void store(ByteBuffer buffer, int offset, long word) {
        BitfieldMemory.store64LE(buffer, offset, word);
    }
}
