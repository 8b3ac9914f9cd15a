// Imported from "arrays.h" by bitunion-cimport; regenerate rather than edit.
package golden.arrays;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct unnamed_elements} from {@code "arrays.h"}: 64 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct unnamed_elements {
 *     struct {...} regions[3];
 *     struct {...} pairs[2];
 *     __u8 tag;
 * };
 * }</pre>
 */
@Bitfield(bits = 512)
public interface UnnamedElements {
    /**
     * The struct of the C declaration that has no name of its own: 16 bytes.
     */
    @Bitfield(bits = 128)
    interface Regions {
        /** {@code __u64 base}. */
        @Bits(value = 64, at = 0) long base();

        /** {@code __u32 size : 20}. */
        @Bits(value = 20, at = 64) int size();

        /** {@code __u32 kind : 4}. */
        @Bits(value = 4, at = 84) int kind();
    }

    /**
     * The struct of the C declaration that has no name of its own: 4 bytes.
     */
    @Bitfield(bits = 32)
    interface Pairs {
        /** {@code __u16 lo}. */
        @Bits(value = 16, at = 0) int lo();

        /** {@code __u16 hi}. */
        @Bits(value = 16, at = 16) int hi();
    }

    /** {@code struct {...} regions[3]}. */
    @Bits(at = 0, count = 3) Regions[] regions();

    /** {@code struct {...} pairs[2]}. */
    @Bits(at = 384, count = 2) Pairs[] pairs();

    /** {@code __u8 tag}. */
    @Bits(value = 8, at = 448) int tag();
}
