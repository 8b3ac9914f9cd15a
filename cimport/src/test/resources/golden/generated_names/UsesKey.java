// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct uses_key} from {@code "generated_names.h"}: 20 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct uses_key {
 *     struct key16 key;
 *     __u32 level : 4;
 * };
 * }</pre>
 */
@Bitfield(bits = 160)
public interface UsesKey {
    /** {@code struct key16 key}. */
    @Bits(at = 0) Key16 key();

    /** {@code __u32 level : 4}. */
    @Bits(value = 4, at = 136) int level();
}
