// Imported from "anonymous.h" by bitunion-cimport; regenerate rather than edit.
package golden.anonymous;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct anonymous} from {@code "anonymous.h"}: 24 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct anonymous {
 *     __u32 kind : 4;
 *     union {
 *         struct {
 *             __u32 lo : 16;
 *             __u32 hi : 16;
 *         };
 *         __u32 whole;
 *     };
 *     struct {
 *         __u8 a : 1;
 *         __u8 b : 1;
 *     };
 *     __u64 rest;
 * };
 * }</pre>
 */
@Bitfield(bits = 192)
public interface Anonymous {
    /**
     * The union of the C declaration that has no name of its own: 4 bytes.
     */
    @Bitfield(bits = 32, union = true)
    interface Union1 {
        /** {@code __u32 lo : 16}. */
        @Bits(value = 16, at = 0) int lo();

        /** {@code __u32 hi : 16}. */
        @Bits(value = 16, at = 16) int hi();

        /** {@code __u32 whole}. */
        @Bits(value = 32, at = 0) int whole();
    }

    /** {@code __u32 kind : 4}. */
    @Bits(value = 4, at = 0) int kind();

    /** {@code union {...}}: the anonymous union of the C declaration. */
    @Bits(at = 32) Union1 union1();

    /** {@code __u8 a : 1}. */
    @Bits(at = 64) boolean a();

    /** {@code __u8 b : 1}. */
    @Bits(at = 65) boolean b();

    /** {@code __u64 rest}. */
    @Bits(value = 64, at = 128) long rest();
}
