package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated source, character for character, for representative declarations: the golden files under
 * {@code src/test/resources/golden} are what a reviewer reads to see what users get. On a mismatch the actual
 * source is written to {@code target/golden-actual/} for diffing.
 */
class GoldenSourceTest {

    private static void assertGolden(Compilation compilation, String generatedClass, String golden)
            throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject file = compilation.generatedSourceFile(generatedClass).orElseThrow();
        String actual = file.getCharContent(false).toString();
        String expected;
        try (InputStream in = GoldenSourceTest.class.getResourceAsStream("/golden/" + golden)) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "golden-actual", golden);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual);
        }
        assertEquals(expected, actual, "generated " + generatedClass + " differs from golden/" + golden
                + " (actual written to target/golden-actual/" + golden + ")");
    }

    @Test
    void pageRole() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(Sources.pageRole());
        assertGolden(compilation, "test.PageRoleBits", "PageRoleBits.java");
    }

    @Test
    void mmuRoleNestsTwoRoles() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor())
                .compile(Sources.pageRole(), Sources.extendedRole(), Sources.mmuRole());
        assertGolden(compilation, "test.MmuRoleBits", "MmuRoleBits.java");
    }

    @Test
    void enumFieldWithExplicitCodes() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(Sources.memoryType(),
                Sources.source("test.LeafType",
                        "@Bitfield(bits = 8)",
                        "public interface LeafType {",
                        "    MemoryType memoryType();",
                        "    boolean ignorePat();",
                        "}"));
        assertGolden(compilation, "test.LeafTypeBits", "LeafTypeBits.java");
    }

    @Test
    void ipHeaderIsAStructInMemory() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(Sources.ipHeader());
        assertGolden(compilation, "test.IpHeaderBits", "IpHeaderBits.java");
    }

    @Test
    void structWithArraysSignedBigEndianNestedStructsAndAUnion() throws IOException {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(Sources.sample());
        assertGolden(compilation, "test.SampleBits", "SampleBits.java");
    }
}
