// Imported from "arrays.h" by bitunion-cimport; regenerate rather than edit.
package golden.arrays;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code union small_matrix} from {@code "arrays.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * union small_matrix {
 *     char cells[4][2];
 *     __u64 all;
 * };
 * }</pre>
 */
@Bitfield(bits = 64, union = true)
public interface SmallMatrix {
    /** {@code char cells[4][2]}: element [0][0] (a word union has no array fields). */
    @Bits(value = 8, at = 0, signed = true) int cells0();

    /** {@code char cells[4][2]}: element [0][1] (a word union has no array fields). */
    @Bits(value = 8, at = 8, signed = true) int cells1();

    /** {@code char cells[4][2]}: element [1][0] (a word union has no array fields). */
    @Bits(value = 8, at = 16, signed = true) int cells2();

    /** {@code char cells[4][2]}: element [1][1] (a word union has no array fields). */
    @Bits(value = 8, at = 24, signed = true) int cells3();

    /** {@code char cells[4][2]}: element [2][0] (a word union has no array fields). */
    @Bits(value = 8, at = 32, signed = true) int cells4();

    /** {@code char cells[4][2]}: element [2][1] (a word union has no array fields). */
    @Bits(value = 8, at = 40, signed = true) int cells5();

    /** {@code char cells[4][2]}: element [3][0] (a word union has no array fields). */
    @Bits(value = 8, at = 48, signed = true) int cells6();

    /** {@code char cells[4][2]}: element [3][1] (a word union has no array fields). */
    @Bits(value = 8, at = 56, signed = true) int cells7();

    /** {@code __u64 all}. */
    @Bits(value = 64, at = 0) long all();
}
