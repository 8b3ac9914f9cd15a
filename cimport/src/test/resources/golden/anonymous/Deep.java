// Imported from "anonymous.h" by bitunion-cimport; regenerate rather than edit.
package golden.anonymous;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct deep} from {@code "anonymous.h"}: 8 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct deep {
 *     union {
 *         struct {
 *             __u16 low : 8;
 *             union {
 *                 __u8 both;
 *                 __u8 either;
 *             };
 *         };
 *         __u32 all;
 *     };
 *     struct {
 *         __u8 flag : 1;
 *     } deep;
 * };
 * }</pre>
 */
@Bitfield(bits = 64)
public interface Deep {
    /**
     * The union of the C declaration that has no name of its own: 4 bytes.
     */
    @Bitfield(bits = 32, union = true)
    interface Union1 {
        /**
         * The union of the C declaration that has no name of its own: 1 byte.
         */
        @Bitfield(bits = 8, union = true)
        interface Union2 {
            /** {@code __u8 both}. */
            @Bits(value = 8, at = 0) int both();

            /** {@code __u8 either}. */
            @Bits(value = 8, at = 0) int either();
        }

        /** {@code __u16 low : 8}. */
        @Bits(value = 8, at = 0) int low();

        /** {@code union {...}}: the anonymous union of the C declaration. */
        @Bits(at = 8) Union2 union2();

        /** {@code __u32 all}. */
        @Bits(value = 32, at = 0) int all();
    }

    /**
     * The struct of the C declaration that has no name of its own: 1 byte.
     */
    @Bitfield(bits = 8)
    interface Deep2 {
        /** {@code __u8 flag : 1}. */
        @Bits(at = 0) boolean flag();
    }

    /** {@code union {...}}: the anonymous union of the C declaration. */
    @Bits(at = 0) Union1 union1();

    /** {@code struct {...} deep}. */
    @Bits(at = 32) Deep2 deep();
}
