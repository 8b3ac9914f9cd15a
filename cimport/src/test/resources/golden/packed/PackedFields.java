// Imported from "packed.h" by bitunion-cimport; regenerate rather than edit.
package golden.packed;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * {@code struct packed_fields} from {@code "packed.h"}: 15 bytes,
 * gcc's layout on x86-64, checked against gcc member by member.
 *
 * <pre>{@code
 * struct packed_fields {
 *     __u8 a;
 *     __u32 b;
 *     __u16 c : 9;
 *     __u16 d : 7;
 *     __u64 e : 40;
 *     __u32 f : 20;
 * };
 * }</pre>
 *
 * <p>{@code packed = true}: gcc's layout has a field across a storage unit, or a size bitunion's alignment rule
 * would not give; every field is placed explicitly.
 */
@Bitfield(bits = 120, packed = true)
public interface PackedFields {
    /** {@code __u8 a}. */
    @Bits(value = 8, at = 0) int a();

    /** {@code __u32 b}. */
    @Bits(value = 32, at = 8) long b();

    /** {@code __u16 c : 9}. */
    @Bits(value = 9, at = 40) int c();

    /** {@code __u16 d : 7}. */
    @Bits(value = 7, at = 49) int d();

    /** {@code __u64 e : 40}. */
    @Bits(value = 40, at = 56) long e();

    /** {@code __u32 f : 20}. */
    @Bits(value = 20, at = 96) int f();
}
