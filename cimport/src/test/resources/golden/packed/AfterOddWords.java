// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct after_odd_words} from {@code "packed.h"}: 48 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct after_odd_words {
 *     __u32 words[7];
 *     struct error_info error;
 *     __u8 flag : 1;
 * };
 * }</pre>
 *
 * <p>{@code packed = true}: gcc's layout has a field across a storage unit, or a size bitunion's alignment rule
 * would not give; every field is placed explicitly.
 */
@Bitfield(bits = 384, packed = true)
public interface AfterOddWords {
    /** {@code __u32 words[7]}. */
    @Bits(value = 32, at = 0, count = 7) int[] words();

    /** {@code struct error_info error}. */
    @Bits(at = 224) ErrorInfo error();

    /** {@code __u8 flag : 1}. */
    @Bits(at = 352) boolean flag();
}
