package org.bitunion.processor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool (a compiler, a JVM) as its own process, as a user's build would, and collects what it prints. */
public final class Subprocess {
    private static final long TIMEOUT_SECONDS = 180;

    /** The exit status and the merged standard output and error of one run. */
    public record Result(int exitCode, String output, List<String> command) {
        public Result requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("exit status " + exitCode + " from " + String.join(" ", command)
                        + "\n" + output);
            }
            return this;
        }
    }

    private Subprocess() {}

    public static Result run(Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        // Read before waiting, so a chatty tool never blocks on a full pipe.
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out after " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output, command);
    }

    /** The {@code java} launcher of the JVM running the tests. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
