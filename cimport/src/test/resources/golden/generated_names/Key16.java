// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct key16} from {@code "generated_names.h"}: 17 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct key16 {
 *     __u64 objectid;
 *     __u8 type;
 *     __u64 offset;
 * };
 * }</pre>
 *
 * <p>{@code packed = true}: gcc's layout has a field across a storage unit, or a size bitunion's alignment rule
 * would not give; every field is placed explicitly.
 */
@Bitfield(bits = 136, packed = true)
public interface Key16 {
    /** {@code __u64 objectid}. */
    @Bits(value = 64, at = 0) long objectid();

    /** {@code __u8 type}. */
    @Bits(value = 8, at = 64) int type();

    /** {@code __u64 offset}. */
    @Bits(value = 64, at = 72) long offset_();
}
