package org.bitunion.cimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.gcc.HeaderUnit;
import org.bitunion.cimport.gcc.LayoutProbe;
import org.bitunion.cimport.gcc.Toolchain;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.ProbeLeaf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout check against gcc, given declarations directly (the mapper's output is the golden tests' matter). */
class LayoutProbeTest {
    @TempDir
    Path work;

    private LayoutProbe probe;

    @BeforeEach
    void header() throws Exception {
        assumeFalse(Boolean.getBoolean("bitunion.skipGcc"), "gcc checks turned off (-Dbitunion.skipGcc=true)");
        Path header = work.resolve("probe_me.h");
        Files.writeString(header, "struct two { unsigned int a : 3; const unsigned int b : 5; };\n"
                + "struct other { unsigned char c; };\n");
        probe = new LayoutProbe(Toolchain.standard(), new HeaderUnit(List.of(header.toString()), List.of()));
    }

    private static JavaDecl decl(String tag, long bits, ProbeLeaf... leaves) {
        return new JavaDecl(tag, new CRecord(0, CRecord.Kind.STRUCT, tag, bits / 8, false, null), bits, false,
                false, List.of(), List.of(), List.of(), List.of(leaves));
    }

    @Test
    void constBitfieldIsStoredThroughAnInitializer() throws Exception {
        JavaDecl two = decl("two", 32, new ProbeLeaf("s.a", ProbeLeaf.Store.MINUS_ONE, 0, 3),
                new ProbeLeaf("s.b", ProbeLeaf.Store.MINUS_ONE, 3, 5));
        assertEquals(Map.of(), probe.disagreements(List.of(two), work));
    }

    @Test
    void memberAtTheWrongBitsIsReportedWithGccsBytes() throws Exception {
        JavaDecl two = decl("two", 32, new ProbeLeaf("s.b", ProbeLeaf.Store.MINUS_ONE, 4, 5));
        assertEquals(Map.of(two, "storing all ones into b gives the bytes f8 00 00 00 in gcc, but the declaration"
                + " places it at bits 4..8 (f0 01 00 00)"), probe.disagreements(List.of(two), work));
    }

    @Test
    void storeGccCannotCompileRefusesThatDeclarationByMemberAndChecksTheOthers() throws Exception {
        JavaDecl broken = decl("two", 32, new ProbeLeaf("s.missing", ProbeLeaf.Store.MINUS_ONE, 0, 3));
        JavaDecl wrong = decl("other", 8, new ProbeLeaf("s.c", ProbeLeaf.Store.MINUS_ONE, 0, 7));
        JavaDecl good = decl("other", 8, new ProbeLeaf("s.c", ProbeLeaf.Store.MINUS_ONE, 0, 8));
        Map<JavaDecl, String> problems = probe.disagreements(List.of(broken, wrong, good), work);
        assertEquals(List.of(broken, wrong), List.copyOf(problems.keySet()));
        // gcc's own words follow (their quotes depend on the locale).
        assertTrue(problems.get(broken).matches("gcc cannot compile the check of member missing: .*struct two.*"
                + " has no member named .missing.*"), problems.get(broken));
    }
}
