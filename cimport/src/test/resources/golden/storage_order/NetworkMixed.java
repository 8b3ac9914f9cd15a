// Imported from "storage_order.h" by bitunion-cimport; regenerate rather than edit.
package golden.storage_order;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct network_mixed} from {@code "storage_order.h"}: 48 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct network_mixed {
 *     const short unsigned int port;
 *     unsigned int words[3];
 *     void *cookie;
 *     const char *name;
 *     __u8 bytes[4];
 *     float weight;
 *     volatile unsigned int counter;
 * };
 * }</pre>
 */
@Bitfield(bits = 384)
public interface NetworkMixed {
    /** {@code const short unsigned int port}. */
    @BigEndian @Bits(value = 16, at = 0) int port();

    /** {@code unsigned int words[3]}. */
    @BigEndian @Bits(value = 32, at = 32, count = 3) int[] words();

    /** {@code void *cookie}: a pointer: the raw address, meaningful only in the process that stored it. */
    @Bits(value = 64, at = 128) long cookie();

    /** {@code const char *name}: a pointer: the raw address, meaningful only in the process that stored it. */
    @Bits(value = 64, at = 192) long name();

    /** {@code __u8 bytes[4]}. */
    @Bits(value = 8, at = 256, count = 4) int[] bytes();

    /** {@code float weight}: a float: the raw IEEE 754 bits (Float.intBitsToFloat gives the value). */
    @BigEndian @Bits(value = 32, at = 288) int weight();

    /** {@code volatile unsigned int counter}. */
    @BigEndian @Bits(value = 32, at = 320) int counter();
}
