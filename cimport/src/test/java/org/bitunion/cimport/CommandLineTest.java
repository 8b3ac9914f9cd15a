package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.ProcessorFeature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: what it writes, what it says, and its exit status. */
class CommandLineTest {
    @TempDir
    Path work;

    private Path out;

    /** Exit status and what was printed. */
    private record Run(int status, String out, String err) {}

    @BeforeEach
    void skipWithoutGcc() {
        assumeFalse(Boolean.getBoolean("bitunion.skipGcc"), "gcc checks turned off (-Dbitunion.skipGcc=true)");
        out = work.resolve("out");
    }

    private static Run run(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = CImportMain.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    }

    private Path header(String name, String text) throws IOException {
        Path file = work.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private List<String> written() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).map(file -> out.relativize(file).toString()).sorted().toList();
        }
    }

    @Test
    void linuxIpHeaderIsImportedAsIphdrInThePackage() throws IOException {
        Run run = run("--package", "x", "--out", out.toString(), "linux/ip.h");

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("x/Iphdr.java"), written());
        String source = Files.readString(out.resolve("x/Iphdr.java"));
        assertTrue(source.contains("@Bitfield(bits = 160"), source);
        assertTrue(source.contains("@BigEndian @Bits(value = 16, at = 16) int totLen();"), source);
        assertTrue(source.contains("{@code struct iphdr} from {@code <linux/ip.h>}"), source);
        assertTrue(run.out().contains("imported 1 of 1 types"), run.out());
    }

    @Test
    void helpDescribesEveryOptionAndExitsZero() {
        Run run = run("--help");

        assertEquals(0, run.status());
        for (String option : List.of("--package", "--out", "-I", "--type", "--gcc", "HEADER")) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }

    @Test
    void typeOptionImportsOnlyTheNamedTypeAndWhatItNests() throws IOException {
        Path header = header("two.h", """
                struct inner { unsigned a : 3; };
                struct outer { struct inner in; unsigned b : 2; };
                struct other { unsigned c : 1; };
                """);

        Run run = run("--package", "p", "--out", out.toString(), "--type", "outer", header.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("p/Inner.java", "p/Outer.java"), written());
    }

    @Test
    void includeDirectoriesReachGcc() throws IOException {
        Path include = Files.createDirectories(work.resolve("include/sub"));
        Files.writeString(include.resolve("flags.h"), "struct flags { unsigned on : 1, mode : 3; };\n");

        Run run = run("--package", "p", "--out", out.toString(), "-I", work.resolve("include").toString(),
                "sub/flags.h");

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("p/Flags.java"), written());
    }

    @Test
    void missingHeaderIsReportedWithGccsMessageAndExitsOne() throws IOException {
        Run run = run("--package", "p", "--out", out.toString(), "linux/no_such_header.h");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("gcc cannot compile <linux/no_such_header.h>"), run.err());
        assertTrue(run.err().contains("No such file or directory"), run.err());
        assertEquals(List.of(), written());
    }

    @Test
    void headerThatDoesNotCompileShowsGccsErrorAndExitsOne() throws IOException {
        Path header = header("broken.h", "struct broken { unsigned a : 3; undefined_type b; };\n");

        Run run = run("--package", "p", "--out", out.toString(), header.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("gcc cannot compile \"broken.h\""), run.err());
        assertTrue(run.err().contains("broken.h:1:33: error: unknown type name"), run.err());
        assertEquals(List.of(), written());
    }

    @Test
    void typeThatMatchesNothingIsAnErrorNamingIt() throws IOException {
        Run run = run("--package", "p", "--out", out.toString(), "--type", "no_such_struct", "linux/ip.h");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("no struct or union named no_such_struct in <linux/ip.h>"), run.err());
        assertEquals(List.of(), written());
    }

    @Test
    void missingGccIsAnErrorThatSaysGccIsNeeded() throws IOException {
        Run run = run("--package", "p", "--out", out.toString(), "--gcc", work.resolve("no-gcc").toString(),
                "linux/ip.h");

        assertEquals(1, run.status());
        assertTrue(run.err().contains("cannot run " + work.resolve("no-gcc")), run.err());
        assertTrue(run.err().contains("gcc (the C compiler whose layout is imported) is needed"), run.err());
    }

    @Test
    void constructThatCannotBeImportedExactlyIsRefusedNamingTypeAndMemberAndExitsOne() throws IOException {
        Path header = header("bad.h", """
                struct __attribute__((scalar_storage_order("big-endian"))) bad {
                    unsigned short port;
                    unsigned int flags : 4;
                };
                """);

        Run run = run("--package", "p", "--out", out.toString(), header.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("refused struct bad, member flags: a bitfield in big-endian storage"),
                run.err());
        assertTrue(run.out().contains("imported 0 of 1 types; refused 1"), run.out());
        assertEquals(List.of(), written());
    }

    @Test
    void importedTypesAreWrittenEvenWhenOthersAreRefused() throws IOException {
        Path header = header("mixed.h", """
                struct good { unsigned a : 3; };
                struct __attribute__((scalar_storage_order("big-endian"))) bad { unsigned b : 4; };
                """);

        Run run = run("--package", "p", "--out", out.toString(), header.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("p/Good.java"), written());
        assertTrue(run.err().contains("refused struct bad, member b:"), run.err());
    }

    @Test
    void typesWhoseJavaNamesClashAreRefusedAfterTheFirst() throws IOException {
        Path header = header("clash.h", """
                struct foo_bar { unsigned a : 1; };
                typedef struct { unsigned b : 1; } FooBar;
                struct holder { FooBar inner; unsigned c : 2; };
                """);

        Run run = run("--package", "p", "--out", out.toString(), header.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("p/FooBar.java"), written());
        assertTrue(run.err().contains("refused FooBar: its Java name FooBar is taken by struct foo_bar"), run.err());
        assertTrue(run.err().contains("refused struct holder: it nests FooBar, which is not imported"), run.err());
    }

    @Test
    void headerWithoutBitfieldsNeedsTypeNames() throws IOException {
        Path header = header("plain.h", "struct plain { int a; };\n");

        Run run = run("--package", "p", "--out", out.toString(), header.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("no struct or union with a bitfield is declared in \"plain.h\""), run.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("--out", "o", "linux/ip.h").status());
        assertEquals(2, run("--package", "p", "linux/ip.h").status());
        assertEquals(2, run("--package", "p", "--out", "o").status());
        Run unknown = run("--package", "p", "--out", "o", "--frobnicate", "linux/ip.h");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown option --frobnicate"), unknown.err());
    }

    @Test
    void sameHeaderGivesTheSameBytes() throws IOException {
        run("--package", "x", "--out", out.toString(), "linux/perf_event.h");
        List<String> first = new ArrayList<>();
        for (String file : written()) {
            first.add(file + "\n" + Files.readString(out.resolve(file)));
        }
        Path again = work.resolve("again");
        run("--package", "x", "--out", again.toString(), "linux/perf_event.h");
        List<String> second = new ArrayList<>();
        for (String file : written()) {
            second.add(file + "\n" + Files.readString(again.resolve(file)));
        }
        assertFalse(first.isEmpty());
        assertEquals(first, second);
    }

    @Test
    void aFeatureTheProcessorLacksIsRefusedNamingIt() throws Exception {
        CImporter importer = new CImporter(Toolchain.standard(), EnumSet.complementOf(
                EnumSet.of(ProcessorFeature.WIDE_STRUCTS)));

        CImporter.Result result = importer.run(new CImporter.Request(List.of("linux/ip.h"), List.of(), List.of(),
                "x", out));

        assertEquals(List.of(), result.imported());
        assertEquals("struct iphdr: 20 bytes (160 bits) needs structs over 64 bits (structs in memory), which the"
                + " processor does not support yet", result.refusals().get(0).message());
    }
}
