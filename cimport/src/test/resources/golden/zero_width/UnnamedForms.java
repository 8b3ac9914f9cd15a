// Imported from "zero_width.h" by bitunion-cimport; regenerate rather than edit.
package golden.zero_width;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct unnamed_forms} from {@code "zero_width.h"}: 12 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct unnamed_forms {
 *     unsigned char low : 2;
 *     unsigned char : 2;
 *     unsigned char high : 4;
 *     unsigned short : 6;
 *     short unsigned int mid : 10;
 *     struct {
 *         unsigned int x : 1;
 *         unsigned int : 7;
 *         unsigned int y : 8;
 *     };
 *     unsigned int tail : 5;
 *     unsigned int : 3;
 * };
 * }</pre>
 */
@Bitfield(bits = 96)
public interface UnnamedForms {
    /** {@code unsigned char low : 2}. */
    @Bits(value = 2, at = 0) int low();

    /** {@code unsigned char high : 4}. */
    @Bits(value = 4, at = 4) int high();

    /** {@code short unsigned int mid : 10}. */
    @Bits(value = 10, at = 16) int mid();

    /** {@code unsigned int x : 1}. */
    @Bits(at = 32) boolean x();

    /** {@code unsigned int y : 8}. */
    @Bits(value = 8, at = 40) int y();

    /** {@code unsigned int tail : 5}. */
    @Bits(value = 5, at = 64) int tail();
}
