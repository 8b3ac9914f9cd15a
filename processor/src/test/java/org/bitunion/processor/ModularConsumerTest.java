package org.bitunion.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.bitunion.processor.testing.ConsumerProject;
import org.bitunion.processor.testing.ExternalJdk;
import org.bitunion.processor.testing.Subprocess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JPMS application: {@code module app { requires org.bitunion; }}, built by the system javac with the processor
 * found on the processor path through its service registration, then run on the module path. Such a module does
 * not read {@code java.compiler}, so the generated class must not mention {@code @Generated} there; a module that
 * does read it (directly, or through {@code requires transitive} as {@code java.se} gives) keeps the annotation.
 * The same module also builds and runs with JDK 25's javac and JVM, as tools in their own processes.
 */
class ModularConsumerTest {
    private static final String GENERATED_SOURCE = "com/example/consumer/CacheLineBits.java";

    @Test
    void aNamedModuleThatReadsOnlyTheRuntimeCompilesAndRunsTheGeneratedCode(@TempDir Path dir) throws Exception {
        Path classes = compileModule(dir, List.of(), "org.bitunion");

        assertTrue(!Files.readString(dir.resolve("generated").resolve(GENERATED_SOURCE)).contains("Generated"),
                "a module that does not read java.compiler must not get @Generated");
        Subprocess.Result run = Subprocess.run(dir, List.of(Subprocess.currentJava().toString(),
                "--module-path", classes + File.pathSeparator + ConsumerProject.runtime(),
                "--module", "app/" + ConsumerProject.MAIN_CLASS)).requireSuccess();
        assertEquals(ConsumerProject.EXPECTED_OUTPUT, run.output());
    }

    @Test
    void theSameModuleBuildsAndRunsWithJdk25(@TempDir Path dir) throws Exception {
        Path jdk = ExternalJdk.atLeast(25);
        Path sources = dir.resolve("src");
        ConsumerProject.writeModuleInfo(sources, "app", "org.bitunion");
        ConsumerProject.writeValid(sources);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> javac = new ArrayList<>(List.of(ExternalJdk.javac(jdk).toString(),
                "--module-path", ConsumerProject.runtime().toString(),
                "-processorpath", ConsumerProject.processorPath(), // JDK 23+: this alone turns processing on
                "-Xlint:all,-processing", "-Werror",
                "-d", classes.toString(), "-s", Files.createDirectories(dir.resolve("generated")).toString()));
        javac.addAll(ConsumerProject.javaFiles(sources));

        Subprocess.run(dir, javac).requireSuccess();

        Subprocess.Result run = Subprocess.run(dir, List.of(ExternalJdk.java(jdk).toString(),
                "--module-path", classes + File.pathSeparator + ConsumerProject.runtime(),
                "--module", "app/" + ConsumerProject.MAIN_CLASS)).requireSuccess();
        assertEquals(ConsumerProject.EXPECTED_OUTPUT, run.output());
    }

    /**
     * Whether {@code java.compiler} is in the module graph at all is not the question: {@code --add-modules} (or
     * any other module of the application requiring it) puts it there without {@code app} reading it.
     */
    @ParameterizedTest(name = "requires {0}, --add-modules {1}: @Generated {2}")
    @CsvSource({
            "org.bitunion, java.base, false",
            "org.bitunion, java.compiler, false",
            "'org.bitunion, java.sql', java.compiler, false", // java.sql passes on java.xml and java.logging only
            "'org.bitunion, java.compiler', java.base, true",
            "'org.bitunion, static java.compiler', java.base, true",
            "'org.bitunion, java.se', java.base, true", // java.se requires transitive java.compiler
    })
    void generatedIsEmittedExactlyWhenTheModuleReadsJavaCompiler(String requires, String addModules,
            boolean annotated, @TempDir Path dir) throws Exception {
        compileModule(dir, List.of("--add-modules", addModules), requires.split(",\\s*"));

        String generated = Files.readString(dir.resolve("generated").resolve(GENERATED_SOURCE));
        assertEquals(annotated, generated.contains("@Generated(\"org.bitunion.processor.BitfieldProcessor\")"),
                generated);
        assertEquals(annotated, generated.contains("import javax.annotation.processing.Generated;"), generated);
    }

    /** Compiles the consumer as module {@code app} with the given requires, warnings as errors; returns classes. */
    private static Path compileModule(Path dir, List<String> options, String... requires) throws IOException {
        Path sources = dir.resolve("src");
        ConsumerProject.writeModuleInfo(sources, "app", requires);
        ConsumerProject.writeValid(sources);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "--module-path", ConsumerProject.runtime().toString(),
                "-processorpath", ConsumerProject.processorPath(),
                "-Xlint:all,-processing", "-Werror",
                "-d", classes.toString(), "-s", generated.toString()));
        args.addAll(options);
        if (javac.isSupportedOption("-proc:full") >= 0) {
            args.add("-proc:full"); // JDK 23+ run processors only when asked; still no processor is named
        }
        args.addAll(ConsumerProject.javaFiles(sources));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = javac.run(null, output, output, args.toArray(String[]::new));
        assertEquals(0, status, () -> "the modular consumer did not compile: " + output);
        return classes;
    }
}
