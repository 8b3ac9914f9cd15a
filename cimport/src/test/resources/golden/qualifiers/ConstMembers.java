// Imported from "qualifiers.h" by bitunion-cimport; regenerate rather than edit.
package golden.qualifiers;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct const_members} from {@code "qualifiers.h"}: 32 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct const_members {
 *     const __u32 mode : 3;
 *     const unsigned int flags : 5;
 *     const _Bool valid : 1;
 *     const __u16 id;
 *     const struct reg_pair pair;
 *     const __u8 bytes[3];
 * };
 * }</pre>
 */
@Bitfield(bits = 256)
public interface ConstMembers {
    /** {@code const __u32 mode : 3}. */
    @Bits(value = 3, at = 0) int mode();

    /** {@code const unsigned int flags : 5}. */
    @Bits(value = 5, at = 3) int flags();

    /** {@code const _Bool valid : 1}. */
    @Bits(at = 8) boolean valid();

    /** {@code const __u16 id}. */
    @Bits(value = 16, at = 16) int id();

    /** {@code const struct reg_pair pair}. */
    @Bits(at = 64) RegPair pair();

    /** {@code const __u8 bytes[3]}. */
    @Bits(value = 8, at = 192, count = 3) int[] bytes();
}
