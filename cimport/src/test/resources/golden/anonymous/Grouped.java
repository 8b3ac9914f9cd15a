// Imported from "anonymous.h" by bitunion-cimport; regenerate rather than edit.
package golden.anonymous;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct grouped} from {@code "anonymous.h"}: 12 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct grouped {
 *     __u8 kind : 4;
 *     union {
 *         struct {
 *             __be32 src;
 *             __be32 dst;
 *         };
 *         struct {
 *             __be32 src;
 *             __be32 dst;
 *         } addrs;
 *     };
 * };
 * }</pre>
 *
 * <p>{@code addrs} (the same members grouped under a name, as the kernel's {@code __struct_group} does) is not a
 * separate field: its members are the fields of the same names here.
 */
@Bitfield(bits = 96)
public interface Grouped {
    /** {@code __u8 kind : 4}. */
    @Bits(value = 4, at = 0) int kind();

    /** {@code __be32 src}. */
    @BigEndian @Bits(value = 32, at = 32) int src();

    /** {@code __be32 dst}. */
    @BigEndian @Bits(value = 32, at = 64) int dst();
}
