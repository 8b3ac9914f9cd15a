// Imported from "zero_width.h" by bitunion-cimport; regenerate rather than edit.
package golden.zero_width;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct zero_width} from {@code "zero_width.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct zero_width {
 *     unsigned int a : 3;
 *     unsigned int : 0;
 *     unsigned int b : 5;
 *     unsigned char c : 2;
 *     unsigned char : 0;
 *     unsigned char d;
 *     unsigned int : 4;
 *     unsigned int e : 4;
 * };
 * }</pre>
 */
@Bitfield(bits = 64)
public interface ZeroWidth {
    /** {@code unsigned int a : 3}. */
    @Bits(value = 3, at = 0) int a();

    /** {@code unsigned int b : 5}. */
    @Bits(value = 5, at = 32) int b();

    /** {@code unsigned char c : 2}. */
    @Bits(value = 2, at = 37) int c();

    /** {@code unsigned char d}. */
    @Bits(value = 8, at = 40) int d();

    /** {@code unsigned int e : 4}. */
    @Bits(value = 4, at = 52) int e();
}
