package org.bitunion.processor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Compiles and runs a C program with the {@code gcc} on the PATH. Missing gcc fails the test, because a silently
 * skipped layout check proves nothing; {@code -Dbitunion.skipGcc=true} turns the check off on purpose.
 */
public final class Gcc {
    public static final String SKIP_PROPERTY = "bitunion.skipGcc";

    private Gcc() {}

    /** Skips the calling test (JUnit assumption) when gcc is turned off; fails it when gcc is wanted but missing. */
    public static Path requireGcc() {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "GCC cross-check skipped: -D" + SKIP_PROPERTY + "=true");
        Path gcc = findOnPath("gcc");
        if (gcc == null) {
            throw new AssertionError("gcc not found on PATH (" + System.getenv("PATH") + "); install gcc, or pass -D"
                    + SKIP_PROPERTY + "=true to skip the GCC layout cross-check deliberately");
        }
        return gcc;
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Compiles {@code source} in a fresh temporary directory and runs it; returns its {@code key hexword} lines as
     * a map. The directory is removed afterwards.
     */
    public static Map<String, Long> runProbeProgram(String source) throws IOException, InterruptedException {
        Map<String, Long> words = new LinkedHashMap<>();
        runProgramLines(source).forEach((key, hex) -> words.put(key, Long.parseUnsignedLong(hex, 16)));
        return words;
    }

    /**
     * Compiles {@code source} in a fresh temporary directory and runs it; returns its {@code key value} lines as a
     * map from key to the rest of the line. The directory is removed afterwards.
     */
    public static Map<String, String> runProgramLines(String source) throws IOException, InterruptedException {
        Path gcc = requireGcc();
        Path dir = Files.createTempDirectory("bitunion-gcc");
        try {
            Path c = dir.resolve("layout.c");
            Path exe = dir.resolve("layout");
            Files.writeString(c, source, StandardCharsets.UTF_8);
            String compileOutput = run(dir, gcc.toString(), "-std=c11", "-O0", "-w", "-o", exe.toString(),
                    c.toString());
            String output = run(dir, exe.toString());
            Map<String, String> words = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.trim().split(" ", 2);
                words.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
            if (words.isEmpty()) {
                throw new AssertionError("the C program printed nothing; gcc said: " + compileOutput);
            }
            return words;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + args);
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            String source = Files.exists(dir.resolve("layout.c")) ? Files.readString(dir.resolve("layout.c")) : "";
            throw new AssertionError("command failed (exit " + process.exitValue() + "): " + args + "\n" + text
                    + "\n--- layout.c ---\n" + source);
        }
        return text;
    }
}
