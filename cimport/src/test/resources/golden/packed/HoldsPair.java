// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct holds_pair} from {@code "packed.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct holds_pair {
 *     __u8 tag : 4;
 *     union {
 *         struct word_pair pair;
 *         __u32 words[3];
 *     } u;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface HoldsPair {
    /**
     * The union of the C declaration that has no name of its own: 12 bytes.
     *
     * <p>{@code packed = true}: gcc's layout has a field across a storage unit, or a size bitunion's alignment
     * rule would not give; every field is placed explicitly.
     */
    @Bitfield(bits = 96, union = true, packed = true)
    interface U {
        /** {@code struct word_pair pair}. */
        @Bits(at = 0) WordPair pair();

        /** {@code __u32 words[3]}. */
        @Bits(value = 32, at = 0, count = 3) int[] words();
    }

    /** {@code __u8 tag : 4}. */
    @Bits(value = 4, at = 0) int tag();

    /** {@code union {...} u}. */
    @Bits(at = 32) U u();
}
