package org.bitunion.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bitunion.processor.testing.ConsumerProject;
import org.bitunion.processor.testing.ExternalJdk;
import org.bitunion.processor.testing.Subprocess;
import org.eclipse.jdt.core.compiler.batch.BatchCompiler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builds Java users have besides this JDK's javac: Eclipse's compiler (ECJ, what Eclipse IDE builds with)
 * and JDK 25's javac. Each runs as a tool in its own process, with the processor found on the processor path
 * through its service registration only (no {@code -processor}): valid declarations generate code that compiles
 * and runs on that JDK, and a bad declaration gets its error on the line of the element at fault.
 */
class OtherCompilersConsumerTest {
    /** {@code file:line: error: message}: javac's format, and ECJ's under {@code -Xemacs}. */
    private static final Pattern ERROR = Pattern.compile("(?m)^(.+?):(\\d+): error: (.*)$");

    /** A compiler a user might build with, and the JVM that runs what it built. */
    enum Toolchain {
        ECLIPSE_COMPILER {
            @Override
            List<String> compileCommand() {
                // ECJ runs on the test JVM's JDK (17+) and compiles for 17, with its own annotation processing.
                return List.of(Subprocess.currentJava().toString(),
                        "-jar", ConsumerProject.locationOf(BatchCompiler.class).toString(),
                        "--release", "17", "-Xemacs", "-encoding", "UTF-8");
            }

            @Override
            Path java() {
                return Subprocess.currentJava();
            }
        },
        JDK_25_JAVAC {
            @Override
            List<String> compileCommand() {
                // JDK 23+ run processors only when processing is configured: -processorpath is such a choice.
                return List.of(ExternalJdk.javac(ExternalJdk.atLeast(25)).toString(), "-Xlint:all,-processing",
                        "-Werror", "-encoding", "UTF-8");
            }

            @Override
            Path java() {
                return ExternalJdk.java(ExternalJdk.atLeast(25));
            }
        };

        abstract List<String> compileCommand();

        abstract Path java();
    }

    static Stream<Toolchain> toolchains() {
        return Stream.of(Toolchain.values());
    }

    @ParameterizedTest
    @MethodSource("toolchains")
    void validDeclarationsGenerateCodeThatCompilesAndRuns(Toolchain toolchain, @TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src");
        ConsumerProject.writeValid(sources);

        Subprocess.Result build = compile(toolchain, dir, sources);

        build.requireSuccess();
        assertTrue(Files.exists(dir.resolve("generated/com/example/consumer/CacheLineBits.java")),
                () -> "no generated source:\n" + build.output());
        Subprocess.Result run = Subprocess.run(dir, List.of(toolchain.java().toString(), "-cp",
                dir.resolve("classes") + File.pathSeparator + ConsumerProject.runtime(),
                ConsumerProject.MAIN_CLASS)).requireSuccess();
        assertEquals(ConsumerProject.EXPECTED_OUTPUT, run.output());
    }

    @ParameterizedTest
    @MethodSource("toolchains")
    void aBadDeclarationGetsItsErrorOnTheElementAtFault(Toolchain toolchain, @TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src");
        ConsumerProject.writeBad(sources);

        Subprocess.Result build = compile(toolchain, dir, sources);

        assertNotEquals(0, build.exitCode(), () -> "a bad declaration compiled:\n" + build.output());
        List<String> errors = new ArrayList<>();
        Matcher matcher = ERROR.matcher(build.output());
        while (matcher.find()) {
            errors.add(Path.of(matcher.group(1)).getFileName() + ":" + matcher.group(2) + ": " + matcher.group(3));
        }
        assertEquals(List.of(ConsumerProject.BAD_FILE + ":" + ConsumerProject.BAD_LINE + ": "
                + ConsumerProject.BAD_MESSAGE), errors, build.output());
    }

    private static Subprocess.Result compile(Toolchain toolchain, Path dir, Path sources) throws Exception {
        List<String> command = new ArrayList<>(toolchain.compileCommand());
        command.addAll(List.of(
                // -cp first: ECJ ignores a -processorpath that comes before it (Eclipse bug 573833, which
                // plexus-compiler-eclipse 2.14.3 works around the same way)
                "-cp", ConsumerProject.runtime().toString(),
                "-processorpath", ConsumerProject.processorPath(),
                "-d", Files.createDirectories(dir.resolve("classes")).toString(),
                "-s", Files.createDirectories(dir.resolve("generated")).toString()));
        command.addAll(ConsumerProject.javaFiles(sources));
        return Subprocess.run(dir, command);
    }
}
