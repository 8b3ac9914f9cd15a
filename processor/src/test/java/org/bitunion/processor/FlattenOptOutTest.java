package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code @Bitfield(flatten = false)}: the class has only the declaration's own fields, no accessors or constants
 * for the fields of nested unions and structs, and their names are free for fields of its own; everything else
 * (the nested words, offsets, {@code toString}, {@code diff}) is what the flattened class has.
 */
class FlattenOptOutTest {
    private static final CompiledBitfields COMPILED = CompiledBitfields.compile(
            Sources.pageRole(), Sources.extendedRole(), Sources.mmuRole(),
            source("test.LeanRole",
                    "@Bitfield(bits = 64, flatten = false)",
                    "public interface LeanRole {",
                    "    PageRole base();",
                    "    ExtendedRole ext();",
                    "}"),
            source("test.Named",
                    "@Bitfield(bits = 64, flatten = false)",
                    "public interface Named {",
                    "    PageRole base();",
                    "    @Bits(4) int baseLevel();", // would clash with base.level's flattened accessor
                    "}"),
            source("test.Range",
                    "@Bitfield(bits = 96)",
                    "public interface Range {",
                    "    @Bits(32) int base();",
                    "    @Bits(value = 20, signed = true) int delta();",
                    "}"),
            source("test.Flat",
                    "@Bitfield(bits = 320)",
                    "public interface Flat {",
                    "    Range range();",
                    "    @Bits(count = 2) Range[] history();",
                    "    PageRole role();",
                    "}"),
            source("test.Lean",
                    "@Bitfield(bits = 320, flatten = false)",
                    "public interface Lean {",
                    "    Range range();",
                    "    @Bits(count = 2) Range[] history();",
                    "    PageRole role();",
                    "}"));

    private static boolean hasMember(String type, String name) {
        Class<?> generated = COMPILED.type(type);
        return Arrays.stream(generated.getDeclaredMethods()).map(Method::getName).anyMatch(name::equals)
                || Arrays.stream(generated.getDeclaredFields()).anyMatch(f -> f.getName().equals(name));
    }

    @Test
    void aWordUnionWithoutFlatteningHasOnlyItsOwnFieldsAndPrintsTheSame() {
        assertTrue(hasMember("test.MmuRoleBits", "baseLevel"));
        for (String gone : new String[] {"baseLevel", "withExtCr4Smep", "BASE_LEVEL_MASK", "EXT_CR4_SMEP_SHIFT"}) {
            assertFalse(hasMember("test.LeanRoleBits", gone), gone);
        }
        assertTrue(hasMember("test.LeanRoleBits", "withBase"));
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 500; i++) {
            long before = random.nextLong();
            long after = before ^ (1L << random.nextInt(64));
            assertEquals(COMPILED.<String>call("test.MmuRoleBits", "diff", before, after),
                    COMPILED.call("test.LeanRoleBits", "diff", before, after));
            assertEquals(COMPILED.<String>call("test.MmuRoleBits", "toString", before).replace("MmuRole", "LeanRole"),
                    COMPILED.call("test.LeanRoleBits", "toString", before));
        }
    }

    @Test
    void theNamesOfNestedFieldsAreFreeWithoutFlattening() {
        long word = COMPILED.call("test.NamedBits", "withBaseLevel", 0L, 9);
        assertEquals(9, (int) COMPILED.call("test.NamedBits", "baseLevel", word));
        assertEquals(0, (int) COMPILED.call("test.NamedBits", "base", word));
    }

    @Test
    void aStructWithoutFlatteningReachesNestedStructsThroughTheirOffsets() {
        assertTrue(hasMember("test.FlatBits", "rangeDelta"));
        assertTrue(hasMember("test.FlatBits", "historyBase"));
        assertTrue(hasMember("test.FlatBits", "roleLevel"));
        for (String gone : new String[] {"rangeDelta", "setRangeDelta", "historyBase", "roleLevel", "ROLE_LEVEL_WIDTH"}) {
            assertFalse(hasMember("test.LeanBits", gone), gone);
        }
        byte[] bytes = new byte[64];
        int at = COMPILED.call("test.LeanBits", "historyOffset", 16, 1);
        COMPILED.call("test.RangeBits", "setDelta", bytes, at, -5);
        assertEquals(-5, (int) COMPILED.call("test.FlatBits", "historyDelta", bytes, 16, 1));
        COMPILED.call("test.LeanBits", "setRole", bytes, 16, 7);
        assertEquals(COMPILED.<String>call("test.FlatBits", "toString", bytes, 16).replace("Flat{", "Lean{"),
                COMPILED.call("test.LeanBits", "toString", bytes, 16));
    }
}
