// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code union word_fields} from {@code "generated_names.h"}: 4 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * union word_fields {
 *     __u32 fields;
 *     struct {
 *         __u32 kind : 3;
 *     };
 * };
 * }</pre>
 */
@Bitfield(bits = 32, union = true)
public interface WordFields {
    /** {@code __u32 fields}. */
    @Bits(value = 32, at = 0) int fields_();

    /** {@code __u32 kind : 3}. */
    @Bits(value = 3, at = 0) int kind();
}
