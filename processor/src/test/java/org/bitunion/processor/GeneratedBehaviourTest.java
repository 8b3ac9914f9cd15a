package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What generated accessors do: every field round-trips its minimum, maximum and random values, {@code with}
 * never touches a neighbour's bits, and the edges where hand-written shift code goes wrong are right.
 */
class GeneratedBehaviourTest {
    private static final CompiledBitfields EDGES = CompiledBitfields.compile(source("t.Edges",
            "@Bitfield(bits = 64)",
            "public interface Edges {",
            "    @Bits(3) int low();",
            "    @Bits(value = 32, at = 32) int high();   // a full 32-bit int: no sign games",
            "}"), source("t.Full64",
            "@Bitfield(bits = 64)",
            "public interface Full64 { @Bits(64) long all(); }"), source("t.Full32",
            "@Bitfield(bits = 32)",
            "public interface Full32 { @Bits(32) int all(); }"), source("t.Top",
            "@Bitfield(bits = 32)",
            "public interface Top {",
            "    @Bits(value = 4, at = 28) int nibble();  // the int word's top bits: no sign extension",
            "}"), source("t.Odd",
            "@Bitfield(bits = 20)",
            "public interface Odd {",
            "    boolean flag();",
            "    @Bits(19) long rest();                   // ends exactly at bits; a long in an int word",
            "}"), source("t.LongIn32",
            "@Bitfield(bits = 32)",
            "public interface LongIn32 { @Bits(32) long all(); }"), source("t.Single",
            "@Bitfield(bits = 1)",
            "public interface Single { boolean only(); }"));

    private static final CompiledBitfields ROLES = CompiledBitfields.compile(Sources.pageRole(),
            Sources.extendedRole(), Sources.mmuRole(), Sources.memoryType(), source("test.EptEntry",
                    "@Bitfield(bits = 64)",
                    "public interface EptEntry {",
                    "    boolean read(); boolean write(); boolean execute();",
                    "    test.MemoryType memoryType();",
                    "    boolean ignorePat(); boolean pageSize();",
                    "    @Bits(value = 40, at = 12) long frame();",
                    "    @Bits(value = 1, at = 63) boolean suppressVe();",
                    "}"));

    @Test
    void fullWidthIntFieldInALongWordKeepsAll32BitsAndNoSign() {
        long word = EDGES.call("t.EdgesBits", "withHigh", 0L, -1);
        assertEquals(0xffff_ffff_0000_0000L, word);
        assertEquals(-1, (int) EDGES.call("t.EdgesBits", "high", word));
        assertEquals(0, (int) EDGES.call("t.EdgesBits", "low", word));
        long withLow = EDGES.call("t.EdgesBits", "withLow", word, 7);
        assertEquals(0xffff_ffff_0000_0007L, withLow);
        assertEquals(0x8000_0000L << 32, (long) EDGES.call("t.EdgesBits", "withHigh", 0L, Integer.MIN_VALUE));
    }

    @Test
    void sixtyFourBitLongFieldIsTheWholeWord() {
        assertEquals(-1L, (long) EDGES.call("t.Full64Bits", "withAll", 0L, -1L));
        assertEquals(Long.MIN_VALUE, (long) EDGES.call("t.Full64Bits", "all", Long.MIN_VALUE));
        assertEquals(-1L, (long) EDGES.constant("t.Full64Bits", "ALL_MASK"));
        assertEquals("Full64{all=18446744073709551615}", EDGES.call("t.Full64Bits", "toString", -1L));
    }

    @Test
    void thirtyTwoBitIntFieldIsTheWholeIntWord() {
        assertEquals(-1, (int) EDGES.call("t.Full32Bits", "withAll", 0, -1));
        assertEquals(Integer.MIN_VALUE, (int) EDGES.call("t.Full32Bits", "all", Integer.MIN_VALUE));
        assertEquals("Full32{all=4294967295}", EDGES.call("t.Full32Bits", "toString", -1));
    }

    @Test
    void topBitsOfAnIntWordAreNotSignExtended() {
        int word = EDGES.call("t.TopBits", "withNibble", 0, 15);
        assertEquals(0xf000_0000, word);
        assertEquals(15, (int) EDGES.call("t.TopBits", "nibble", word));
        assertEquals(8, (int) EDGES.call("t.TopBits", "nibble", Integer.MIN_VALUE));
    }

    @Test
    void longFieldInAnIntWordEndingExactlyAtBits() {
        int word = EDGES.call("t.OddBits", "withRest", 0, (1L << 19) - 1);
        assertEquals(0xf_fffe, word);
        assertEquals((1L << 19) - 1, (long) EDGES.call("t.OddBits", "rest", word));
        assertThrows(IllegalArgumentException.class, () -> EDGES.call("t.OddBits", "withRest", 0, 1L << 19));
        assertEquals(0xf_ffff, (int) EDGES.constant("t.OddBits", "FIELDS_MASK"));
    }

    @Test
    void thirtyTwoBitLongFieldInAnIntWordIsZeroExtended() {
        int word = EDGES.call("t.LongIn32Bits", "withAll", 0, 0xffff_ffffL);
        assertEquals(-1, word);
        assertEquals(0xffff_ffffL, (long) EDGES.call("t.LongIn32Bits", "all", word));
        assertThrows(IllegalArgumentException.class, () -> EDGES.call("t.LongIn32Bits", "withAll", 0, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> EDGES.call("t.LongIn32Bits", "withAll", 0, -1L));
    }

    @Test
    void oneFieldUnion() {
        int word = EDGES.call("t.SingleBits", "withOnly", 0, true);
        assertEquals(1, word);
        assertTrue((boolean) EDGES.call("t.SingleBits", "only", word));
        assertEquals("Single{only=true}", EDGES.call("t.SingleBits", "toString", word));
        assertEquals("Single{only=false, (other bits)=0xfffffffe}", EDGES.call("t.SingleBits", "toString", -2));
    }

    @Test
    void withRejectsValuesThatDoNotFitAndNamesFieldValueAndRange() {
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.PageRoleBits", "withLevel", 0, 16));
        assertEquals("PageRole.level: 16 does not fit in 4 bits (allowed range 0..15)", tooBig.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.PageRoleBits", "withSmm", 0, -1));
        assertEquals("PageRole.smm: -1 does not fit in 8 bits (allowed range 0..255)", negative.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.EptEntryBits", "withFrame", 0L, 1L << 40));
    }

    @Test
    void everyFieldRoundTripsMinMaxAndRandomValuesWithoutTouchingItsNeighbours() {
        SplittableRandom random = new SplittableRandom(42);
        String[] intFields = {"level", "quadrant", "access", "smm"};
        for (String field : intFields) {
            String prefix = org.bitunion.processor.model.GeneratedNames.constantPrefix(field);
            int width = ROLES.constant("test.PageRoleBits", prefix + "_WIDTH");
            int shift = ROLES.constant("test.PageRoleBits", prefix + "_SHIFT");
            int mask = ROLES.constant("test.PageRoleBits", prefix + "_MASK");
            int max = (1 << width) - 1;
            assertEquals(max << shift, mask, field);
            for (int trial = 0; trial < 200; trial++) {
                int word = random.nextInt();
                int value = trial == 0 ? 0 : trial == 1 ? max : random.nextInt(max + 1);
                int updated = ROLES.call("test.PageRoleBits", "with" + Character.toUpperCase(field.charAt(0))
                        + field.substring(1), word, value);
                assertEquals(value, (int) ROLES.call("test.PageRoleBits", field, updated), field);
                assertEquals(word & ~mask, updated & ~mask, field + " touched a neighbour");
            }
        }
        for (String flag : new String[] {"cr4Pae", "direct", "invalid", "nxe", "cr0Wp", "smepAndnotWp",
                "smapAndnotWp", "adDisabled", "guestMode"}) {
            int mask = ROLES.constant("test.PageRoleBits",
                    org.bitunion.processor.model.GeneratedNames.maskConstant(flag));
            assertEquals(1, Integer.bitCount(mask), flag);
            for (boolean value : new boolean[] {true, false}) {
                int word = random.nextInt();
                int updated = ROLES.call("test.PageRoleBits", "with" + Character.toUpperCase(flag.charAt(0))
                        + flag.substring(1), word, value);
                assertEquals(value, ROLES.call("test.PageRoleBits", flag, updated));
                assertEquals(word & ~mask, updated & ~mask, flag + " touched a neighbour");
            }
        }
    }

    @Test
    void pageRoleHasKvmsBitPositions() {
        assertEquals(0, (int) ROLES.constant("test.PageRoleBits", "LEVEL_SHIFT"));
        assertEquals(4, (int) ROLES.constant("test.PageRoleBits", "CR4_PAE_SHIFT"));
        assertEquals(0x700, (int) ROLES.constant("test.PageRoleBits", "ACCESS_MASK"));
        assertEquals(16, (int) ROLES.constant("test.PageRoleBits", "AD_DISABLED_SHIFT"));
        assertEquals(17, (int) ROLES.constant("test.PageRoleBits", "GUEST_MODE_SHIFT"));
        assertEquals(0xff00_0000, (int) ROLES.constant("test.PageRoleBits", "SMM_MASK"));
        assertEquals(0xff03_ffff, (int) ROLES.constant("test.PageRoleBits", "FIELDS_MASK"));
    }

    @Test
    void nestedRolesFormOneSixtyFourBitWord() {
        int base = ROLES.call("test.PageRoleBits", "withLevel", 0, 4);
        base = ROLES.call("test.PageRoleBits", "withGuestMode", base, true);
        int ext = ROLES.call("test.ExtendedRoleBits", "withValid", 0, true);
        ext = ROLES.call("test.ExtendedRoleBits", "withCr4Smep", ext, true);
        long role = ROLES.call("test.MmuRoleBits", "withBase", 0L, base);
        role = ROLES.call("test.MmuRoleBits", "withExt", role, ext);
        assertEquals(((long) ext << 32) | base, role);
        assertEquals(base, (int) ROLES.call("test.MmuRoleBits", "base", role));
        assertEquals(ext, (int) ROLES.call("test.MmuRoleBits", "ext", role));
        long negativeExt = ROLES.call("test.MmuRoleBits", "withExt", 0L, 0x8000_0000);
        assertEquals(0x8000_0000_0000_0000L, negativeExt);
        assertEquals(0, (int) ROLES.call("test.MmuRoleBits", "base", negativeExt));
    }

    @Test
    void fieldsOfNestedUnionsAreReachableFromTheOuterWordAsOneMask() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 100; trial++) {
            long role = random.nextLong();
            boolean smep = random.nextBoolean();
            int level = random.nextInt(16);
            int ext = ROLES.call("test.MmuRoleBits", "ext", role);
            int base = ROLES.call("test.MmuRoleBits", "base", role);
            assertEquals((boolean) ROLES.call("test.ExtendedRoleBits", "cr4Smep", ext),
                    (boolean) ROLES.call("test.MmuRoleBits", "extCr4Smep", role));
            assertEquals((int) ROLES.call("test.PageRoleBits", "level", base),
                    (int) ROLES.call("test.MmuRoleBits", "baseLevel", role));
            long viaNested = ROLES.call("test.MmuRoleBits", "withExt", role,
                    (int) ROLES.call("test.ExtendedRoleBits", "withCr4Smep", ext, smep));
            assertEquals(viaNested, (long) ROLES.call("test.MmuRoleBits", "withExtCr4Smep", role, smep));
            long levelViaNested = ROLES.call("test.MmuRoleBits", "withBase", role,
                    (int) ROLES.call("test.PageRoleBits", "withLevel", base, level));
            assertEquals(levelViaNested, (long) ROLES.call("test.MmuRoleBits", "withBaseLevel", role, level));
        }
        assertEquals(1L << 38, (long) ROLES.constant("test.MmuRoleBits", "EXT_CR4_SMEP_MASK"));
        assertEquals(38, (int) ROLES.constant("test.MmuRoleBits", "EXT_CR4_SMEP_SHIFT"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.MmuRoleBits", "withBaseSmm", 0L, 256));
        assertEquals("MmuRole.base.smm: 256 does not fit in 8 bits (allowed range 0..255)", error.getMessage());
    }

    @Test
    void toStringNamesEveryFieldAndPrintsNestedUnionsInside() {
        int base = ROLES.call("test.PageRoleBits", "withLevel", 0, 4);
        base = ROLES.call("test.PageRoleBits", "withCr0Wp", base, true);
        int ext = ROLES.call("test.ExtendedRoleBits", "withValid", 0, true);
        long role = ROLES.call("test.MmuRoleBits", "withExt", (long) base, ext);
        assertEquals("MmuRole{base=PageRole{level=4, cr4Pae=false, quadrant=0, direct=false, access=0,"
                + " invalid=false, nxe=false, cr0Wp=true, smepAndnotWp=false, smapAndnotWp=false, adDisabled=false,"
                + " guestMode=false, smm=0}, ext=ExtendedRole{valid=true, execonly=false, cr0Pg=false, cr4Pse=false,"
                + " cr4Pke=false, cr4Smap=false, cr4Smep=false, cr4La57=false}}",
                ROLES.call("test.MmuRoleBits", "toString", role));
        assertEquals("PageRole{level=0, cr4Pae=false, quadrant=0, direct=false, access=0, invalid=false,"
                + " nxe=false, cr0Wp=false, smepAndnotWp=false, smapAndnotWp=false, adDisabled=false,"
                + " guestMode=false, smm=0, (other bits)=0x40000}",
                ROLES.call("test.PageRoleBits", "toString", 1 << 18));
    }

    @Test
    void diffListsChangedFieldsWithNestedNamesDotted() {
        int before = ROLES.call("test.PageRoleBits", "withLevel", 0, 4);
        int after = ROLES.call("test.PageRoleBits", "withLevel", before, 5);
        after = ROLES.call("test.PageRoleBits", "withCr0Wp", after, true);
        assertEquals("level: 4 -> 5, cr0Wp: false -> true", ROLES.call("test.PageRoleBits", "diff", before, after));
        assertEquals("", ROLES.call("test.PageRoleBits", "diff", after, after));
        long roleBefore = ROLES.call("test.MmuRoleBits", "withBase", 0L, before);
        long roleAfter = ROLES.call("test.MmuRoleBits", "withExt", (long) after,
                (int) ROLES.call("test.ExtendedRoleBits", "withCr4Smep", 0, true));
        assertEquals("base.level: 4 -> 5, base.cr0Wp: false -> true, ext.cr4Smep: false -> true",
                ROLES.call("test.MmuRoleBits", "diff", roleBefore, roleAfter));
        assertEquals("(other bits): 0x0 -> 0x40000", ROLES.call("test.PageRoleBits", "diff", 0, 1 << 18));
    }

    @Test
    void enumFieldsUseTheirCodesAndNeverMapAnUndefinedCodeSilently() {
        Class<?> memoryType = ROLES.type("test.MemoryType");
        Object wb = memoryType.getEnumConstants()[4];
        long entry = ROLES.call("test.EptEntryBits", "withMemoryType", 0L, wb);
        assertEquals(6L << 3, entry);
        assertEquals(wb, ROLES.call("test.EptEntryBits", "memoryType", entry));
        assertEquals(6, (int) ROLES.call("test.EptEntryBits", "memoryTypeCode", entry));
        long undefined = 2L << 3;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.EptEntryBits", "memoryType", undefined));
        assertEquals("EptEntry.memoryType: code 2 is not defined by any constant of MemoryType", error.getMessage());
        String text = ROLES.call("test.EptEntryBits", "toString", undefined | 7);
        assertTrue(text.contains("memoryType=2,"), text);
        assertTrue(((String) ROLES.call("test.EptEntryBits", "toString", entry)).contains("memoryType=WB,"));
        NullPointerException nullValue = assertThrows(NullPointerException.class,
                () -> ROLES.call("test.EptEntryBits", "withMemoryType", 0L, null));
        assertEquals("EptEntry.memoryType: value must not be null", nullValue.getMessage());
        assertEquals("memoryType: WB -> 2", ROLES.call("test.EptEntryBits", "diff", entry, undefined));
    }

    @Test
    void rawCodesCanBeWrittenDefinedOrNotButMustFitTheWidth() {
        long entry = ROLES.call("test.EptEntryBits", "withMemoryTypeCode", -1L, 2);
        assertEquals(2, (int) ROLES.call("test.EptEntryBits", "memoryTypeCode", entry));
        assertEquals(-1L & ~(7L << 3) | (2L << 3), entry);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.EptEntryBits", "withMemoryTypeCode", 0L, 8));
        assertEquals("EptEntry.memoryType: 8 does not fit in 3 bits (allowed range 0..7)", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ROLES.call("test.EptEntryBits", "withMemoryTypeCode", 0L, -1));
    }

    @Test
    void enumWidthIsInferredFromTheLargestCode() {
        assertEquals(3, (int) ROLES.constant("test.EptEntryBits", "MEMORY_TYPE_WIDTH"));
        assertEquals(6, (int) ROLES.constant("test.EptEntryBits", "IGNORE_PAT_SHIFT"));
    }

    @Test
    void withOnlyChangesTheFieldEvenWhenTheWordHasBitsOutsideIt() {
        long entry = ROLES.call("test.EptEntryBits", "withFrame", -1L, 0L);
        assertEquals(0xfff0_0000_0000_0fffL, entry);
        assertFalse(((String) ROLES.call("test.EptEntryBits", "toString", entry)).isEmpty());
    }
}
