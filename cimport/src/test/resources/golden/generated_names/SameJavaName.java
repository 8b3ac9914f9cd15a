// Imported from "generated_names.h" by bitunion-cimport; regenerate rather than edit.
package golden.generated_names;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct same_java_name} from {@code "generated_names.h"}: 12 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct same_java_name {
 *     __u32 buf;
 *     __u32 __buf;
 *     __u8 ITV0 : 4;
 *     __u8 itv0 : 4;
 * };
 * }</pre>
 */
@Bitfield(bits = 96)
public interface SameJavaName {
    /** {@code __u32 buf}. */
    @Bits(value = 32, at = 0) int buf();

    /** {@code __u32 __buf}. */
    @Bits(value = 32, at = 32) int buf_();

    /** {@code __u8 ITV0 : 4}. */
    @Bits(value = 4, at = 64) int itv0();

    /** {@code __u8 itv0 : 4}. */
    @Bits(value = 4, at = 68) int itv0_();
}
