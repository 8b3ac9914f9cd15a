// Imported from "signed.h" by bitunion-cimport; regenerate rather than edit.
package golden.signed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct signed_fields} from {@code "signed.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct signed_fields {
 *     int small : 3;
 *     signed char byte;
 *     short int half;
 *     int whole;
 *     unsigned int positive : 5;
 *     long long int wide : 40;
 *     char plain_char;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface SignedFields {
    /** {@code int small : 3}. */
    @Bits(value = 3, at = 0, signed = true) int small();

    /** {@code signed char byte}. */
    @Bits(value = 8, at = 8, signed = true) int byte_();

    /** {@code short int half}. */
    @Bits(value = 16, at = 16, signed = true) int half();

    /** {@code int whole}. */
    @Bits(value = 32, at = 32) int whole();

    /** {@code unsigned int positive : 5}. */
    @Bits(value = 5, at = 64) int positive();

    /** {@code long long int wide : 40}. */
    @Bits(value = 40, at = 69, signed = true) long wide();

    /** {@code char plain_char}. */
    @Bits(value = 8, at = 112, signed = true) int plainChar();
}
