package org.bitunion.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Declarations the processor fuzzer found mishandled, kept as plain regression tests: each must get an error on
 * the line at fault. (Seed 20260101, the default, finds the first one within the default budget.)
 */
class FuzzFindingsTest {

    /**
     * {@code @Bits(-1)} is a width of -1, not "no width written": the processor read -1 as its own "absent"
     * sentinel and silently used the implied width for boolean, enum and nested fields.
     */
    @Test
    void widthMinusOneOnABooleanIsAnError() {
        assertErrorOnLine("""
                package fuzz.found;
                import org.bitunion.Bitfield;
                import org.bitunion.Bits;
                @Bitfield(bits = 16)
                public interface NegativeBoolean {
                    @Bits(-1) boolean prio();
                    @Bits(11) int lockHint();
                }
                """, "@Bits(-1) boolean prio()");
    }

    @Test
    void widthMinusOneOnAnEnumIsAnError() {
        assertErrorOnLine("""
                package fuzz.found;
                import org.bitunion.Bitfield;
                import org.bitunion.Bits;
                @Bitfield(bits = 16)
                public interface NegativeEnum {
                    @Bits(value = -1, at = 3) Mode mode();
                    enum Mode { A, B, C }
                }
                """, "@Bits(value = -1, at = 3) Mode mode()");
    }

    @Test
    void widthMinusOneOnANestedBitfieldIsAnError() {
        JavaFileObject inner = JavaFileObjects.forSourceString("fuzz.found.Inner", """
                package fuzz.found;
                import org.bitunion.Bitfield;
                import org.bitunion.Bits;
                @Bitfield(bits = 8)
                public interface Inner {
                    @Bits(8) int value();
                }
                """);
        assertErrorOnLine("""
                package fuzz.found;
                import org.bitunion.Bitfield;
                import org.bitunion.Bits;
                @Bitfield(bits = 32)
                public interface NegativeNested {
                    @Bits(-1) Inner inner();
                }
                """, "@Bits(-1) Inner inner()", inner);
    }

    /**
     * A signed 32-bit {@code long} field of an {@code int} word is C's {@code int x : 32} read into a long: it must
     * sign-extend. The generated getter zero-extends it ({@code Integer.toUnsignedLong(word)}), so -747081347 reads
     * as 3547885949 (found by the fuzzer with seed 20260101 once it generated signed fields).
     */
    @Test
    @Disabled("processor bug (wide-structs slice 1): FieldAccessors.extractAs zero-extends a signed 32-bit long"
            + " field of an int word; the fuzzer skips that one combination until it is fixed")
    void aSigned32BitLongFieldOfAnIntWordReadsSignExtended() throws Exception {
        Compilation compilation = ProcessorRun.compileFiles(List.of(JavaFileObjects.forSourceString(
                "fuzz.found.SignedWhole", """
                package fuzz.found;
                import org.bitunion.Bitfield;
                import org.bitunion.Bits;
                @Bitfield(bits = 32)
                public interface SignedWhole {
                    @Bits(value = 32, signed = true) long value();
                }
                """)));
        Class<?> bits = new CompiledClasses(compilation).load("fuzz.found.SignedWholeBits");
        int word = 0xd378717d;
        assertEquals(-747081347L, bits.getMethod("value", int.class).invoke(null, word));
        assertEquals(word, bits.getMethod("withValue", int.class, long.class).invoke(null, 0, -747081347L));
    }

    private static void assertErrorOnLine(String source, String lineText, JavaFileObject... others) {
        String name = "fuzz.found." + source.replaceAll("(?s).*public interface (\\w+).*", "$1");
        JavaFileObject file = JavaFileObjects.forSourceString(name, source);
        List<JavaFileObject> files = new java.util.ArrayList<>(List.of(others));
        files.add(file);
        Compilation compilation = ProcessorRun.compileFiles(files);
        long line = source.lines().toList().indexOf(source.lines().filter(l -> l.contains(lineText)).findFirst()
                .orElseThrow()) + 1;
        boolean onLine = compilation.errors().stream().anyMatch((Diagnostic<? extends JavaFileObject> d) ->
                d.getSource() != null && d.getSource().toUri().equals(file.toUri()) && d.getLineNumber() == line);
        assertTrue(onLine, () -> "expected an error on line " + line + " (" + lineText + "); got:\n"
                + ProcessorRun.describeDiagnostics(compilation) + "\n" + source);
    }
}
