// Imported from "raw.h" by bitunion-cimport; regenerate rather than edit.
package golden.raw;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct raw_members} from {@code "raw.h"}: 32 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct raw_members {
 *     unsigned int kind : 4;
 *     _Bool valid;
 *     void *buffer;
 *     float scale;
 *     double offset;
 *     unsigned char data[];
 * };
 * }</pre>
 *
 * <p>{@code unsigned char data[]}: a flexible array member, past sizeof; not part of the declaration
 */
@Bitfield(bits = 256)
public interface RawMembers {
    /** {@code unsigned int kind : 4}. */
    @Bits(value = 4, at = 0) int kind();

    /** {@code _Bool valid}. */
    @Bits(at = 8) boolean valid();

    /** {@code void *buffer}: a pointer: the raw address, meaningful only in the process that stored it. */
    @Bits(value = 64, at = 64) long buffer();

    /** {@code float scale}: a float: the raw IEEE 754 bits (Float.intBitsToFloat gives the value). */
    @Bits(value = 32, at = 128) int scale();

    /** {@code double offset}: a double: the raw IEEE 754 bits (Double.longBitsToDouble gives the value). */
    @Bits(value = 64, at = 192) long offset_();
}
