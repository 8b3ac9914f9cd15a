package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;
import org.bitunion.cimport.testing.AccessorCrossCheck;
import org.bitunion.cimport.testing.ProcessedSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports every Linux UAPI header of this machine that declares a bitfield, compiles what is written with the
 * processor, and checks the generated accessors against gcc byte for byte. Writes the figure and the refusals to
 * {@code target/uapi-import.txt}.
 */
class UapiImportTest {
    private static final Path UAPI = Path.of("/usr/include/linux");
    /** A bitfield member as the kernel writes them: {@code __u8 ihl:4,} or {@code unsigned x : 1;}. */
    private static final Pattern BITFIELD = Pattern.compile("^[^/#]*\\w\\s*:\\s*[0-9]+\\s*[;,]", Pattern.MULTILINE);
    /**
     * The floor of gcc-exact imports: raise it as the processor learns structs in memory, signed fields, arrays,
     * unions; a regression below it fails.
     */
    private static final int FLOOR = 60;

    @TempDir
    Path work;

    @Test
    void everyUapiStructWithBitfieldsIsImportedGccExactOrRefusedWithAReason() throws Exception {
        assumeFalse(Boolean.getBoolean("bitunion.skipGcc"), "gcc checks turned off (-Dbitunion.skipGcc=true)");
        List<String> headers = bitfieldHeaders();
        assertTrue(headers.size() >= 20, "expected the UAPI headers with bitfields, found " + headers);

        CImporter importer = new CImporter(Toolchain.standard(), ProcessorFeature.supported());
        Map<String, CImporter.Result> results = new TreeMap<>();
        Map<String, String> noCandidates = new TreeMap<>();
        List<Path> written = new ArrayList<>();
        for (String header : headers) {
            try {
                CImporter.Result result = importer.run(new CImporter.Request(List.of(header), List.of(), List.of(),
                        packageFor(header), work.resolve("src")));
                results.put(header, result);
                written.addAll(result.written());
            } catch (ImportException e) {
                // A header whose only bitfields are in comments or macros: nothing to import.
                noCandidates.put(header, e.getMessage());
            }
        }
        ProcessedSources classes = ProcessedSources.compile(written);
        assertEquals(List.of(), classes.errors(), "imported declarations must compile with the processor");

        int candidates = 0;
        int exact = 0;
        int values = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, CImporter.Result> entry : results.entrySet()) {
            String header = entry.getKey();
            CImporter.Result result = entry.getValue();
            Path probeDirectory = Files.createDirectories(work.resolve("probe").resolve(packageFor(header)));
            AccessorCrossCheck.Report check = new AccessorCrossCheck(Toolchain.standard(),
                    new HeaderUnit(List.of(header), List.of()), packageFor(header), classes)
                    .check(result.declarations(), probeDirectory);
            check.failures().values().forEach(failures::addAll);
            values += check.checked().values().stream().mapToInt(Integer::intValue).sum();
            candidates += result.candidates();
            long exactHere = result.declarations().stream()
                    .filter(decl -> result.imported().contains(decl.record().spelling()))
                    .filter(decl -> !check.failures().containsKey(decl)).count();
            exact += (int) exactHere;
            report.append(header).append(": ").append(exactHere).append(" of ").append(result.candidates())
                    .append('\n');
            for (JavaDecl decl : result.declarations()) {
                report.append("  imported ").append(decl.record().spelling()).append(" as ")
                        .append(decl.simpleName()).append('\n');
            }
            for (Refusal refusal : result.refusals()) {
                report.append("  refused ").append(refusal.message()).append('\n');
            }
        }
        noCandidates.forEach((header, why) -> report.append(header).append(": ").append(why).append('\n'));
        String figure = exact + " of " + candidates + " structs imported and gcc-exact (" + values
                + " accessor values checked against gcc)";
        report.insert(0, "UAPI import: " + figure + "\n\n");
        Files.writeString(Path.of("target", "uapi-import.txt"), report);
        System.out.println("UAPI import: " + figure + "; details in target/uapi-import.txt");

        assertEquals(List.of(), failures, "generated accessors must agree with gcc");
        assertTrue(exact >= FLOOR, "only " + figure + "; the floor is " + FLOOR);
    }

    /** The headers under /usr/include/linux whose text declares a bitfield. */
    static List<String> bitfieldHeaders() throws IOException {
        try (Stream<Path> files = Files.walk(UAPI)) {
            return files.filter(file -> file.toString().endsWith(".h")).filter(UapiImportTest::declaresBitfield)
                    .map(file -> "linux/" + UAPI.relativize(file)).sorted().toList();
        }
    }

    private static boolean declaresBitfield(Path file) {
        try {
            String text = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "");
            return BITFIELD.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }

    /** A Java package per header: {@code linux/netfilter/xt_policy.h} -> {@code uapi.linux.netfilter.xt_policy}. */
    static String packageFor(String header) {
        List<String> parts = new ArrayList<>(List.of("uapi"));
        for (String part : header.replaceAll("\\.h$", "").split("/")) {
            String name = part.replaceAll("[^A-Za-z0-9_]", "_");
            if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
                name = "_" + name;
            }
            parts.add(name);
        }
        return String.join(".", parts);
    }
}
