package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.dwarf.CTypeReader;
import org.bitunion.cimport.dwarf.ReadelfDump;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;
import org.bitunion.cimport.testing.AccessorCrossCheck;
import org.bitunion.cimport.testing.ProcessedSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond the kernel's UAPI headers: glibc's network and ELF headers, every struct and union each declares (with or
 * without bitfields, by {@code --type}), imported, compiled with the processor and checked against gcc byte for
 * byte. Writes the figure and any refusals to {@code target/system-headers-import.txt}.
 */
class SystemHeadersImportTest {
    private static final List<String> HEADERS = List.of("netinet/ip.h", "netinet/ip6.h", "netinet/tcp.h",
            "netinet/udp.h", "netinet/ip_icmp.h", "netinet/if_ether.h", "elf.h");

    @TempDir
    Path work;

    @Test
    void everyStructOfGlibcsNetworkAndElfHeadersIsImportedGccExact() throws Exception {
        assumeFalse(Boolean.getBoolean("bitunion.skipGcc"), "gcc checks turned off (-Dbitunion.skipGcc=true)");
        CImporter importer = new CImporter(Toolchain.standard(), ProcessorFeature.supported());
        Map<String, CImporter.Result> results = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        for (String header : HEADERS) {
            List<String> types = declaredTypes(header);
            assertTrue(types.size() > 0, "no struct or union found in " + header);
            CImporter.Result result = importer.run(new CImporter.Request(List.of(header), List.of(), types,
                    UapiImportTest.packageFor(header).replaceFirst("^uapi", "sys"), work.resolve("src")));
            results.put(header, result);
            written.addAll(result.written());
        }
        ProcessedSources classes = ProcessedSources.compile(written);
        assertEquals(List.of(), classes.errors(), "imported declarations must compile with the processor");

        int candidates = 0;
        int imported = 0;
        int values = 0;
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, CImporter.Result> entry : results.entrySet()) {
            String header = entry.getKey();
            CImporter.Result result = entry.getValue();
            String packageName = UapiImportTest.packageFor(header).replaceFirst("^uapi", "sys");
            AccessorCrossCheck.Report check = new AccessorCrossCheck(Toolchain.standard(),
                    new HeaderUnit(List.of(header), List.of()), packageName, classes)
                    .check(result.declarations(), Files.createDirectories(work.resolve("probe").resolve(packageName)));
            check.failures().values().forEach(failures::addAll);
            values += check.checked().values().stream().mapToInt(Integer::intValue).sum();
            candidates += result.candidates();
            imported += result.imported().size();
            report.append(header).append(": ").append(result.imported().size()).append(" of ")
                    .append(result.candidates()).append('\n');
            for (Refusal refusal : result.refusals()) {
                report.append("  refused ").append(refusal.message()).append('\n');
            }
        }
        String figure = imported + " of " + candidates + " structs and unions imported and gcc-exact (" + values
                + " accessor values checked against gcc)";
        report.insert(0, "glibc network and ELF headers: " + figure + "\n\n");
        Files.writeString(Path.of("target", "system-headers-import.txt"), report);
        System.out.println("glibc network and ELF headers: " + figure
                + "; details in target/system-headers-import.txt");
        assertEquals(List.of(), failures, "generated accessors must agree with gcc");
        assertEquals(candidates, imported, "every struct and union imported; see target/system-headers-import.txt");
    }

    /** The complete, named structs and unions {@code header} itself declares, as gcc's debugging information has them. */
    private List<String> declaredTypes(String header) throws Exception {
        Path directory = Files.createDirectories(work.resolve("types").resolve(header.replace('/', '_')));
        Toolchain toolchain = Toolchain.standard();
        Path object = new HeaderUnit(List.of(header), List.of()).compile(toolchain, directory);
        List<CRecord> records = CTypeReader.readRecords(ReadelfDump.parse(
                toolchain.readelf(directory, List.of("--debug-dump=info", object.toString())),
                toolchain.readelf(directory, List.of("--debug-dump=rawline", object.toString()))));
        List<String> types = new ArrayList<>();
        for (CRecord record : records) {
            if (!record.unnamed() && !record.declarationOnly() && record.declaringFile() != null
                    && record.declaringFile().endsWith("/" + header)) {
                String name = record.tag() != null ? record.tag() : record.typedefNames().get(0);
                if (!types.contains(name)) {
                    types.add(name);
                }
            }
        }
        return types;
    }
}
