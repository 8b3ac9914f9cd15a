// Imported from "qualifiers.h" by bitunion-cimport; regenerate rather than edit.
package golden.qualifiers;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct pair_table} from {@code "qualifiers.h"}: 88 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct pair_table {
 *     struct reg_pair pairs[5];
 *     __u8 count : 4;
 * };
 * }</pre>
 */
@Bitfield(bits = 704)
public interface PairTable {
    /** {@code struct reg_pair pairs[5]}. */
    @Bits(at = 0, count = 5) RegPair[] pairs();

    /** {@code __u8 count : 4}. */
    @Bits(value = 4, at = 640) int count();
}
