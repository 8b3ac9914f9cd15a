package org.bitunion.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.JavaDeclarationWriter;
import org.bitunion.processor.testing.KernelLayouts;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Test;

/**
 * Two compilations of the same input generate byte-identical sources, whatever order javac sees the files in, and
 * nothing in them records when they were generated: reproducible builds and build caches depend on it.
 */
class GeneratedSourceDeterminismTest {
    private static final Pattern GENERATED = Pattern.compile("@(?:javax\\.annotation\\.processing\\.)?Generated\\(([^)]*)\\)");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}:\\d{2}");

    private static Map<String, byte[]> firstCompilation;

    /** The reference compilation, shared by the tests below to keep the suite fast. */
    private static synchronized Map<String, byte[]> firstCompilation() throws IOException {
        if (firstCompilation == null) {
            firstCompilation = generatedSources(files(false));
        }
        return firstCompilation;
    }

    @Test
    void compilingTheSameInputTwiceGivesByteIdenticalSources() throws IOException {
        assertSameSources(firstCompilation(), generatedSources(files(false)));
    }

    @Test
    void theOrderOfTheSourceFilesDoesNotChangeTheGeneratedSources() throws IOException {
        assertSameSources(firstCompilation(), generatedSources(files(true)));
    }

    @Test
    void generatedCarriesNoDate() throws IOException {
        Map<String, byte[]> sources = firstCompilation();
        for (Map.Entry<String, byte[]> entry : sources.entrySet()) {
            String text = new String(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher generated = GENERATED.matcher(text);
            assertTrue(generated.find(), () -> entry.getKey() + " has no @Generated annotation");
            String arguments = generated.group(1);
            assertFalse(arguments.contains("date"), () -> entry.getKey() + ": @Generated(" + arguments + ")");
            assertTrue(arguments.contains(BitfieldProcessor.class.getName()),
                    () -> entry.getKey() + ": @Generated(" + arguments + ") does not name the processor");
            Matcher timestamp = TIMESTAMP.matcher(text);
            assertFalse(timestamp.find(), () -> entry.getKey() + " contains something like a timestamp: "
                    + timestamp.group());
        }
    }

    private static List<JavaFileObject> files(boolean reversed) {
        List<JavaFileObject> files = new ArrayList<>();
        for (BitfieldSpec spec : ProcessorRun.withNestedTypes(KernelLayouts.ALL)) {
            files.add(JavaDeclarationWriter.file(spec));
        }
        if (reversed) {
            Collections.reverse(files);
        }
        return files;
    }

    /** Generated source path to bytes, for one compilation with a fresh processor instance. */
    private static Map<String, byte[]> generatedSources(List<JavaFileObject> files) throws IOException {
        Compilation compilation = ProcessorRun.compileFiles(files);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> ProcessorRun.describeDiagnostics(compilation));
        Map<String, byte[]> sources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try (InputStream in = file.openInputStream()) {
                sources.put(file.toUri().getPath(), in.readAllBytes());
            }
        }
        assertEquals(KernelLayouts.ALL.size(), sources.size(), () -> "one ...Bits per declaration: " + sources.keySet());
        return sources;
    }

    private static void assertSameSources(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertArrayEquals(expected.get(path), actual.get(path), () -> path + " differs between compilations");
        }
    }
}
