// Imported from "typedefs.h" by bitunion-cimport; regenerate rather than edit.
package golden.typedefs;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code reg_pair_t} from {@code "typedefs.h"}: 4 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct {
 *     reg_t low : 12;
 *     reg_t high : 20;
 * };
 * }</pre>
 */
@Bitfield(bits = 32)
public interface RegPairT {
    /** {@code reg_t low : 12}. */
    @Bits(value = 12, at = 0) int low();

    /** {@code reg_t high : 20}. */
    @Bits(value = 20, at = 12) int high();
}
