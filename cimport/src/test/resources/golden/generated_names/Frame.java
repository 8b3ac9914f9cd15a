// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct frame} from {@code "generated_names.h"}: 40 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct frame {
 *     struct rect src;
 *     __u32 src_width;
 *     struct key16 key;
 *     __u32 key_offset : 12;
 * };
 * }</pre>
 */
@Bitfield(bits = 320)
public interface Frame {
    /** {@code struct rect src}. */
    @Bits(at = 0) Rect src();

    /** {@code __u32 src_width}. */
    @Bits(value = 32, at = 128) int srcWidth_();

    /** {@code struct key16 key}. */
    @Bits(at = 160) Key16 key();

    /** {@code __u32 key_offset : 12}. */
    @Bits(value = 12, at = 296) int keyOffset__();
}
