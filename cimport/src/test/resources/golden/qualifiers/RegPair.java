// Imported from "qualifiers.h" by bitunion-cimport; regenerate rather than edit.
package golden.qualifiers;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct reg_pair} from {@code "qualifiers.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct reg_pair {
 *     __u32 low : 12;
 *     __u32 high : 20;
 *     __u64 base;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface RegPair {
    /** {@code __u32 low : 12}. */
    @Bits(value = 12, at = 0) int low();

    /** {@code __u32 high : 20}. */
    @Bits(value = 20, at = 12) int high();

    /** {@code __u64 base}. */
    @Bits(value = 64, at = 64) long base();
}
