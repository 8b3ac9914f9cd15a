package org.bitunion.processor.testing;

import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.bool;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.enumField;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.integer;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.longField;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.nested;

import java.util.List;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec.Constant;

/**
 * Hand-written declarations with a known C twin: Linux 4.20's KVM MMU roles, an x86-64 page-table entry, a register
 * with padding gaps, and the edges where bitfield generators have shipped shift and sign bugs. The GCC cross-check
 * and the determinism test use them.
 */
public final class KernelLayouts {
    public static final String PKG = "gcc.check";

    /** Linux 4.20 {@code union kvm_mmu_page_role}, with {@code :6} padding before {@code smm:8}. */
    public static final BitfieldSpec PAGE_ROLE = BitfieldSpec.of(PKG, "PageRole", 32, List.of(
            integer("level", 4),
            bool("cr4Pae"),
            integer("quadrant", 2),
            bool("direct"),
            integer("access", 3),
            bool("invalid"),
            bool("nxe"),
            bool("cr0Wp"),
            bool("smepAndnotWp"),
            bool("smapAndnotWp"),
            bool("adDisabled"),
            bool("guestMode"),
            integer("smm", 8).at(24)));

    /** Linux 4.20 {@code union kvm_mmu_extended_role}. */
    public static final BitfieldSpec EXTENDED_ROLE = BitfieldSpec.of(PKG, "ExtendedRole", 32, List.of(
            bool("valid"),
            bool("execonly"),
            bool("cr0Pg"),
            bool("cr4Pse"),
            bool("cr4Pke"),
            bool("cr4Smap"),
            bool("cr4Smep"),
            bool("cr4La57")));

    /** Linux 4.20 {@code union kvm_mmu_role}: base in the low 32 bits, ext in the high 32. */
    public static final BitfieldSpec MMU_ROLE = BitfieldSpec.of(PKG, "MmuRole", 64, List.of(
            nested("base", PAGE_ROLE),
            nested("ext", EXTENDED_ROLE)));

    /** An x86-64 4-KiB page-table entry (SDM Vol. 3 4.5): flags, a 40-bit frame number, NX in bit 63. */
    public static final BitfieldSpec PAGE_TABLE_ENTRY = BitfieldSpec.of(PKG, "PageTableEntry", 64, List.of(
            bool("present"),
            bool("writable"),
            bool("user"),
            bool("writeThrough"),
            bool("cacheDisable"),
            bool("accessed"),
            bool("dirty"),
            bool("pageSize"),
            bool("global"),
            integer("avl", 3),
            longField("pfn", 40),
            integer("avlHigh", 11),
            bool("nx")));

    /** CR0: single flags scattered over the register, the gaps between them given by explicit {@code at}. */
    public static final BitfieldSpec CONTROL_REGISTER = BitfieldSpec.of(PKG, "ControlRegister0", 32, List.of(
            bool("pe"),
            bool("mp"),
            bool("em"),
            bool("ts"),
            bool("et"),
            bool("ne"),
            bool("wp").at(16),
            bool("am").at(18),
            bool("nw").at(29),
            bool("cd"),
            bool("pg")));

    public static final EnumSpec MEMORY_TYPE = new EnumSpec("MemoryType", List.of(
            new Constant("UC", 0), new Constant("WC", 1), new Constant("WT", 4), new Constant("WP", 5),
            new Constant("WB", 6)));

    /** An EPT pointer: an enum with {@code @Code}s, a gap, and a long at an explicit position. */
    public static final BitfieldSpec EPT_POINTER = BitfieldSpec.of(PKG, "EptPointer", 64, List.of(
            enumField("memoryType", MEMORY_TYPE, 3),
            integer("walkLengthMinusOne", 3),
            bool("accessedDirty"),
            longField("pml4Frame", 40).at(12)));

    public static final EnumSpec LEVEL = new EnumSpec("Level", List.of(
            new Constant("NONE", null), new Constant("PT", null), new Constant("PD", null),
            new Constant("PDPT", null), new Constant("PML4", null), new Constant("PML5", null)));

    /** An enum without {@code @Bits}: 6 ordinals need 3 bits. */
    public static final BitfieldSpec WALK_STEP = BitfieldSpec.of(PKG, "WalkStep", 16, List.of(
            enumField("level", LEVEL),
            integer("index", 9),
            bool("last")));

    /** Two 32-bit int fields: no {@code 1 << 32} in the masks, no sign extension out of the high half. */
    public static final BitfieldSpec HALVES = BitfieldSpec.of(PKG, "Halves", 64, List.of(
            integer("low", 32),
            integer("high", 32)));

    /** A 32-bit int field filling an int word: its top bit is the word's sign bit. */
    public static final BitfieldSpec WHOLE_INT = BitfieldSpec.of(PKG, "WholeInt", 32, List.of(integer("value", 32)));

    /** A 64-bit long field filling a long word: no {@code 1L << 64}. */
    public static final BitfieldSpec WHOLE_LONG = BitfieldSpec.of(PKG, "WholeLong", 64, List.of(longField("value", 64)));

    /** Fields ending exactly at {@code bits} of an odd-sized word, and at bit 31 of an int word. */
    public static final BitfieldSpec ENDS_AT_BITS = BitfieldSpec.of(PKG, "EndsAtBits", 20, List.of(
            integer("low", 7),
            integer("rest", 13)));

    public static final BitfieldSpec TOP_BIT = BitfieldSpec.of(PKG, "TopBit", 32, List.of(
            integer("payload", 12),
            bool("sign").at(31)));

    /** A 40-bit word: a long word with the top 24 bits unused, and a long field in it. */
    public static final BitfieldSpec ODD_LONG_WORD = BitfieldSpec.of(PKG, "OddLongWord", 40, List.of(
            integer("tag", 12),
            longField("address", 28)));

    public static final BitfieldSpec ONE_FIELD = BitfieldSpec.of(PKG, "OneField", 5, List.of(integer("only", 5)));

    /** A long field crossing bit 32 next to int fields on both sides of it. */
    public static final BitfieldSpec ACROSS_THE_MIDDLE = BitfieldSpec.of(PKG, "AcrossTheMiddle", 64, List.of(
            integer("a", 20),
            longField("middle", 30),
            integer("b", 14)));

    /** A nested 32-bit union in the high half after an explicit gap, then nothing. */
    public static final BitfieldSpec NESTED_HIGH = BitfieldSpec.of(PKG, "NestedHigh", 64, List.of(
            integer("flags", 3),
            nested("role", PAGE_ROLE).at(32)));

    public static final List<BitfieldSpec> ALL = List.of(PAGE_ROLE, EXTENDED_ROLE, MMU_ROLE, PAGE_TABLE_ENTRY,
            CONTROL_REGISTER, EPT_POINTER, WALK_STEP, HALVES, WHOLE_INT, WHOLE_LONG, ENDS_AT_BITS, TOP_BIT,
            ODD_LONG_WORD, ONE_FIELD, ACROSS_THE_MIDDLE, NESTED_HIGH);

    private KernelLayouts() {}
}
