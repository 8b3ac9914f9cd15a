package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the processor behaves inside a real compilation: where declarations live, several per round, nested types
 * from earlier compilations, types generated later by other processors, and sharing the annotation.
 */
class ProcessingRoundsTest {

    @Test
    void interfaceNestedInAClassGivesOuterUnderscoreNameBits() {
        CompiledBitfields compiled = CompiledBitfields.compile(source("p.Outer",
                "public class Outer {",
                "    @Bitfield(bits = 8)",
                "    public interface Role { @Bits(3) int level(); }",
                "}"));
        assertEquals(5, (int) compiled.call("p.Outer_RoleBits", "withLevel", 0, 5));
        assertEquals("Outer.Role{level=5}", compiled.call("p.Outer_RoleBits", "toString", 5));
    }

    @Test
    void interfaceInTheDefaultPackage() {
        CompiledBitfields compiled = CompiledBitfields.compile(source("Flags",
                "@Bitfield(bits = 2)",
                "public interface Flags { boolean a(); boolean b(); }"));
        assertEquals(2, (int) compiled.call("FlagsBits", "withB", 0, true));
    }

    @Test
    void manyDeclarationsInOneRound() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sources.add(source("many.D" + i, "@Bitfield(bits = " + (i + 1) + ")",
                    "public interface D" + i + " { @Bits(" + (i + 1) + ") long v(); }"));
        }
        CompiledBitfields compiled = CompiledBitfields.compile(sources.toArray(JavaFileObject[]::new));
        for (int i = 0; i < 40; i++) {
            long max = (1L << (i + 1)) - 1;
            Object word = compiled.call("many.D" + i + "Bits", "withV", i < 32 ? (Object) 0 : (Object) 0L, max);
            assertEquals(max, ((Number) word).longValue() & max);
        }
    }

    @Test
    void nestedTypeAndEnumFromAnEarlierCompilationOnTheClasspath(@TempDir Path jar) throws IOException {
        Compilation library = javac().withProcessors(new BitfieldProcessor())
                .compile(Sources.pageRole(), Sources.memoryType());
        assertThat(library).succeededWithoutWarnings();
        writeClasses(library, jar);

        Compilation user = javac().withProcessors(new BitfieldProcessor())
                .withClasspath(classpathWith(jar.toFile()))
                .compile(source("user.Uses",
                        "@Bitfield(bits = 64)",
                        "public interface Uses {",
                        "    test.PageRole role();",
                        "    test.MemoryType type();",
                        "}"));
        assertThat(user).succeededWithoutWarnings();
        String generated = user.generatedSourceFile("user.UsesBits").orElseThrow().getCharContent(false).toString();
        assertTrue(generated.contains("public static final long TYPE_MASK = 0x7_0000_0000L;"), generated);
        assertTrue(generated.contains("case 6 -> MemoryType.WB;"), generated);
        assertTrue(generated.contains("PageRoleBits.toString(role(word))"), generated);
    }

    @Test
    void typeGeneratedByAnotherProcessorInALaterRoundIsWaitedFor() {
        Compilation compilation = javac()
                .withProcessors(new BitfieldProcessor(), new GeneratesLaterProcessor())
                .compile(source("late.Holder",
                        "@Bitfield(bits = 64)",
                        "public interface Holder {",
                        "    Late late();",
                        "    boolean flag();",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("late.HolderBits");
        assertThat(compilation).generatedSourceFile("late.LateBits");
    }

    @Test
    void anArrayOfATypeGeneratedInALaterRoundIsWaitedFor() {
        Compilation compilation = javac()
                .withProcessors(new BitfieldProcessor(), new GeneratesLaterProcessor())
                .compile(source("late.WideHolder",
                        "@Bitfield(bits = 128)",
                        "public interface WideHolder {",
                        "    @Bits(count = 2) Late[] lates();",
                        "    @Bits(64) long rest();",
                        "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("late.WideHolderBits");
    }

    @Test
    void nestedStructsFromAnEarlierCompilationAreReachedThroughTheirOwnClass(@TempDir Path jar) throws IOException {
        Compilation library = javac().withProcessors(new BitfieldProcessor()).compile(Sources.sample());
        assertThat(library).succeededWithoutWarnings();
        writeClasses(library, jar);

        Compilation user = javac().withProcessors(new BitfieldProcessor())
                .withClasspath(classpathWith(jar.toFile()))
                .compile(source("user.Log",
                        "@Bitfield(bits = 960)",
                        "public interface Log {",
                        "    @Bits(count = 2) test.Sample[] samples();",
                        "    @BigEndian test.Tag tag();",
                        "}"));
        assertThat(user).succeededWithoutWarnings();
        String generated = user.generatedSourceFile("user.LogBits").orElseThrow().getCharContent(false).toString();
        assertTrue(generated.contains("return SampleBits.rangeDelta(bytes, samplesOffset(offset, samplesIndex));"),
                generated);
        assertTrue(generated.contains("BitfieldMemory.loadU16BE(bytes, offset + 112)"), generated);
    }

    @Test
    void generatedStructCodeCompilesWithoutWarningsUnderXlintAll() {
        List<JavaFileObject> sources = new java.util.ArrayList<>(List.of(Sources.sample()));
        sources.addAll(List.of(Sources.piDesc()));
        sources.add(Sources.ipHeader());
        Compilation compilation = javac().withProcessors(new BitfieldProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void theAnnotationIsNotClaimedSoOtherProcessorsSeeItToo() {
        SeesBitfield spy = new SeesBitfield();
        Compilation compilation = javac().withProcessors(new BitfieldProcessor(), spy)
                .compile(Sources.pageRole());
        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(List.of("PageRole"), spy.seen);
    }

    /**
     * Strict builds stay clean. Only javac's {@code processing} lint is off: it warns that no processor claimed
     * {@code @Bitfield}, which is by design (the processor leaves the annotation to others, as AutoValue does).
     */
    @Test
    void generatedCodeCompilesWithoutWarningsUnderXlintAll() {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(Sources.pageRole(), Sources.extendedRole(), Sources.mmuRole(), Sources.memoryType(),
                        source("test.Leaf",
                                "@Bitfield(bits = 64)",
                                "public interface Leaf {",
                                "    MemoryType type();",
                                "    @Bits(value = 40, at = 12) long frame();",
                                "    @Bits(value = 1, at = 63) boolean top();",
                                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatedClassCarriesGeneratedWithoutATimestampAndItsOriginatingElement() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(Sources.pageRole());
        String source = compilation.generatedSourceFile("test.PageRoleBits").orElseThrow()
                .getCharContent(false).toString();
        assertTrue(source.contains("@Generated(\"org.bitunion.processor.BitfieldProcessor\")"), source);
        assertTrue(!source.contains("date ="), source);
    }

    /** Generates {@code late.Late}, a {@code @Bitfield} interface, in its first round, as e.g. AutoValue would. */
    private static final class GeneratesLaterProcessor extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("late.Late").openWriter()) {
                    out.write("package late;\n@org.bitunion.Bitfield(bits = 32)\n"
                            + "public interface Late { @org.bitunion.Bits(32) int all(); }\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    /** Records the {@code @Bitfield} types it is shown, after the bitunion processor had its turn. */
    private static final class SeesBitfield extends AbstractProcessor {
        final List<String> seen = new ArrayList<>();

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("org.bitunion.Bitfield");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (TypeElement annotation : annotations) {
                round.getElementsAnnotatedWith(annotation).forEach(e -> seen.add(e.getSimpleName().toString()));
            }
            return false;
        }
    }

    private static void writeClasses(Compilation compilation, Path directory) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                Path target = directory.resolve(path.substring(path.indexOf("CLASS_OUTPUT/") + 13));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }

    /** The test's own classpath (the runtime annotations) plus {@code extra}. */
    private static List<File> classpathWith(File extra) {
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(extra);
        return classpath;
    }

}
