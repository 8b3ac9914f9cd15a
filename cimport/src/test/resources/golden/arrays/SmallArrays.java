// Imported from "arrays.h" by bitunion-cimport; regenerate rather than edit.
package golden.arrays;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct small_arrays} from {@code "arrays.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct small_arrays {
 *     __u8 key[3];
 *     __u8 flags : 4;
 *     __be16 ports[2];
 * };
 * }</pre>
 */
@Bitfield(bits = 64)
public interface SmallArrays {
    /** {@code __u8 key[3]}: element 0 (a word union has no array fields). */
    @Bits(value = 8, at = 0) int key0();

    /** {@code __u8 key[3]}: element 1 (a word union has no array fields). */
    @Bits(value = 8, at = 8) int key1();

    /** {@code __u8 key[3]}: element 2 (a word union has no array fields). */
    @Bits(value = 8, at = 16) int key2();

    /** {@code __u8 flags : 4}. */
    @Bits(value = 4, at = 24) int flags();

    /** {@code __be16 ports[2]}: element 0 (a word union has no array fields). */
    @BigEndian @Bits(value = 16, at = 32) int ports0();

    /** {@code __be16 ports[2]}: element 1 (a word union has no array fields). */
    @BigEndian @Bits(value = 16, at = 48) int ports1();
}
