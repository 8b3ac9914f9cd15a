// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct call_sign} from {@code "packed.h"}: 7 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct call_sign {
 *     char call[7];
 * };
 * }</pre>
 */
@Bitfield(bits = 56)
public interface CallSign {
    /** {@code char call[7]}: element 0 (a word union has no array fields). */
    @Bits(value = 8, at = 0, signed = true) int call0();

    /** {@code char call[7]}: element 1 (a word union has no array fields). */
    @Bits(value = 8, at = 8, signed = true) int call1();

    /** {@code char call[7]}: element 2 (a word union has no array fields). */
    @Bits(value = 8, at = 16, signed = true) int call2();

    /** {@code char call[7]}: element 3 (a word union has no array fields). */
    @Bits(value = 8, at = 24, signed = true) int call3();

    /** {@code char call[7]}: element 4 (a word union has no array fields). */
    @Bits(value = 8, at = 32, signed = true) int call4();

    /** {@code char call[7]}: element 5 (a word union has no array fields). */
    @Bits(value = 8, at = 40, signed = true) int call5();

    /** {@code char call[7]}: element 6 (a word union has no array fields). */
    @Bits(value = 8, at = 48, signed = true) int call6();
}
