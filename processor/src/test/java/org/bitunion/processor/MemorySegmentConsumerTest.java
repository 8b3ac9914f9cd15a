package org.bitunion.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.JavaDeclarationWriter;
import org.bitunion.processor.testing.Jdk22;
import org.bitunion.processor.testing.LinuxHeaders;
import org.bitunion.processor.testing.ProcessorRun;
import org.bitunion.processor.testing.SegmentConsumerWriter;
import org.bitunion.processor.testing.WideLayouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code MemorySegment} accessors (CONTRACT.md section 4, generated when the consumer compiles for Java 22 or
 * later) behave exactly as the {@code byte[]} ones. A consumer project (the real headers' structs, every
 * {@link WideLayouts} struct, a word union through {@code load}/{@code store}, and a {@code main} calling the
 * segment accessors, written by {@link SegmentConsumerWriter}) is compiled with a JDK 22+'s {@code javac} (Temurin 25
 * on this kind of machine; see {@link Jdk22}) with the processor on its processor path, run with that JDK's
 * {@code java} (on a native segment and on a heap one), and every line it prints (the segment's bytes after each round of stores, every value read back, the
 * exception an offset past the end and a value out of range throw, the bytes after them) must equal what the
 * {@code byte[]} accessors give in this JVM. Compiled for Java 17 by the same JDK, the generated code
 * must not mention {@code MemorySegment} at all.
 *
 * <p>Without a JDK 22+ this test fails; {@code -Dbitunion.skipJdk22=true} skips it deliberately.
 */
class MemorySegmentConsumerTest {
    private static List<BitfieldSpec> declarations() {
        List<BitfieldSpec> specs = new ArrayList<>(LinuxHeaders.specs());
        specs.addAll(WideLayouts.STRUCTS);
        specs.addAll(WideLayouts.WORDS);
        return specs;
    }

    @Test
    void segmentAccessorsCompiledForJava22WriteAndReadWhatTheByteArrayAccessorsDo(@TempDir Path dir)
            throws Throwable {
        Path jdk = Jdk22.require();
        List<BitfieldSpec> specs = declarations();
        Path sources = writeDeclarations(dir.resolve("src"), specs);
        Path main = sources.resolve("consumer/SegmentMain.java");
        Files.createDirectories(main.getParent());
        Files.writeString(main, SegmentConsumerWriter.source("consumer", "SegmentMain", specs));
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        javac(jdk, sources, classes, generated);

        String output = run(dir, jdk.resolve("bin/java").toString(), "-cp",
                classes + File.pathSeparator + location(org.bitunion.Bitfield.class), "consumer.SegmentMain");

        Compilation compilation = ProcessorRun.compile(specs);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> ProcessorRun.describeDiagnostics(compilation));
        CompiledClasses inProcess = new CompiledClasses(compilation);
        List<GeneratedStruct> byteArrays = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            byteArrays.add(new GeneratedStruct(spec, inProcess));
        }
        List<String> expected = SegmentConsumerWriter.expected(byteArrays);
        List<String> actual = output.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<nothing>";
            String got = i < actual.size() ? actual.get(i) : "<nothing>";
            int line = i;
            assertEquals(want, got, () -> "line " + line + " of the JDK " + jdk + " consumer's output differs from"
                    + " the byte[] accessors'");
        }
    }

    @Test
    void codeCompiledForJava17HasNoSegmentAccessorsAndCompiledFor22HasThem(@TempDir Path dir) throws Throwable {
        Path jdk = Jdk22.require();
        List<BitfieldSpec> specs = List.of(LinuxHeaders.IPHDR, LinuxHeaders.BPF_INSN);
        Path sources = writeDeclarations(dir.resolve("src"), specs);
        Path generated17 = dir.resolve("generated17");
        javac(jdk, sources, dir.resolve("classes17"), generated17, "--release", "17");
        for (BitfieldSpec spec : specs) {
            String text = Files.readString(generated17.resolve(spec.generatedClassName().replace('.', '/') + ".java"));
            assertFalse(text.contains("MemorySegment") || text.contains("java.lang.foreign"),
                    () -> spec.generatedClassName() + " compiled for Java 17 mentions java.lang.foreign");
        }
        Path generated22 = dir.resolve("generated22");
        javac(jdk, sources, dir.resolve("classes22"), generated22, "--release", "22");
        for (BitfieldSpec spec : specs) {
            String text = Files.readString(generated22.resolve(spec.generatedClassName().replace('.', '/') + ".java"));
            assertTrue(text.contains("MemorySegment"),
                    () -> spec.generatedClassName() + " compiled for Java 22 has no MemorySegment accessors");
        }
        // And the in-process compilation here (Java 17) generates none either.
        Compilation compilation = ProcessorRun.compile(specs);
        CompiledClasses classes = new CompiledClasses(compilation);
        for (BitfieldSpec spec : specs) {
            for (Method method : classes.load(spec.generatedClassName()).getMethods()) {
                assertFalse(Arrays.stream(method.getParameterTypes()).anyMatch(t -> t.getName().contains("foreign")),
                        () -> method + " in code compiled for Java 17");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Path writeDeclarations(Path sources, List<BitfieldSpec> specs) throws IOException {
        for (BitfieldSpec spec : ProcessorRun.withNestedTypes(specs)) {
            Path file = sources.resolve(spec.qualifiedName().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, JavaDeclarationWriter.source(spec));
        }
        return sources;
    }

    /** Compiles every source under {@code sources} with the JDK's javac and the processor on its processor path. */
    private static void javac(Path jdk, Path sources, Path classes, Path generated, String... options)
            throws Exception {
        Files.createDirectories(classes);
        Files.createDirectories(generated);
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/javac").toString(),
                "-proc:full",
                "-processorpath", String.join(File.pathSeparator, location(BitfieldProcessor.class),
                        location(com.palantir.javapoet.JavaFile.class), location(org.bitunion.Bitfield.class)),
                "-cp", location(org.bitunion.Bitfield.class),
                "-d", classes.toString(), "-s", generated.toString()));
        command.addAll(List.of(options));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> command.add(f.toString()));
        }
        run(sources, command.toArray(new String[0]));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("failed (exit " + process.exitValue() + "): " + String.join(" ", command)
                    + "\n" + (text.length() > 20000 ? text.substring(0, 20000) + "..." : text));
        }
        return text;
    }
}
