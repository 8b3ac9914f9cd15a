package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;
import org.bitunion.cimport.testing.AccessorCrossCheck;
import org.bitunion.cimport.testing.ProcessedSources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One hand-written header per C construct (src/test/resources/headers), imported and compared with the expected
 * Java sources and refusals (src/test/resources/golden/NAME/), then compiled with the processor and checked
 * against gcc like the UAPI headers. {@code -Dbitunion.updateGolden=true} rewrites the expected files from the
 * actual output, for review in the diff.
 */
class GoldenImportTest {
    private static final Path HEADERS = Path.of("src/test/resources/headers");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    /** Headers whose types are named explicitly (a struct without bitfields is only imported when asked for). */
    private static final Map<String, List<String>> TYPES = Map.of(
            "storage_order", List.of("network_order", "network_bits", "network_mixed"),
            "arrays", List.of("arrays", "small_arrays", "unnamed_elements", "small_matrix"));

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}.h")
    @ValueSource(strings = {"signed", "arrays", "anonymous", "nested", "packed", "zero_width", "storage_order",
            "typedefs", "enums", "raw", "qualifiers", "generated_names"})
    void importMatchesGoldenFilesAndGcc(String name) throws Exception {
        assumeFalse(Boolean.getBoolean("bitunion.skipGcc"), "gcc checks turned off (-Dbitunion.skipGcc=true)");
        String header = HEADERS.resolve(name + ".h").toString();
        String packageName = "golden." + name;
        Path out = work.resolve("src");
        CImporter.Result result = new CImporter(Toolchain.standard(), ProcessorFeature.supported())
                .run(new CImporter.Request(List.of(header), List.of(), TYPES.getOrDefault(name, List.of()),
                        packageName, out));

        Map<String, String> actual = new TreeMap<>();
        for (Path file : result.written()) {
            actual.put(file.getFileName().toString(), Files.readString(file));
        }
        List<String> refusals = new ArrayList<>();
        for (Refusal refusal : result.refusals()) {
            refusals.add(refusal.message());
        }
        actual.put("refusals.txt", refusals.isEmpty() ? "" : String.join("\n", refusals) + "\n");

        Path expectedDirectory = GOLDEN.resolve(name);
        if (Boolean.getBoolean("bitunion.updateGolden")) {
            rewrite(expectedDirectory, actual);
        }
        assertEquals(read(expectedDirectory), actual, "import of " + name + ".h differs from " + expectedDirectory);

        ProcessedSources classes = ProcessedSources.compile(result.written());
        assertEquals(List.of(), classes.errors(), "imported declarations must compile with the processor");
        AccessorCrossCheck.Report check = new AccessorCrossCheck(Toolchain.standard(),
                new HeaderUnit(List.of(header), List.of()), packageName, classes)
                .check(result.declarations(), Files.createDirectories(work.resolve("probe")));
        assertEquals(List.of(), check.failures().values().stream().flatMap(List::stream).toList(),
                "generated accessors must agree with gcc");
    }

    private static Map<String, String> read(Path directory) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> list = Files.list(directory)) {
                for (Path file : list.toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    private static void rewrite(Path directory, Map<String, String> files) throws IOException {
        Files.createDirectories(directory);
        try (Stream<Path> list = Files.list(directory)) {
            for (Path file : list.toList()) {
                Files.delete(file);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue());
        }
    }
}
