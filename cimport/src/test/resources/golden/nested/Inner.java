// Imported from "nested.h" by bitunion-cimport; regenerate rather than edit.
package golden.nested;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct inner} from {@code "nested.h"}: 2 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct inner {
 *     __u16 x : 5;
 *     __u16 y : 11;
 * };
 * }</pre>
 */
@Bitfield(bits = 16)
public interface Inner {
    /** {@code __u16 x : 5}. */
    @Bits(value = 5, at = 0) int x();

    /** {@code __u16 y : 11}. */
    @Bits(value = 11, at = 5) int y();
}
