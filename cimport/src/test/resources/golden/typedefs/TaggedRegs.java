// Imported from "typedefs.h" by bitunion-cimport; regenerate rather than edit.
package golden.typedefs;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct tagged_regs} from {@code "typedefs.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct tagged_regs {
 *     reg_pair_t pair;
 *     reg_t mode : 2;
 *     _Bool enabled;
 * };
 * }</pre>
 */
@Bitfield(bits = 64)
public interface TaggedRegs {
    /** {@code reg_pair_t pair}. */
    @Bits(at = 0) RegPairT pair();

    /** {@code reg_t mode : 2}. */
    @Bits(value = 2, at = 32) int mode();

    /** {@code _Bool enabled}. */
    @Bits(at = 40) boolean enabled();
}
