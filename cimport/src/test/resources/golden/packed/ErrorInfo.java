// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct error_info} from {@code "packed.h"}: 16 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct error_info {
 *     __u8 status;
 *     __u8 length;
 *     __u16 code;
 *     __u32 word;
 *     __u64 big;
 * };
 * }</pre>
 */
@Bitfield(bits = 128)
public interface ErrorInfo {
    /** {@code __u8 status}. */
    @Bits(value = 8, at = 0) int status();

    /** {@code __u8 length}. */
    @Bits(value = 8, at = 8) int length();

    /** {@code __u16 code}. */
    @Bits(value = 16, at = 16) int code();

    /** {@code __u32 word}. */
    @Bits(value = 32, at = 32) int word();

    /** {@code __u64 big}. */
    @Bits(value = 64, at = 64) long big();
}
