package org.bitunion.processor;

import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code appendDiff} is package-private, so a union nesting another from a different package cannot call it; it
 * writes the nested union's diff entries itself, with its own accessors of the nested fields. The text must be
 * exactly what a union in the nested union's own package prints (which does call it), nested two deep, with an
 * enum (undefined codes too) and padding bits in the nested words.
 */
class NestedDiffAcrossPackagesTest {
    private static final CompiledBitfields COMPILED = CompiledBitfields.compile(
            Sources.pageRole(), Sources.memoryType(),
            source("test.Leaf",
                    "@Bitfield(bits = 8)",
                    "public interface Leaf {",
                    "    MemoryType memoryType();",
                    "    boolean ignorePat();",
                    "}"),
            source("test.Pair",
                    "@Bitfield(bits = 16)",
                    "public interface Pair {",
                    "    Leaf a();",
                    "    @Bits(value = 8, at = 8) int b();",
                    "}"),
            holder("test"), holder("other"),
            source("other.LeanHolder",
                    "@Bitfield(bits = 64, flatten = false)",
                    "public interface LeanHolder {",
                    "    test.PageRole base();",
                    "}"));

    private static JavaFileObject holder(String pkg) {
        return source(pkg + ".Holder",
                "@Bitfield(bits = 64)",
                "public interface Holder {",
                "    test.PageRole base();",
                "    test.Pair pair();",
                "    @Bits(4) int tail();",
                "}");
    }

    @Test
    void aUnionInAnotherPackagePrintsTheSameDiffAsOneInTheNestedUnionsPackage() {
        SplittableRandom random = new SplittableRandom(12);
        boolean sawDeepEnum = false;
        for (int i = 0; i < 2000; i++) {
            long before = random.nextLong();
            // flip a few random bits, so diffs are short and every field's entry is seen alone too
            long after = before;
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                after ^= 1L << random.nextInt(64);
            }
            String samePackage = COMPILED.call("test.HolderBits", "diff", before, after);
            String otherPackage = COMPILED.call("other.HolderBits", "diff", before, after);
            assertEquals(samePackage, otherPackage, Long.toHexString(before) + " -> " + Long.toHexString(after));
            sawDeepEnum |= samePackage.contains("pair.a.memoryType: ");
        }
        assertTrue(sawDeepEnum, "no diff reached the enum two unions deep");
        assertEquals("base.(other bits): 0x0 -> 0x40000, pair.a.(other bits): 0x0 -> 0x10",
                COMPILED.call("other.HolderBits", "diff", 0L, (1L << 18) | (1L << 36)));
        assertEquals("pair.a.memoryType: 2 -> WB", COMPILED.call("other.HolderBits", "diff", 2L << 32, 6L << 32));
    }

    @Test
    void withoutFlattenedAccessorsAnotherPackagesNestedUnionChangesAsAWhole() {
        assertEquals("base: PageRole{level=0, cr4Pae=false, quadrant=0, direct=false, access=0, invalid=false,"
                + " nxe=false, cr0Wp=false, smepAndnotWp=false, smapAndnotWp=false, adDisabled=false,"
                + " guestMode=false, smm=0} -> PageRole{level=4, cr4Pae=false, quadrant=0, direct=false, access=0,"
                + " invalid=false, nxe=false, cr0Wp=false, smepAndnotWp=false, smapAndnotWp=false,"
                + " adDisabled=false, guestMode=false, smm=0}", COMPILED.call("other.LeanHolderBits", "diff", 0L, 4L));
    }

    @Test
    void appendDiffIsNotPublic() {
        for (String type : new String[] {"test.PageRoleBits", "test.PairBits", "other.HolderBits"}) {
            Method appendDiff = Arrays.stream(COMPILED.type(type).getDeclaredMethods())
                    .filter(m -> m.getName().equals("appendDiff"))
                    .findFirst().orElseThrow();
            assertFalse(Modifier.isPublic(appendDiff.getModifiers()), type);
        }
    }
}
