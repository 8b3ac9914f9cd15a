// Imported from "arrays.h" by bitunion-cimport; regenerate rather than edit.
package golden.arrays;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct arrays} from {@code "arrays.h"}: 36 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct arrays {
 *     __u8 bytes[6];
 *     __u16 words[3];
 *     unsigned int flags : 4;
 *     __u32 table[2][2];
 *     __be16 ports[2];
 * };
 * }</pre>
 */
@Bitfield(bits = 288)
public interface Arrays {
    /** {@code __u8 bytes[6]}. */
    @Bits(value = 8, at = 0, count = 6) int[] bytes();

    /** {@code __u16 words[3]}. */
    @Bits(value = 16, at = 48, count = 3) int[] words();

    /** {@code unsigned int flags : 4}. */
    @Bits(value = 4, at = 96) int flags();

    /** {@code __u32 table[2][2]}: a 2-dimensional C array, flattened row by row. */
    @Bits(value = 32, at = 128, count = 4) int[] table();

    /** {@code __be16 ports[2]}. */
    @BigEndian @Bits(value = 16, at = 256, count = 2) int[] ports();
}
