// Imported from "nested.h" by bitunion-cimport; regenerate rather than edit.
package golden.nested;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct wide_inner} from {@code "nested.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct wide_inner {
 *     __u64 address;
 *     __u32 level : 3;
 *     __u32 dirty : 1;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface WideInner {
    /** {@code __u64 address}. */
    @Bits(value = 64, at = 0) long address();

    /** {@code __u32 level : 3}. */
    @Bits(value = 3, at = 64) int level();

    /** {@code __u32 dirty : 1}. */
    @Bits(at = 67) boolean dirty();
}
