// Imported from "storage_order.h" by bitunion-cimport; regenerate rather than edit.
package golden.storage_order;

import org.bitunion.BigEndian;
import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct network_order} from {@code "storage_order.h"}: 24 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct network_order {
 *     short unsigned int port;
 *     unsigned int address;
 *     unsigned char ttl;
 *     long long unsigned int stamp;
 * };
 * }</pre>
 */
@Bitfield(bits = 192)
public interface NetworkOrder {
    /** {@code short unsigned int port}. */
    @BigEndian @Bits(value = 16, at = 0) int port();

    /** {@code unsigned int address}. */
    @BigEndian @Bits(value = 32, at = 32) int address();

    /** {@code unsigned char ttl}. */
    @Bits(value = 8, at = 64) int ttl();

    /** {@code long long unsigned int stamp}. */
    @BigEndian @Bits(value = 64, at = 128) long stamp();
}
