package test;

import java.nio.ByteBuffer;
import javax.annotation.processing.Generated;
import org.bitunion.BitfieldErrors;
import org.bitunion.BitfieldMemory;
import org.bitunion.BitfieldText;

/**
 * Static accessors for the {@link test.PageRole} packed union,
 * whose 32 bits are held in an {@code int}: fields are LSB first,
 * as GCC lays out the same C bitfields on x86-64. Each field {@code foo} has
 * {@code FOO_SHIFT}, its lowest bit, {@code FOO_WIDTH} and {@code FOO_MASK}, its bits in place.
 *
 * <pre>
 * 0..3    level (int, 4 bits)
 * 4       cr4Pae (boolean)
 * 5..6    quadrant (int, 2 bits)
 * 7       direct (boolean)
 * 8..10   access (int, 3 bits)
 * 11      invalid (boolean)
 * 12      nxe (boolean)
 * 13      cr0Wp (boolean)
 * 14      smepAndnotWp (boolean)
 * 15      smapAndnotWp (boolean)
 * 16      adDisabled (boolean)
 * 17      guestMode (boolean)
 * 24..31  smm (int, 8 bits)
 * </pre>
 */
@Generated("org.bitunion.processor.BitfieldProcessor")
public final class PageRoleBits {
    public static final int LEVEL_SHIFT = 0;
    public static final int LEVEL_WIDTH = 4;
    public static final int LEVEL_MASK = 0xf;

    public static final int CR4_PAE_SHIFT = 4;
    public static final int CR4_PAE_WIDTH = 1;
    public static final int CR4_PAE_MASK = 0x10;

    public static final int QUADRANT_SHIFT = 5;
    public static final int QUADRANT_WIDTH = 2;
    public static final int QUADRANT_MASK = 0x60;

    public static final int DIRECT_SHIFT = 7;
    public static final int DIRECT_WIDTH = 1;
    public static final int DIRECT_MASK = 0x80;

    public static final int ACCESS_SHIFT = 8;
    public static final int ACCESS_WIDTH = 3;
    public static final int ACCESS_MASK = 0x700;

    public static final int INVALID_SHIFT = 11;
    public static final int INVALID_WIDTH = 1;
    public static final int INVALID_MASK = 0x800;

    public static final int NXE_SHIFT = 12;
    public static final int NXE_WIDTH = 1;
    public static final int NXE_MASK = 0x1000;

    public static final int CR0_WP_SHIFT = 13;
    public static final int CR0_WP_WIDTH = 1;
    public static final int CR0_WP_MASK = 0x2000;

    public static final int SMEP_ANDNOT_WP_SHIFT = 14;
    public static final int SMEP_ANDNOT_WP_WIDTH = 1;
    public static final int SMEP_ANDNOT_WP_MASK = 0x4000;

    public static final int SMAP_ANDNOT_WP_SHIFT = 15;
    public static final int SMAP_ANDNOT_WP_WIDTH = 1;
    public static final int SMAP_ANDNOT_WP_MASK = 0x8000;

    public static final int AD_DISABLED_SHIFT = 16;
    public static final int AD_DISABLED_WIDTH = 1;
    public static final int AD_DISABLED_MASK = 0x1_0000;

    public static final int GUEST_MODE_SHIFT = 17;
    public static final int GUEST_MODE_WIDTH = 1;
    public static final int GUEST_MODE_MASK = 0x2_0000;

    public static final int SMM_SHIFT = 24;
    public static final int SMM_WIDTH = 8;
    public static final int SMM_MASK = 0xff00_0000;

    /**
     * Every bit that belongs to a named field.
     */
    public static final int FIELDS_MASK = 0xff03_ffff;

    /**
     * The word's size in memory in bytes: the fewest that hold its 32 bits.
     */
    public static final int SIZE = 4;

    private PageRoleBits() {
    }

    /**
     * Returns {@code level}, bits 0..3 of the word, 0..15.
     *
     * <p>The paging level of the shadow page.
     */
    public static int level(int word) {
        return word & LEVEL_MASK;
    }

    /**
     * Returns the word with {@code level} (bits 0..3) set to {@code value}, other bits kept.
     *
     * <p>The paging level of the shadow page.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..15
     */
    public static int withLevel(int word, int value) {
        if ((value >>> LEVEL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("PageRole.level", value, LEVEL_WIDTH);
        }
        return (word & ~LEVEL_MASK) | value;
    }

    /**
     * Returns {@code cr4Pae}, bit 4 of the word.
     */
    public static boolean cr4Pae(int word) {
        return (word & CR4_PAE_MASK) != 0;
    }

    /**
     * Returns the word with {@code cr4Pae} (bit 4) set to {@code value}, other bits kept.
     */
    public static int withCr4Pae(int word, boolean value) {
        return value ? word | CR4_PAE_MASK : word & ~CR4_PAE_MASK;
    }

    /**
     * Returns {@code quadrant}, bits 5..6 of the word, 0..3.
     */
    public static int quadrant(int word) {
        return (word & QUADRANT_MASK) >>> QUADRANT_SHIFT;
    }

    /**
     * Returns the word with {@code quadrant} (bits 5..6) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..3
     */
    public static int withQuadrant(int word, int value) {
        if ((value >>> QUADRANT_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("PageRole.quadrant", value, QUADRANT_WIDTH);
        }
        return (word & ~QUADRANT_MASK) | (value << QUADRANT_SHIFT);
    }

    /**
     * Returns {@code direct}, bit 7 of the word.
     */
    public static boolean direct(int word) {
        return (word & DIRECT_MASK) != 0;
    }

    /**
     * Returns the word with {@code direct} (bit 7) set to {@code value}, other bits kept.
     */
    public static int withDirect(int word, boolean value) {
        return value ? word | DIRECT_MASK : word & ~DIRECT_MASK;
    }

    /**
     * Returns {@code access}, bits 8..10 of the word, 0..7.
     */
    public static int access(int word) {
        return (word & ACCESS_MASK) >>> ACCESS_SHIFT;
    }

    /**
     * Returns the word with {@code access} (bits 8..10) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..7
     */
    public static int withAccess(int word, int value) {
        if ((value >>> ACCESS_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("PageRole.access", value, ACCESS_WIDTH);
        }
        return (word & ~ACCESS_MASK) | (value << ACCESS_SHIFT);
    }

    /**
     * Returns {@code invalid}, bit 11 of the word.
     */
    public static boolean invalid(int word) {
        return (word & INVALID_MASK) != 0;
    }

    /**
     * Returns the word with {@code invalid} (bit 11) set to {@code value}, other bits kept.
     */
    public static int withInvalid(int word, boolean value) {
        return value ? word | INVALID_MASK : word & ~INVALID_MASK;
    }

    /**
     * Returns {@code nxe}, bit 12 of the word.
     */
    public static boolean nxe(int word) {
        return (word & NXE_MASK) != 0;
    }

    /**
     * Returns the word with {@code nxe} (bit 12) set to {@code value}, other bits kept.
     */
    public static int withNxe(int word, boolean value) {
        return value ? word | NXE_MASK : word & ~NXE_MASK;
    }

    /**
     * Returns {@code cr0Wp}, bit 13 of the word.
     */
    public static boolean cr0Wp(int word) {
        return (word & CR0_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code cr0Wp} (bit 13) set to {@code value}, other bits kept.
     */
    public static int withCr0Wp(int word, boolean value) {
        return value ? word | CR0_WP_MASK : word & ~CR0_WP_MASK;
    }

    /**
     * Returns {@code smepAndnotWp}, bit 14 of the word.
     */
    public static boolean smepAndnotWp(int word) {
        return (word & SMEP_ANDNOT_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code smepAndnotWp} (bit 14) set to {@code value}, other bits kept.
     */
    public static int withSmepAndnotWp(int word, boolean value) {
        return value ? word | SMEP_ANDNOT_WP_MASK : word & ~SMEP_ANDNOT_WP_MASK;
    }

    /**
     * Returns {@code smapAndnotWp}, bit 15 of the word.
     */
    public static boolean smapAndnotWp(int word) {
        return (word & SMAP_ANDNOT_WP_MASK) != 0;
    }

    /**
     * Returns the word with {@code smapAndnotWp} (bit 15) set to {@code value}, other bits kept.
     */
    public static int withSmapAndnotWp(int word, boolean value) {
        return value ? word | SMAP_ANDNOT_WP_MASK : word & ~SMAP_ANDNOT_WP_MASK;
    }

    /**
     * Returns {@code adDisabled}, bit 16 of the word.
     */
    public static boolean adDisabled(int word) {
        return (word & AD_DISABLED_MASK) != 0;
    }

    /**
     * Returns the word with {@code adDisabled} (bit 16) set to {@code value}, other bits kept.
     */
    public static int withAdDisabled(int word, boolean value) {
        return value ? word | AD_DISABLED_MASK : word & ~AD_DISABLED_MASK;
    }

    /**
     * Returns {@code guestMode}, bit 17 of the word.
     */
    public static boolean guestMode(int word) {
        return (word & GUEST_MODE_MASK) != 0;
    }

    /**
     * Returns the word with {@code guestMode} (bit 17) set to {@code value}, other bits kept.
     */
    public static int withGuestMode(int word, boolean value) {
        return value ? word | GUEST_MODE_MASK : word & ~GUEST_MODE_MASK;
    }

    /**
     * Returns {@code smm}, bits 24..31 of the word, 0..255.
     */
    public static int smm(int word) {
        return word >>> SMM_SHIFT;
    }

    /**
     * Returns the word with {@code smm} (bits 24..31) set to {@code value}, other bits kept.
     *
     * @throws IllegalArgumentException if {@code value} is not in 0..255
     */
    public static int withSmm(int word, int value) {
        if ((value >>> SMM_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("PageRole.smm", value, SMM_WIDTH);
        }
        return (word & ~SMM_MASK) | (value << SMM_SHIFT);
    }

    /**
     * Returns every field of the word by name, as {@code PageRole{level=...}}:
     * enums by constant name (an undefined code as its number), nested unions in braces,
     * and any set bits outside the fields as {@code (other bits)}.
     */
    public static String toString(int word) {
        StringBuilder text = new StringBuilder("PageRole{");
        text.append("level=").append(level(word));
        text.append(", cr4Pae=").append(cr4Pae(word));
        text.append(", quadrant=").append(quadrant(word));
        text.append(", direct=").append(direct(word));
        text.append(", access=").append(access(word));
        text.append(", invalid=").append(invalid(word));
        text.append(", nxe=").append(nxe(word));
        text.append(", cr0Wp=").append(cr0Wp(word));
        text.append(", smepAndnotWp=").append(smepAndnotWp(word));
        text.append(", smapAndnotWp=").append(smapAndnotWp(word));
        text.append(", adDisabled=").append(adDisabled(word));
        text.append(", guestMode=").append(guestMode(word));
        text.append(", smm=").append(smm(word));
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
        if (((before ^ after) & LEVEL_MASK) != 0) {
            BitfieldText.change(text, prefix, "level", level(before), level(after));
        }
        if (((before ^ after) & CR4_PAE_MASK) != 0) {
            BitfieldText.change(text, prefix, "cr4Pae", cr4Pae(before), cr4Pae(after));
        }
        if (((before ^ after) & QUADRANT_MASK) != 0) {
            BitfieldText.change(text, prefix, "quadrant", quadrant(before), quadrant(after));
        }
        if (((before ^ after) & DIRECT_MASK) != 0) {
            BitfieldText.change(text, prefix, "direct", direct(before), direct(after));
        }
        if (((before ^ after) & ACCESS_MASK) != 0) {
            BitfieldText.change(text, prefix, "access", access(before), access(after));
        }
        if (((before ^ after) & INVALID_MASK) != 0) {
            BitfieldText.change(text, prefix, "invalid", invalid(before), invalid(after));
        }
        if (((before ^ after) & NXE_MASK) != 0) {
            BitfieldText.change(text, prefix, "nxe", nxe(before), nxe(after));
        }
        if (((before ^ after) & CR0_WP_MASK) != 0) {
            BitfieldText.change(text, prefix, "cr0Wp", cr0Wp(before), cr0Wp(after));
        }
        if (((before ^ after) & SMEP_ANDNOT_WP_MASK) != 0) {
            BitfieldText.change(text, prefix, "smepAndnotWp", smepAndnotWp(before),
                    smepAndnotWp(after));
        }
        if (((before ^ after) & SMAP_ANDNOT_WP_MASK) != 0) {
            BitfieldText.change(text, prefix, "smapAndnotWp", smapAndnotWp(before),
                    smapAndnotWp(after));
        }
        if (((before ^ after) & AD_DISABLED_MASK) != 0) {
            BitfieldText.change(text, prefix, "adDisabled", adDisabled(before), adDisabled(after));
        }
        if (((before ^ after) & GUEST_MODE_MASK) != 0) {
            BitfieldText.change(text, prefix, "guestMode", guestMode(before), guestMode(after));
        }
        if (((before ^ after) & SMM_MASK) != 0) {
            BitfieldText.change(text, prefix, "smm", smm(before), smm(after));
        }
        if (((before ^ after) & ~FIELDS_MASK) != 0) {
            BitfieldText.startChange(text, prefix, "(other bits)").append("0x")
                    .append(Integer.toHexString(before & ~FIELDS_MASK)).append(" -> 0x")
                    .append(Integer.toHexString(after & ~FIELDS_MASK));
        }
    }

    /**
     * Returns the word stored little-endian in the 4 bytes at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory
     */
    public static int load(byte[] bytes, int offset) {
        return BitfieldMemory.loadI32LE(bytes, offset);
    }

    /**
     * Stores {@code word} little-endian in the 4 bytes at {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the bytes are not all in memory (then none is written)
     */
    public static void store(byte[] bytes, int offset, int word) {
        BitfieldMemory.store32LE(bytes, offset, word);
    }

    /**
     * As {@link #load(byte[], int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static int load(ByteBuffer buffer, int offset) {
        return BitfieldMemory.loadI32LE(buffer, offset);
    }

    /**
     * As {@link #store(byte[], int, int)}, in a {@code ByteBuffer} (absolute offset, any byte order).
     */
    public static void store(ByteBuffer buffer, int offset, int word) {
        BitfieldMemory.store32LE(buffer, offset, word);
    }
}
