package org.bitunion.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.BitMath;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.ByteModel;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.MemoryProbes;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Test;

/**
 * Declarations the processor fuzzer found mishandled, kept as plain regression tests: a bad one must get an error
 * on the line at fault, a valid one generated code that compiles and reads back what it wrote, inside the struct's
 * bytes. (Seed 20260101, the default, finds the first one within the default budget.)
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

    /**
     * A packed struct whose {@code long[]} of 59-bit elements ends 4 bits before the struct does: the accessors of
     * the last element read a byte past the struct (ArrayIndexOutOfBoundsException with the struct at the end of
     * the array; found by the fuzzer with seed -8997543490475722509 and 4000 declarations).
     */
    @Test
    void aPackedLongArrayEndingInsideTheLastByteStaysInsideTheStruct() throws Throwable {
        BitfieldSpec spec = BitfieldSpec.of("fuzz.found", "PackedLongs", 304, List.of(
                BitfieldSpec.FieldSpec.longField("flags", 64),
                BitfieldSpec.FieldSpec.longField("offsets", 59).array(4))).asPacked(true);
        Compilation compilation = ProcessorRun.compile(List.of(spec));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), ProcessorRun.describeDiagnostics(compilation));
        GeneratedStruct generated = new GeneratedStruct(spec, new CompiledClasses(compilation));
        for (GeneratedStruct.Memory memory : GeneratedStruct.Memory.values()) {
            for (MemoryProbes.Leaf element : MemoryProbes.leaves(spec).subList(1, 5)) {
                for (long raw : new long[] {BitMath.ones(59), 0, 0x0123_4567_89ab_cdefL & BitMath.ones(59)}) {
                    byte[] bytes = new byte[spec.sizeBytes()]; // the struct is the whole array
                    new java.util.Random(raw).nextBytes(bytes);
                    ByteModel model = new ByteModel(bytes);
                    Object target = memory == GeneratedStruct.Memory.BYTE_ARRAY ? bytes
                            : java.nio.ByteBuffer.wrap(bytes);
                    String what = memory + " " + element.name();
                    generated.set(memory, target, 0, element, raw);
                    model.store(element.bitOffset(), 59, raw);
                    assertEquals(ByteModel.hex(model.bytes()), ByteModel.hex(bytes), what);
                    assertEquals(raw, generated.get(memory, target, 0, element), what);
                }
            }
        }
    }

    /**
     * A struct nesting a word union that has an array field: the struct's flattened accessors for the array
     * ({@code ack5KindPerm0}) use an {@code index} they do not declare, so the generated class does not compile
     * (found by the fuzzer with seed 20260101 once word unions had arrays, wide-structs 4c2e2f1).
     */
    @Test
    void aNestedWordWithAnArrayGetsFlattenedAccessorsThatCompile() throws Throwable {
        BitfieldSpec word = BitfieldSpec.of("fuzz.found", "Ports", 64, List.of(
                BitfieldSpec.FieldSpec.integer("port", 16).asBigEndian().array(2),
                BitfieldSpec.FieldSpec.integer("tag", 8)));
        BitfieldSpec struct = BitfieldSpec.of("fuzz.found", "HoldsPorts", 128, List.of(
                BitfieldSpec.FieldSpec.integer("kind", 8),
                BitfieldSpec.FieldSpec.nested("ports", word).at(64)));
        Compilation compilation = ProcessorRun.compile(List.of(struct));
        assertEquals(Compilation.Status.SUCCESS, compilation.status(), ProcessorRun.describeDiagnostics(compilation));
        GeneratedStruct generated = new GeneratedStruct(struct, new CompiledClasses(compilation));
        byte[] bytes = new byte[16];
        for (MemoryProbes.Leaf leaf : MemoryProbes.leaves(struct)) {
            generated.set(GeneratedStruct.Memory.BYTE_ARRAY, bytes, 0, leaf, leaf.distinctBytes());
            assertEquals(generated.javaValue(leaf, leaf.distinctBytes()),
                    generated.get(GeneratedStruct.Memory.BYTE_ARRAY, bytes, 0, leaf), leaf.name());
        }
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
