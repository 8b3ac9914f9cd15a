// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct word_pair} from {@code "packed.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct word_pair {
 *     __u32 a;
 *     __u32 b;
 * };
 * }</pre>
 */
@Bitfield(bits = 64)
public interface WordPair {
    /** {@code __u32 a}. */
    @Bits(value = 32, at = 0) int a();

    /** {@code __u32 b}. */
    @Bits(value = 32, at = 32) int b();
}
