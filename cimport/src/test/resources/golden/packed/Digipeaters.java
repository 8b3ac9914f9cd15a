// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct digipeaters} from {@code "packed.h"}: 36 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct digipeaters {
 *     struct call_sign first;
 *     struct call_sign more[4];
 *     __u8 count : 3;
 * };
 * }</pre>
 *
 * <p>{@code packed = true}: gcc's layout has a field across a storage unit, or a size bitunion's alignment rule
 * would not give; every field is placed explicitly.
 */
@Bitfield(bits = 288, packed = true)
public interface Digipeaters {
    /** {@code struct call_sign first}. */
    @Bits(at = 0) CallSign first();

    /** {@code struct call_sign more[4]}. */
    @Bits(at = 56, count = 4) CallSign[] more();

    /** {@code __u8 count : 3}. */
    @Bits(value = 3, at = 280) int count();
}
