package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.bitunion.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad declaration of a struct in memory, a signed, big-endian or array field, or a union of alternatives is
 * a compile error with a stable tag and a hint, on the line of the element (the annotation value where there is
 * one) at fault, and never a processor crash. One row per mistake: the declaration, the tag, a fragment of the
 * message, and the line it must be reported on.
 */
class StructDiagnosticsTest {

    record Case(String name, List<String> lines, String tag, String fragment, String line) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case mistake(String name, String tag, String fragment, String line, String... lines) {
        return new Case(name, List.of(lines), tag, fragment, line);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("bits above 64 not a whole number of bytes", "[BitfieldBits]",
                        "70 is not a whole number of bytes, use 72", "bits = 70",
                        "@Bitfield(", "    bits = 70)", "interface S { boolean a(); }"),
                mistake("bits above the largest struct", "[BitfieldBits]", "a multiple of 8 up to 65536",
                        "bits = 65544",
                        "@Bitfield(", "    bits = 65544)", "interface S { boolean a(); }"),
                mistake("big-endian field not on a byte boundary", "[BitfieldBigEndian]",
                        "starts at bit 4, which is not on a byte boundary: only whole bytes have a byte order, and"
                                + " GCC would place a __be16 member at bit 16; place it with @Bits(at = 16)",
                        "@BigEndian",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(4) int a();", "    @BigEndian",
                        "    @Bits(16) int b();", "}"),
                mistake("big-endian field of 24 bits", "[BitfieldBigEndian]",
                        "field b() is 24 bits wide, but only 16, 32 and 64-bit fields (C __be16, __be32, __be64)"
                                + " have a byte order", "@BigEndian",
                        "@Bitfield(bits = 96) interface S {", "    @BigEndian", "    @Bits(24) int b();", "}"),
                mistake("big-endian boolean", "[BitfieldBigEndian]", "@BigEndian on b(), a boolean field",
                        "@BigEndian",
                        "@Bitfield(bits = 96) interface S {", "    @BigEndian", "    boolean b();", "}"),
                mistake("big-endian field byte-aligned but not where GCC puts a __be16", "[BitfieldAlign]",
                        "field b() starts at bit 8, but it is a __be16 member, which GCC places at a multiple of its"
                                + " alignment (2 bytes): at bit 16; place it with @Bits(at = 16), or declare the"
                                + " @Bitfield packed = true to keep it at byte 1", "int b()",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(8) int a();",
                        "    @BigEndian @Bits(16) int b();", "}"),
                mistake("signed boolean", "[BitfieldSigned]", "field b() is @Bits(signed = true), but a boolean is"
                        + " one bit with no sign", "signed = true",
                        "@Bitfield(bits = 8) interface S {", "    @Bits(", "        signed = true)",
                        "    boolean b();", "}"),
                mistake("signed enum", "[BitfieldSigned]", "an enum field holds unsigned codes", "signed = true",
                        "@Bitfield(bits = 8) interface S {", "    enum Mode { A, B }", "    @Bits(", "        signed = true)",
                        "    Mode mode();", "}"),
                mistake("signed nested union", "[BitfieldSigned]", "a nested @Bitfield holds a word of fields",
                        "signed = true",
                        "@Bitfield(bits = 16) interface S {", "    @Bitfield(bits = 4) interface In { @Bits(4) int x(); }",
                        "    @Bits(", "        signed = true)", "    In in();", "}"),
                mistake("array with count 0", "[BitfieldCount]",
                        "array field pir() has @Bits(count = 0), but an array has 1 element or more", "count = 0",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(value = 32,", "        count = 0)",
                        "    int[] pir();", "}"),
                mistake("count on a field that is not an array", "[BitfieldCount]",
                        "field pir() has @Bits(count = 4), but count is for array fields", "count = 4",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(value = 16,", "        count = 4)",
                        "    int pir();", "}"),
                mistake("array without count", "[BitfieldCount]",
                        "array field pir() needs @Bits(count = n), its number of elements", "@Bits(32)",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(32)", "    int[] pir();", "}"),
                mistake("an alternative wider than its union", "[BitfieldOverflow]",
                        "alternative words() is 128 bits wide, but the union S is @Bitfield(bits = 96, union = true);"
                                + " every alternative must fit it", "int[] words()",
                        "@Bitfield(bits = 96, union = true) interface S {", "    @Bits(8) int first();",
                        "    @Bits(value = 32, count = 4) int[] words();", "}"),
                mistake("overlapping fields of a struct that is not a union", "[BitfieldOverlap]",
                        "declare the @Bitfield union = true if the fields are alternatives", "at = 4",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(8) int a();",
                        "    @Bits(value = 8,", "        at = 4) int b();", "}"),
                mistake("long field across a 64-bit boundary", "[BitfieldStraddle]",
                        "field b() would occupy bits 60..67, across bit 64: GCC never lets an `unsigned long long`"
                                + " bitfield straddle a 64-bit unit and would move it to bit 64. Place it with"
                                + " @Bits(at = 64), or declare the @Bitfield packed = true", "long b()",
                        "@Bitfield(bits = 128) interface S {", "    @Bits(60) long a();", "    @Bits(8) long b();",
                        "}"),
                mistake("int field across bit 96 of a struct", "[BitfieldStraddle]",
                        "field b() would occupy bits 90..99, across bit 96", "int b()",
                        "@Bitfield(bits = 128) interface S {", "    @Bits(value = 26, at = 64) int a();",
                        "    @Bits(10) int b();", "}"),
                mistake("array element across a 32-bit boundary", "[BitfieldStraddle]",
                        "element 1 of field b() would occupy bits 31..35, across bit 32", "int[] b()",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(26) int a();",
                        "    @Bits(value = 5, count = 2) int[] b();", "}"),
                mistake("nested struct not at its alignment", "[BitfieldAlign]",
                        "field in() starts at bit 8, but it is the nested struct In, which GCC places at a multiple"
                                + " of its alignment (4 bytes): at bit 32", "In in()",
                        "@Bitfield(bits = 160) interface S {",
                        "    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }",
                        "    @Bits(8) int a();", "    In in();", "}"),
                mistake("u8 array not on a byte boundary in a packed struct", "[BitfieldAlign]",
                        "it is the C array u8 b[2], which GCC places at a byte boundary (only bitfields share bytes,"
                                + " even when packed): at bit 8", "int[] b()",
                        "@Bitfield(bits = 72, packed = true) interface S {", "    @Bits(3) int a();",
                        "    @Bits(value = 8, count = 2) int[] b();", "}"),
                mistake("struct size not a multiple of its alignment", "[BitfieldAlign]",
                        "its fields align it to 8 bytes, so GCC's sizeof would be 16 bytes (tail padding included),"
                                + " not 9; declare bits = 128, or packed = true", "bits = 72",
                        "@Bitfield(", "    bits = 72)", "interface S {", "    @Bits(64) long a();",
                        "    @Bits(8) int b();", "}"),
                mistake("struct in memory nested in a word union", "[BitfieldNested]",
                        "field in() has the type In, a struct in memory of 96 bits, which cannot be part of a word"
                                + " union of 64 bits", "In in()",
                        "@Bitfield(bits = 64) interface S {",
                        "    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }", "    In in();", "}"),
                mistake("array in a word union", "[BitfieldType]",
                        "has the unsupported type int[]; a field is boolean, int, long, an enum, or another @Bitfield"
                                + " interface (in a struct in memory also an array", "int[] b()",
                        "@Bitfield(bits = 64) interface S {", "    @Bits(value = 8, count = 2) int[] b();", "}"),
                mistake("a field named like another's setter", "[BitfieldName]",
                        "field setA() generates setA, which clashes with the generated setA of field a()",
                        "int setA()",
                        "@Bitfield(bits = 72) interface S {", "    @Bits(8) int a();", "    @Bits(8) int setA();",
                        "}"),
                mistake("a field named like a flattened nested struct field", "[BitfieldName]",
                        "field inX() generates inX, which clashes with the generated inX of in.x", "int inX()",
                        "@Bitfield(bits = 192) interface S {",
                        "    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }",
                        "    In in();", "    @Bits(32) int inX();", "}"),
                mistake("explicit @Bits(-1) on an int is still a width error", "[BitfieldWidth]",
                        "int field a() is @Bits(-1), but an int field holds 1 to 32 bits", "@Bits(-1)",
                        "@Bitfield(bits = 96) interface S {", "    @Bits(-1) int a();", "}"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsOneTaggedErrorOnItsLine(Case mistake) {
        JavaFileObject source = source("t.S", mistake.lines().toArray(String[]::new));
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(source);
        assertThat(compilation).failed();
        for (var error : compilation.errors()) {
            if (error.getMessage(null).contains("[BitfieldInternal]")) {
                throw new AssertionError("processor crashed: " + error.getMessage(null));
            }
        }
        assertThat(compilation).hadErrorContaining(mistake.tag() + " ");
        assertThat(compilation).hadErrorContaining(mistake.fragment()).inFile(source)
                .onLineContaining(mistake.line());
    }
}
