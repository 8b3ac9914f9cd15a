// Imported from "nested.h" by bitunion-cimport; regenerate rather than edit.
package golden.nested;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct outer} from {@code "nested.h"}: 24 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct outer {
 *     struct inner first;
 *     __u8 tag : 3;
 *     struct inner second;
 *     struct wide_inner table;
 * };
 * }</pre>
 */
@Bitfield(bits = 192)
public interface Outer {
    /** {@code struct inner first}. */
    @Bits(at = 0) Inner first();

    /** {@code __u8 tag : 3}. */
    @Bits(value = 3, at = 16) int tag();

    /** {@code struct inner second}. */
    @Bits(at = 32) Inner second();

    /** {@code struct wide_inner table}. */
    @Bits(at = 64) WideInner table();
}
