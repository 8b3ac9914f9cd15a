package org.bitunion.processor.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.CStructWriter;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.GccMemoryCrossCheck;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.KernelLayouts;
import org.bitunion.processor.testing.ProcessorRun;
import org.bitunion.processor.testing.WideLayouts;
import org.junit.jupiter.api.Test;

/**
 * Structs in memory have GCC's bytes (CONTRACT.md section 4). For every declaration in {@link WideLayouts} the test
 * writes the C struct a header would contain, compiles one probe program with {@code gcc}, and compares memory
 * bytes: each value (field, array element, field of a nested struct) at its maximum, at its minimum and at a value
 * whose bytes all differ, each from random bytes so a store that touches anything else fails, then all values in
 * turn; {@code sizeof} against {@code SIZE}, {@code offsetof} and the bits GCC gives each value against the offset
 * constants; every value GCC stored read back through the getters. Word unions get the same check through
 * {@code load}/{@code store}.
 *
 * <p>Without gcc on the PATH this test fails; {@code -Dbitunion.skipGcc=true} skips it deliberately.
 */
class GccMemoryCrossCheckTest {
    @Test
    void theTestsByteModelHasGccsBytes() throws Exception {
        // The oracle first: the test's layout and byte model against gcc alone, before any generated code.
        List<BitfieldSpec> specs = new ArrayList<>(WideLayouts.STRUCTS);
        specs.addAll(WideLayouts.WORDS);
        specs.addAll(KernelLayouts.ALL);
        List<String> problems = GccMemoryCrossCheck.compareModel(specs);
        assertTrue(problems.isEmpty(), () -> problems.size() + " disagreement(s) with GCC:\n"
                + String.join("\n", problems.subList(0, Math.min(problems.size(), 40))));
    }

    @Test
    void everyStructHasGccsBytes() throws Exception {
        assertAgreesWithGcc(WideLayouts.STRUCTS);
    }

    @Test
    void wordUnionsLoadAndStoreGccsBytes() throws Exception {
        List<BitfieldSpec> words = new ArrayList<>(KernelLayouts.ALL);
        words.addAll(WideLayouts.WORDS);
        assertAgreesWithGcc(words);
    }

    @Test
    void theCheckFailsWhenCsBytesAreInAnotherOrderOrANeighbourChanges() throws Exception {
        // A check that cannot fail proves nothing: against a C program whose big-endian members are stored
        // little-endian, or whose probe also clears a neighbouring element, it must report exactly those probes.
        List<BitfieldSpec> specs = List.of(WideLayouts.NETWORK_ORDER, WideLayouts.ARRAYS);
        List<GeneratedStruct> generated = generate(specs);
        String program = CStructWriter.program(specs);
        List<String> littleEndian = GccMemoryCrossCheck.compare(generated,
                program.replace("scalar_storage_order(\"big-endian\")", "aligned(1)"));
        assertTrue(littleEndian.stream().anyMatch(p -> p.startsWith("gcc.wide.NetworkOrder.port.BYTES (byte[])")),
                () -> "little-endian C bytes for a @BigEndian field passed: " + littleEndian);
        assertTrue(littleEndian.stream().noneMatch(p -> p.startsWith("gcc.wide.NetworkOrder.tag.")),
                () -> "a field that is not big-endian failed: " + littleEndian);
        String touched = program.replace("    s.nibbles_1 = 0x8ULL;\n", "    s.nibbles_1 = 0x8ULL; s.nibbles_0 = ~s.nibbles_0;\n");
        assertTrue(!touched.equals(program), "the probe to break is in the program");
        List<String> neighbour = GccMemoryCrossCheck.compare(generated, touched);
        assertTrue(neighbour.stream().anyMatch(p -> p.startsWith("gcc.wide.Arrays.nibbles[1].BYTES (byte[])")),
                () -> "a probe whose neighbour changed in C passed: " + neighbour);
    }

    private static List<GeneratedStruct> generate(List<BitfieldSpec> specs) {
        Compilation compilation = ProcessorRun.compile(specs);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> "the declarations did not compile:\n" + ProcessorRun.describeDiagnostics(compilation));
        CompiledClasses classes = new CompiledClasses(compilation);
        List<GeneratedStruct> generated = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            generated.add(new GeneratedStruct(spec, classes));
        }
        return generated;
    }

    private static void assertAgreesWithGcc(List<BitfieldSpec> specs) throws Exception {
        List<GeneratedStruct> generated = generate(specs);
        List<String> problems = GccMemoryCrossCheck.compare(generated);
        assertTrue(problems.isEmpty(), () -> problems.size() + " disagreement(s) with GCC:\n"
                + String.join("\n", problems.subList(0, Math.min(problems.size(), 40))));
    }

    @Test
    void theIpv6HeaderIsWrittenAsTheKernelDeclaresIt() {
        // The C side of the check is itself a claim; pin it for ipv6hdr and in6_addr (<linux/ipv6.h>, <linux/in6.h>).
        assertEquals("""
                struct gcc_wide_Ipv6Header {
                    unsigned int priority : 4;
                    unsigned int version : 4;
                    uint8_t flowLbl[3];
                    struct bu_be16 payloadLen;
                    unsigned int nexthdr : 8;
                    unsigned int hopLimit : 8;
                    union gcc_wide_In6Addr saddr;
                    union gcc_wide_In6Addr daddr;
                };
                _Static_assert(sizeof(struct gcc_wide_Ipv6Header) == 40, "gcc_wide_Ipv6Header is 40 bytes");
                """, CStructWriter.declaration(WideLayouts.IPV6_HEADER));
        assertEquals("""
                union gcc_wide_In6Addr {
                    uint8_t addr8[16];
                    struct bu_be16 addr16[8];
                    struct bu_be32 addr32[4];
                    unsigned char tail_pad_[16];
                };
                _Static_assert(sizeof(union gcc_wide_In6Addr) == 16, "gcc_wide_In6Addr is 16 bytes");
                """, CStructWriter.declaration(WideLayouts.IN6_ADDR));
    }
}
