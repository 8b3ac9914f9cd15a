package org.bitunion.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the processor costs a build: javac on a few hundred {@code @Bitfield} declarations with the processor,
 * against javac on the same declarations plus the very classes the processor generates, written out beforehand as
 * if by hand, with annotation processing off. The difference is reading, validating and generating.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class ProcessorCostBenchmark {
    @Param("300")
    int declarations;

    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private Path work;
    private List<String> declarationFiles;
    private List<String> handWrittenFiles;

    @Setup(Level.Trial)
    public void writeSources() throws IOException {
        work = Files.createTempDirectory("bitunion-processor-cost");
        Path sources = Files.createDirectories(work.resolve("src/bench/decl"));
        declarationFiles = new ArrayList<>();
        for (int i = 0; i < declarations; i++) {
            Path file = sources.resolve("Role" + i + ".java");
            Files.writeString(file, declaration(i));
            declarationFiles.add(file.toString());
        }
        Path generated = Files.createDirectories(work.resolve("generated"));
        run(withProcessor(generated, work.resolve("classes-setup")));
        handWrittenFiles = new ArrayList<>(declarationFiles);
        try (Stream<Path> files = Files.walk(generated)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> handWrittenFiles.add(f.toString()));
        }
        int generatedClasses = handWrittenFiles.size() - declarations;
        if (generatedClasses != 2 * declarations) { // RoleNBits and RoleN_InnerBits
            throw new IllegalStateException("expected two generated classes per declaration, got "
                    + generatedClasses + " for " + declarations);
        }
    }

    @TearDown(Level.Trial)
    public void deleteSources() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Benchmark
    public int compileWithProcessor() throws IOException {
        return run(withProcessor(Files.createDirectories(work.resolve("generated-run")), work.resolve("classes-a")));
    }

    @Benchmark
    public int compileHandWrittenWithoutProcessor() {
        List<String> args = new ArrayList<>(List.of("-proc:none", "-d", work.resolve("classes-b").toString(),
                "-cp", System.getProperty("java.class.path")));
        args.addAll(handWrittenFiles);
        return run(args);
    }

    private List<String> withProcessor(Path generatedSources, Path classes) {
        List<String> args = new ArrayList<>(List.of(
                "-processor", "org.bitunion.processor.BitfieldProcessor",
                "-processorpath", System.getProperty("java.class.path"),
                "-cp", System.getProperty("java.class.path"),
                "-s", generatedSources.toString(), "-d", classes.toString()));
        args.addAll(declarationFiles);
        return args;
    }

    private int run(List<String> args) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, args.toArray(String[]::new));
        if (status != 0) {
            throw new UncheckedIOException(new IOException("javac failed: "
                    + errors.toString(StandardCharsets.UTF_8)));
        }
        return status;
    }

    /** A role-like declaration: booleans, ints, a long, an enum with codes, a nested union. */
    private static String declaration(int i) {
        return "package bench.decl;\n"
                + "import org.bitunion.*;\n"
                + "@Bitfield(bits = 64)\n"
                + "public interface Role" + i + " {\n"
                + "    enum Kind { @Code(0) A, @Code(3) B, @Code(5) C }\n"
                + "    @Bitfield(bits = 8) interface Inner { @Bits(3) int x(); boolean y(); @Bits(4) int z(); }\n"
                + "    @Bits(4) int level();\n"
                + "    boolean cr4Pae();\n"
                + "    @Bits(2) int quadrant();\n"
                + "    boolean direct();\n"
                + "    @Bits(3) int access();\n"
                + "    Kind kind();\n"
                + "    Inner inner();\n"
                + "    @Bits(value = 8, at = 24) int smm();\n"
                + "    @Bits(20) long frame" + i + "();\n"
                + "    @Bits(value = 1, at = 63) boolean top();\n"
                + "}\n";
    }
}
