// Imported from "enums.h" by bitunion-cimport; regenerate rather than edit.
package golden.enums;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct enum_fields} from {@code "enums.h"}: 12 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct enum_fields {
 *     enum mode mode : 2;
 *     enum direction direction : 2;
 *     enum wide_codes codes : 3;
 *     enum mode full_mode;
 *     unsigned int rest : 3;
 * };
 * }</pre>
 */
@Bitfield(bits = 96)
public interface EnumFields {
    /** {@code enum mode mode : 2}. */
    @Bits(value = 2, at = 0) Mode mode();

    /** {@code enum direction direction : 2}: codes of enum direction, as an integer: a signed enum bitfield. */
    @Bits(value = 2, at = 2, signed = true) int direction();

    /**
     * {@code enum wide_codes codes : 3}: codes of enum wide_codes, as an integer: enumerator WIDE_BIG = 64 is not a
     * code of 3 bits.
     */
    @Bits(value = 3, at = 4) int codes();

    /** {@code enum mode full_mode}. */
    @Bits(value = 32, at = 32) Mode fullMode();

    /** {@code unsigned int rest : 3}. */
    @Bits(value = 3, at = 64) int rest();
}
