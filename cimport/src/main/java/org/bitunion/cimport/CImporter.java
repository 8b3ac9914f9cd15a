package org.bitunion.cimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.c.UnnamedBitfields;
import org.bitunion.cimport.dwarf.CTypeReader;
import org.bitunion.cimport.dwarf.DwarfFormatException;
import org.bitunion.cimport.dwarf.ReadelfDump;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.LayoutProbe;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.DeclarationMapper;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.JavaEnum;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.bitunion.cimport.mapping.Refusal;
import org.bitunion.cimport.source.SourceWriter;

/**
 * Imports C structs and unions as {@code @Bitfield} declarations: gcc compiles the headers, its debugging
 * information gives the layout, a probe program checks every declaration against gcc, and only declarations that
 * agree are written.
 */
public final class CImporter {
    private final Toolchain toolchain;
    private final Set<ProcessorFeature> features;

    /**
     * An importer.
     *
     * @param toolchain the gcc and readelf to run
     * @param features what the processor that compiles the output supports; a C construct needing anything else
     *     is refused
     */
    public CImporter(Toolchain toolchain, Set<ProcessorFeature> features) {
        this.toolchain = toolchain;
        this.features = Set.copyOf(features);
    }

    /**
     * What to import.
     *
     * @param headers header files, or system headers as an include names them ({@code linux/ip.h})
     * @param includeDirectories gcc's {@code -I} directories
     * @param types the structs and unions to import, by tag or typedef name; none: every one with a bitfield
     * @param packageName the Java package of the output ("" for none)
     * @param outputDirectory the source root the package's directories go under
     */
    public record Request(List<String> headers, List<Path> includeDirectories, List<String> types,
            String packageName, Path outputDirectory) {
        /**
         * Copies the lists, so a request cannot change once made.
         *
         * @param headers header files, or system headers as an include names them
         * @param includeDirectories gcc's {@code -I} directories
         * @param types the structs and unions to import; none: every one with a bitfield
         * @param packageName the Java package of the output ("" for none)
         * @param outputDirectory the source root
         */
        public Request {
            headers = List.copyOf(headers);
            includeDirectories = List.copyOf(includeDirectories);
            types = List.copyOf(types);
        }
    }

    /**
     * What happened.
     *
     * @param written the Java sources written
     * @param imported the asked-for (or bitfield-bearing) C types that were written
     * @param refusals the C types refused, each with the member and why
     * @param candidates how many C types were asked for (or bear a bitfield)
     * @param inputs the files gcc read, for up-to-date checks
     * @param declarations every declaration written, those nested by the imported ones too
     */
    public record Result(List<Path> written, List<String> imported, List<Refusal> refusals, int candidates,
            Set<Path> inputs, List<JavaDecl> declarations) {}

    /**
     * Imports: compiles the headers, reads the layouts, maps them, checks each declaration against gcc and writes
     * the ones that agree.
     *
     * @param request what to import
     * @return what was written and what was refused
     * @throws ImportException when nothing can be imported at all: a header gcc cannot compile, a type name that
     *     matches nothing, gcc missing, an output directory that cannot be written
     */
    public Result run(Request request) throws ImportException {
        if (request.headers().isEmpty()) {
            throw new ImportException("no header given");
        }
        if (!request.packageName().isEmpty() && !SourceVersion.isName(request.packageName())) {
            throw new ImportException("not a Java package name: " + request.packageName());
        }
        Path work;
        try {
            work = Files.createTempDirectory("bitunion-cimport");
        } catch (IOException e) {
            throw new ImportException("cannot create a temporary directory: " + e.getMessage(), e);
        }
        try {
            return run(request, work);
        } finally {
            deleteQuietly(work);
        }
    }

    private Result run(Request request, Path work) throws ImportException {
        HeaderUnit unit = new HeaderUnit(request.headers(), request.includeDirectories());
        Path object = unit.compile(toolchain, work);
        Set<Path> inputs = HeaderUnit.inputs(work);
        List<CRecord> records = readRecords(object, work);
        String preprocessed = unit.preprocess(toolchain, work);
        if (preprocessed != null) {
            UnnamedBitfields.attach(preprocessed, records,
                    file -> normalize(work.resolve(file).toString()).toString());
        }
        List<CRecord> roots = roots(request, inputs, records);

        List<Refusal> refusals = new ArrayList<>();
        Map<CRecord, DeclarationMapper.Mapped> mapped = map(roots, refusals);

        // Check every declaration against gcc; drop those that disagree, then those whose Java name is taken.
        List<JavaDecl> decls = mapped.values().stream().map(DeclarationMapper.Mapped::decl).toList();
        Map<CRecord, String> rejected = new LinkedHashMap<>();
        new LayoutProbe(toolchain, unit).disagreements(decls, work).forEach((decl, why) ->
                rejected.put(decl.record(), "the layout check against gcc failed: " + why));
        drop(mapped, rejected, refusals);
        drop(mapped, nameClashes(mapped), refusals);

        List<JavaDecl> written = mapped.values().stream().map(DeclarationMapper.Mapped::decl).toList();
        Set<JavaEnum> enums = new LinkedHashSet<>();
        mapped.values().forEach(m -> enums.addAll(m.enums()));
        List<Path> files = write(request, written, List.copyOf(enums));
        List<String> imported = mapped.keySet().stream().filter(roots::contains).map(CRecord::spelling).toList();
        return new Result(files, imported, List.copyOf(refusals), roots.size(), inputs, written);
    }

    private List<CRecord> readRecords(Path object, Path work) throws ImportException {
        try {
            return CTypeReader.readRecords(ReadelfDump.parse(
                    toolchain.readelf(work, List.of("--debug-dump=info", object.toString())),
                    toolchain.readelf(work, List.of("--debug-dump=rawline", object.toString()))));
        } catch (DwarfFormatException e) {
            throw new ImportException("cannot read gcc's debugging information: " + e.getMessage(), e);
        }
    }

    /** Declarations for the roots and every record they nest, in order; refusals for the rest. */
    private Map<CRecord, DeclarationMapper.Mapped> map(List<CRecord> roots, List<Refusal> refusals) {
        DeclarationMapper mapper = new DeclarationMapper(features);
        Map<CRecord, DeclarationMapper.Mapped> mapped = new LinkedHashMap<>();
        for (CRecord root : roots) {
            DeclarationMapper.Outcome outcome = mapper.map(root);
            if (outcome instanceof DeclarationMapper.Refused refused) {
                refusals.add(refused.refusal());
            } else {
                DeclarationMapper.Mapped ok = (DeclarationMapper.Mapped) outcome;
                mapped.put(root, ok);
                for (CRecord dependency : ok.dependencies()) {
                    mapped.putIfAbsent(dependency, (DeclarationMapper.Mapped) mapper.map(dependency));
                }
            }
        }
        return mapped;
    }

    /**
     * One source file per Java name: a record or enum whose name an earlier one (in input order, so the result is
     * deterministic) already has is rejected, with the records using it.
     */
    private static Map<CRecord, String> nameClashes(Map<CRecord, DeclarationMapper.Mapped> mapped) {
        Map<String, String> owners = new HashMap<>();
        Map<CRecord, String> rejected = new LinkedHashMap<>();
        for (Map.Entry<CRecord, DeclarationMapper.Mapped> entry : mapped.entrySet()) {
            CRecord record = entry.getKey();
            String name = entry.getValue().decl().simpleName();
            String owner = owners.putIfAbsent(name, record.spelling());
            if (owner != null) {
                rejected.put(record, "its Java name " + name + " is taken by " + owner);
                continue;
            }
            for (JavaEnum javaEnum : entry.getValue().enums()) {
                String enumOwner = owners.putIfAbsent(javaEnum.simpleName(), javaEnum.source().spelling());
                if (enumOwner != null && !enumOwner.equals(javaEnum.source().spelling())) {
                    rejected.put(record, "the Java name " + javaEnum.simpleName() + " of its "
                            + javaEnum.source().spelling() + " is taken by " + enumOwner);
                }
            }
        }
        return rejected;
    }

    /** Removes the rejected records, and every record that nests one of them, each with a refusal. */
    private static void drop(Map<CRecord, DeclarationMapper.Mapped> mapped, Map<CRecord, String> rejected,
            List<Refusal> refusals) {
        Set<CRecord> gone = new LinkedHashSet<>();
        rejected.forEach((record, why) -> {
            gone.add(record);
            refusals.add(new Refusal(record.spelling(), null, why));
        });
        boolean changed = !gone.isEmpty();
        while (changed) {
            changed = false;
            for (Map.Entry<CRecord, DeclarationMapper.Mapped> entry : mapped.entrySet()) {
                CRecord record = entry.getKey();
                CRecord nested = entry.getValue().dependencies().stream().filter(gone::contains).findFirst()
                        .orElse(null);
                if (nested != null && gone.add(record)) {
                    refusals.add(new Refusal(record.spelling(), null, "it nests " + nested.spelling()
                            + ", which is not imported"));
                    changed = true;
                }
            }
        }
        gone.forEach(mapped::remove);
    }

    /** The records to import: those named by {@code --type}, else every named record with a bitfield in the headers. */
    private static List<CRecord> roots(Request request, Set<Path> inputs, List<CRecord> records)
            throws ImportException {
        List<CRecord> roots = new ArrayList<>();
        if (!request.types().isEmpty()) {
            for (String type : request.types()) {
                CRecord found = records.stream().filter(record -> record.answersTo(type))
                        .min(Comparator.comparing(CRecord::declarationOnly)).orElse(null);
                if (found == null) {
                    throw new ImportException("no struct or union named " + type + " in "
                            + String.join(", ", request.headers().stream().map(HeaderUnit::display).toList())
                            + " (give the tag, as in iphdr for struct iphdr, or a typedef name)");
                }
                if (!roots.contains(found)) {
                    roots.add(found);
                }
            }
            return roots;
        }
        Set<Path> headerFiles = headerFiles(request.headers(), inputs);
        for (CRecord record : records) {
            if (!record.unnamed() && !record.declarationOnly() && record.hasBitfield()
                    && record.declaringFile() != null && headerFiles.contains(normalize(record.declaringFile()))) {
                roots.add(record);
            }
        }
        if (roots.isEmpty()) {
            throw new ImportException("no struct or union with a bitfield is declared in "
                    + String.join(", ", request.headers().stream().map(HeaderUnit::display).toList())
                    + "; name the types to import with --type");
        }
        return roots;
    }

    private static Set<Path> headerFiles(List<String> headers, Set<Path> inputs) {
        Set<Path> files = new LinkedHashSet<>();
        for (String header : headers) {
            Path path = Path.of(header);
            if (Files.isRegularFile(path)) {
                files.add(normalize(path.toAbsolutePath().toString()));
            } else {
                inputs.stream().filter(input -> input.toString().endsWith("/" + header)).findFirst()
                        .ifPresent(input -> files.add(normalize(input.toString())));
            }
        }
        return files;
    }

    private static Path normalize(String path) {
        Path normal = Path.of(path).toAbsolutePath().normalize();
        try {
            return normal.toRealPath();
        } catch (IOException e) {
            return normal;
        }
    }

    private static List<Path> write(Request request, List<JavaDecl> decls, List<JavaEnum> enums)
            throws ImportException {
        String header = String.join(", ", request.headers().stream().map(HeaderUnit::display).toList());
        SourceWriter writer = new SourceWriter(request.packageName(), header);
        Map<String, String> sources = new TreeMap<>();
        for (JavaDecl decl : decls) {
            sources.put(decl.simpleName(), writer.declaration(decl));
        }
        for (JavaEnum javaEnum : enums) {
            sources.put(javaEnum.simpleName(), writer.enumeration(javaEnum));
        }
        Path directory = request.outputDirectory();
        if (!request.packageName().isEmpty()) {
            directory = directory.resolve(request.packageName().replace('.', '/'));
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = directory.resolve(source.getKey() + ".java");
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                written.add(file);
            }
        } catch (IOException e) {
            throw new ImportException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
