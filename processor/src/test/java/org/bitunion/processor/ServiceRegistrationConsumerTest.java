package org.bitunion.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's build finds the processor the way javac, Maven and Gradle do: through its registration files, never by
 * being named. A broken or missing {@code META-INF/services} entry fails here, where the in-process tests (which
 * pass {@code new BitfieldProcessor()} directly) would still pass.
 */
class ServiceRegistrationConsumerTest {
    private static final String PROCESSOR = BitfieldProcessor.class.getName();
    private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
    private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";

    private static final String DECLARATION = """
            package com.example.consumer;

            import org.bitunion.Bitfield;
            import org.bitunion.Bits;

            @Bitfield(bits = 32)
            public interface CacheLine {
                @Bits(4) int state();
                boolean dirty();
                @Bits(value = 20, at = 12) int tag();
            }
            """;

    /** User code that calls the generated class, so the compilation only succeeds if the processor ran. */
    private static final String USER = """
            package com.example.consumer;

            public final class UsesCacheLine {
                public static int build() {
                    int line = CacheLineBits.withState(0, 9);
                    line = CacheLineBits.withDirty(line, true);
                    return CacheLineBits.withTag(line, 0xABCDE);
                }
            }
            """;

    @Test
    void aConsumerCompilationFindsTheProcessorThroughItsServiceRegistration(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("src/com/example/consumer");
        Files.createDirectories(sources);
        Path declaration = Files.writeString(sources.resolve("CacheLine.java"), DECLARATION);
        Path user = Files.writeString(sources.resolve("UsesCacheLine.java"), USER);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Path generated = Files.createDirectories(dir.resolve("generated"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of(
                "-classpath", testClassPath(),
                "-d", classes.toString(),
                "-s", generated.toString()));
        if (javac.isSupportedOption("-proc:full") >= 0) {
            // JDK 21+ warn about (and JDK 23+ skip) processors found on the class path unless asked for; this
            // still names no processor, so discovery is left to the registration files.
            options.add("-proc:full");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            // No setProcessors(...), no -processor, no -processorpath: javac searches the class path's
            // META-INF/services, which holds this module's target/classes.
            boolean ok = javac.getTask(output, files, diagnostics, options, null,
                    files.getJavaFileObjects(declaration, user)).call();
            assertTrue(ok, () -> "the consumer did not compile:\n" + output + diagnostics.getDiagnostics());
        }

        Path generatedSource = generated.resolve("com/example/consumer/CacheLineBits.java");
        assertTrue(Files.exists(generatedSource), () -> "no generated source at " + generatedSource);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> userClass = loader.loadClass("com.example.consumer.UsesCacheLine");
            int word = (Integer) userClass.getMethod("build").invoke(null);
            assertEquals(0xABCDE << 12 | 1 << 4 | 9, word);
            Class<?> bits = loader.loadClass("com.example.consumer.CacheLineBits");
            assertEquals(0xABCDE, bits.getMethod("tag", int.class).invoke(null, word));
        }
    }

    @Test
    void theProcessorIsRegisteredForJavacAndAsIsolatingForGradle() throws IOException {
        assertTrue(registrationLines(SERVICES).contains(PROCESSOR),
                () -> SERVICES + " does not name " + PROCESSOR);
        assertTrue(registrationLines(GRADLE).contains(PROCESSOR + ",isolating"),
                () -> GRADLE + " does not declare " + PROCESSOR + " isolating");
    }

    /**
     * The non-comment lines of a registration file, read from where {@link BitfieldProcessor} itself was loaded
     * (this module's classes directory, or its jar), not from whatever else is on the class path.
     */
    private static List<String> registrationLines(String resource) throws IOException {
        Path location;
        try {
            location = Path.of(BitfieldProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        String text;
        if (Files.isDirectory(location)) {
            Path file = location.resolve(resource);
            assertTrue(Files.exists(file), () -> "missing " + file);
            text = Files.readString(file);
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                ZipEntry entry = jar.getEntry(resource);
                assertTrue(entry != null, () -> "missing " + resource + " in " + location);
                try (InputStream in = jar.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** Surefire may start the JVM from a manifest-only jar; it keeps the real test class path in a property. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
