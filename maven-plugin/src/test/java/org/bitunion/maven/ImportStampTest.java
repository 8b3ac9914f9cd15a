package org.bitunion.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the import may be skipped: same configuration, inputs unchanged, outputs still there. */
class ImportStampTest {
    @TempDir
    Path work;

    private Path header;
    private Path output;
    private Path stamp;

    @BeforeEach
    void writeStamp() throws IOException {
        header = Files.writeString(work.resolve("flags.h"), "struct flags { unsigned a : 1; };\n");
        output = Files.writeString(work.resolve("Flags.java"), "interface Flags {}\n");
        stamp = work.resolve("stamp");
        new ImportStamp("headers=[flags.h]", List.of(header), List.of(output)).write(stamp);
    }

    private boolean upToDate(String configuration) throws IOException {
        return ImportStamp.read(stamp).orElseThrow().upToDate(configuration);
    }

    @Test
    void unchangedHeadersAndConfigurationAreUpToDate() throws IOException {
        assertTrue(upToDate("headers=[flags.h]"));
    }

    @Test
    void anotherConfigurationIsStale() throws IOException {
        assertFalse(upToDate("headers=[flags.h, other.h]"));
    }

    @Test
    void aChangedHeaderIsStale() throws IOException {
        Files.writeString(header, "struct flags { unsigned a : 2; };\n");
        Files.setLastModifiedTime(header, FileTime.fromMillis(Files.getLastModifiedTime(header).toMillis() + 2000));
        assertFalse(upToDate("headers=[flags.h]"));
    }

    @Test
    void aDeletedHeaderOrOutputIsStale() throws IOException {
        Files.delete(output);
        assertFalse(upToDate("headers=[flags.h]"));
        writeStamp();
        Files.delete(header);
        assertFalse(upToDate("headers=[flags.h]"));
    }

    @Test
    void deletingOutputsRemovesWhatTheLastImportWrote() throws IOException {
        ImportStamp.deleteOutputs(stamp);
        assertFalse(Files.exists(output));
        assertTrue(Files.exists(header));
    }

    @Test
    void noStampMeansNoPreviousImport() throws IOException {
        assertTrue(ImportStamp.read(work.resolve("none")).isEmpty());
    }
}
