// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct rect} from {@code "generated_names.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct rect {
 *     __u32 left;
 *     __u32 top;
 *     __u32 width;
 *     __u32 height;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface Rect {
    /** {@code __u32 left}. */
    @Bits(value = 32, at = 0) int left();

    /** {@code __u32 top}. */
    @Bits(value = 32, at = 32) int top();

    /** {@code __u32 width}. */
    @Bits(value = 32, at = 64) int width();

    /** {@code __u32 height}. */
    @Bits(value = 32, at = 96) int height();
}
