package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.bitunion.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Every bad declaration is a compile error with a clear message on the exact element (the line that holds the
 * annotation value or method at fault), and never a processor crash.
 */
class DiagnosticsTest {

    private static Compilation compile(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(sources);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(compilation.errors().size());
        for (var error : compilation.errors()) {
            if (error.getMessage(null).contains("[BitfieldInternal]")) {
                throw new AssertionError("processor crashed: " + error.getMessage(null));
            }
        }
        return compilation;
    }

    private static void assertError(JavaFileObject source, String message, String line) {
        assertThat(compile(source)).hadErrorContaining(message).inFile(source).onLineContaining(line);
    }

    @Test
    void bitsAboveSixtyFourIsReportedOnTheValue() {
        JavaFileObject source = source("t.Wide",
                "@Bitfield(",
                "    bits = 70)",
                "interface Wide { boolean a(); }");
        assertError(source, "@Bitfield(bits = 70) on Wide: bits must be between 1 and 64", "bits = 70");
    }

    @Test
    void bitsZeroIsRejected() {
        JavaFileObject source = source("t.Empty", "@Bitfield(bits = 0) interface Empty { boolean a(); }");
        assertError(source, "bits must be between 1 and 64", "bits = 0");
    }

    @Test
    void booleanWiderThanOneBit() {
        JavaFileObject source = source("t.B",
                "@Bitfield(bits = 8) interface B {",
                "    @Bits(2) boolean flag();",
                "}");
        assertError(source, "boolean field flag() is 1 bit wide, not 2", "@Bits(2) boolean flag()");
    }

    @Test
    void intWiderThanThirtyTwoBits() {
        JavaFileObject source = source("t.I",
                "@Bitfield(bits = 64) interface I {",
                "    @Bits(33) int big();",
                "}");
        assertError(source, "int field big() is @Bits(33), but an int field holds 1 to 32 bits; declare it long",
                "@Bits(33) int big()");
    }

    @Test
    void longWiderThanSixtyFourBits() {
        JavaFileObject source = source("t.L",
                "@Bitfield(bits = 64) interface L {",
                "    @Bits(65) long huge();",
                "}");
        assertError(source, "long field huge() is @Bits(65), but a long field holds 1 to 64 bits", "@Bits(65)");
    }

    @Test
    void widthBelowOne() {
        JavaFileObject source = source("t.Z",
                "@Bitfield(bits = 8) interface Z {",
                "    @Bits(0) int nothing();",
                "}");
        assertError(source, "int field nothing() is @Bits(0)", "@Bits(0)");
    }

    @Test
    void negativeWidthIsAnErrorEvenWhereTheWidthCouldBeInferred() {
        JavaFileObject source = source("t.NegWidth",
                "@Bitfield(bits = 8) interface NegWidth {",
                "    @Bits(-1) boolean flag();",
                "    enum T { A, B }",
                "    @Bits(-1) T kind();",
                "    @Bits(-1) int level();",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("boolean field flag() is 1 bit wide, not -1").inFile(source)
                .onLineContaining("@Bits(-1) boolean flag()");
        assertThat(compilation).hadErrorContaining("enum field kind() is -1 bits wide").inFile(source)
                .onLineContaining("@Bits(-1) T kind()");
        assertThat(compilation).hadErrorContaining("int field level() is @Bits(-1)").inFile(source)
                .onLineContaining("@Bits(-1) int level()");
    }

    @Test
    void bitsOnAHelperMethodIsNotSilentlyIgnored() {
        JavaFileObject source = source("t.Helper",
                "@Bitfield(bits = 8) interface Helper {",
                "    @Bits(4) int level();",
                "    @Bits(4) static int twice(int x) { return 2 * x; }",
                "}");
        assertError(source, "@Bits on twice() has no effect: only abstract methods are fields",
                "@Bits(4) static int twice");
    }

    @Test
    void intWithoutWidth() {
        JavaFileObject source = source("t.N",
                "@Bitfield(bits = 8) interface N {",
                "    int level();",
                "}");
        assertError(source, "field level() needs a width: annotate it with @Bits(n), n from 1 to 32", "int level()");
    }

    @Test
    void enumWiderThanThirtyTwoBits() {
        JavaFileObject source = source("t.E",
                "@Bitfield(bits = 64) interface E {",
                "    enum Color { RED, GREEN }",
                "    @Bits(40) Color color();",
                "}");
        assertError(source, "enum field color() is 40 bits wide, but an enum field holds 1 to 32 bits", "@Bits(40)");
    }

    @Test
    void fieldsPastTheDeclaredWidth() {
        JavaFileObject source = source("t.Full",
                "@Bitfield(bits = 8) interface Full {",
                "    @Bits(6) int a();",
                "    @Bits(3) int b();",
                "}");
        assertError(source, "the fields need 9 bits, but Full is @Bitfield(bits = 8): field b() would occupy bits"
                + " 6..8", "int b()");
    }

    @Test
    void explicitPositionPastTheDeclaredWidth() {
        JavaFileObject source = source("t.Far",
                "@Bitfield(bits = 32) interface Far {",
                "    @Bits(value = 4, at = 30) int tail();",
                "}");
        assertError(source, "field tail() at bit 30 is 4 bits wide, so it would occupy bits 30..33, past the last"
                + " bit (31) of @Bitfield(bits = 32)", "at = 30");
    }

    @Test
    void overlappingFieldsNameBothAndTheNextFreeBit() {
        JavaFileObject source = source("t.Overlap",
                "@Bitfield(bits = 16) interface Overlap {",
                "    @Bits(8) int a();",
                "    @Bits(value = 4, at = 4) int b();",
                "}");
        assertError(source, "fields overlap: field b() starts at bit 4, but bits 0..7 belong to field a(); the next"
                + " unused bit is 8", "at = 4");
    }

    @Test
    void fieldsOutOfBitOrder() {
        JavaFileObject source = source("t.Order",
                "@Bitfield(bits = 16) interface Order {",
                "    @Bits(value = 4, at = 8) int a();",
                "    @Bits(value = 4, at = 0) int b();",
                "}");
        assertError(source, "field b() at bit 0 comes before the previous field a() ends; declare fields in bit order",
                "at = 0");
    }

    @Test
    void negativePosition() {
        JavaFileObject source = source("t.Neg",
                "@Bitfield(bits = 16) interface Neg {",
                "    @Bits(value = 4, at = -3) int a();",
                "}");
        assertError(source, "@Bits(at = -3) must be a bit position", "at = -3");
    }

    @Test
    void intFieldStraddlingBit32() {
        JavaFileObject source = source("t.Straddle",
                "@Bitfield(bits = 64) interface Straddle {",
                "    @Bits(20) int a();",
                "    @Bits(20) int b();",
                "}");
        assertError(source, "field b() would occupy bits 20..39, across bit 32: GCC never lets an `unsigned int`"
                + " bitfield straddle a 32-bit unit", "@Bits(20) int b()");
    }

    @Test
    void enumCodeThatDoesNotFitTheWidth() {
        JavaFileObject source = source("t.Entry",
                "@Bitfield(bits = 8) interface Entry {",
                "    enum Type { @Code(0) UC, @Code(6) WB }",
                "    @Bits(2) Type type();",
                "}");
        assertError(source, "enum field type() is 2 bits wide, but Type.WB has the code 6, which needs 3 bits",
                "@Bits(2) Type type()");
    }

    @Test
    void twoConstantsWithOneCode() {
        JavaFileObject source = source("t.Dup",
                "@Bitfield(bits = 8) interface Dup {",
                "    enum Type {",
                "        @Code(1) A,",
                "        @Code(1) B",
                "    }",
                "    Type type();",
                "}");
        assertError(source, "Type.B has the code 1, which A already has", "@Code(1) B");
    }

    @Test
    void negativeCode() {
        JavaFileObject source = source("t.NegCode",
                "@Bitfield(bits = 8) interface NegCode {",
                "    enum Type {",
                "        @Code(-1) A",
                "    }",
                "    Type type();",
                "}");
        assertError(source, "Type.A has the negative code -1; codes are unsigned", "@Code(-1) A");
    }

    @Test
    void enumWithoutConstants() {
        JavaFileObject source = source("t.NoConst",
                "@Bitfield(bits = 8) interface NoConst {",
                "    enum Nothing {}",
                "    Nothing type();",
                "}");
        assertError(source, "enum Nothing has no constants", "enum Nothing");
    }

    @Test
    void enumTypeTheGeneratedClassCannotSee() {
        JavaFileObject source = source("t.Outer",
                "class Outer {",
                "    private enum Private { X }",
                "    @Bitfield(bits = 8) interface UsesHidden {",
                "        Private p();",
                "    }",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("field p() has the type Private, which Private makes invisible"
                + " from package t, where the generated class lives; make it non-private").inFile(source)
                .onLineContaining("Private p()");
    }

    @Test
    void methodWithParameters() {
        JavaFileObject source = source("t.P",
                "@Bitfield(bits = 8) interface P {",
                "    boolean flag(int index);",
                "}");
        assertError(source, "field flag() must not have parameters", "boolean flag(int index)");
    }

    @Test
    void methodWithTypeParameters() {
        JavaFileObject source = source("t.TP",
                "@Bitfield(bits = 8) interface TP {",
                "    <T> boolean flag();",
                "}");
        assertError(source, "field flag() must not have type parameters", "<T> boolean flag()");
    }

    @Test
    void unsupportedReturnTypes() {
        JavaFileObject source = source("t.U",
                "@Bitfield(bits = 64) interface U {",
                "    @Bits(8) String name();",
                "    @Bits(8) Integer boxed();",
                "    @Bits(8) float real();",
                "    @Bits(8) int[] array();",
                "    @Bits(8) short small();",
                "}");
        Compilation compilation = compile(source);
        for (String line : new String[] {"String name()", "Integer boxed()", "float real()", "int[] array()",
                "short small()"}) {
            assertThat(compilation).hadErrorContaining("has the unsupported type").inFile(source)
                    .onLineContaining(line);
        }
        assertThat(compilation).hadErrorContaining("field name() has the unsupported type java.lang.String; a"
                + " field is boolean, int, long, an enum, or another @Bitfield interface");
    }

    @Test
    void bitfieldOnAClass() {
        JavaFileObject source = source("t.C", "@Bitfield(bits = 8) class C {}");
        assertError(source, "@Bitfield applies to interfaces, but C is a class", "class C");
    }

    @Test
    void bitfieldOnAnEnum() {
        JavaFileObject source = source("t.En", "@Bitfield(bits = 8) enum En { A }");
        assertError(source, "@Bitfield applies to interfaces, but En is an enum", "enum En");
    }

    @Test
    void genericInterface() {
        JavaFileObject source = source("t.G", "@Bitfield(bits = 8) interface G<T> { boolean a(); }");
        assertError(source, "@Bitfield interface G must not have type parameters", "interface G<T>");
    }

    @Test
    void interfaceWithoutFields() {
        JavaFileObject source = source("t.Nothing", "@Bitfield(bits = 8) interface Nothing {}");
        assertError(source, "@Bitfield interface Nothing declares no fields", "interface Nothing");
    }

    @Test
    void interfaceExtendingAnother() {
        JavaFileObject source = source("t.Ext",
                "interface Base { }",
                "@Bitfield(bits = 8) interface Ext extends Base { boolean a(); }");
        assertError(source, "@Bitfield interface Ext must not extend other interfaces", "interface Ext");
    }

    @Test
    void fieldNamedLikeTheGeneratedToString() {
        JavaFileObject source = source("t.S",
                "@Bitfield(bits = 8) interface S {",
                "    boolean toString();",
                "}");
        assertError(source, "field toString() would generate a static toString(word) that clashes with"
                + " java.lang.Object.toString", "boolean toString()");
    }

    @Test
    void fieldNamedLikeTheGeneratedDiff() {
        JavaFileObject source = source("t.D",
                "@Bitfield(bits = 8) interface D {",
                "    boolean diff();",
                "}");
        assertError(source, "field diff() generates diff, which clashes with the generated diff(before, after)",
                "boolean diff()");
    }

    @Test
    void fieldNamedLikeAnotherFieldsWither() {
        JavaFileObject source = source("t.W",
                "@Bitfield(bits = 8) interface W {",
                "    boolean level();",
                "    boolean withLevel();",
                "}");
        assertError(source, "field withLevel() generates withLevel, which clashes with the generated withLevel of"
                + " field level()", "boolean withLevel()");
    }

    @Test
    void twoFieldsWithOneConstantName() {
        JavaFileObject source = source("t.K",
                "@Bitfield(bits = 8) interface K {",
                "    boolean fooBar();",
                "    boolean foo_bar();",
                "}");
        assertError(source, "field foo_bar() generates FOO_BAR_SHIFT, which clashes with the generated FOO_BAR_SHIFT"
                + " of field fooBar()", "boolean foo_bar()");
    }

    @Test
    void fieldWhoseMaskClashesWithFieldsMask() {
        JavaFileObject source = source("t.F",
                "@Bitfield(bits = 8) interface F {",
                "    boolean fields();",
                "}");
        assertError(source, "field fields() generates FIELDS_MASK, which clashes with the generated FIELDS_MASK"
                + " constant", "boolean fields()");
    }

    @Test
    void enumFieldWhoseCodeGetterClashesWithAField() {
        JavaFileObject source = source("t.EC",
                "@Bitfield(bits = 8) interface EC {",
                "    enum T { A, B }",
                "    T kind();",
                "    boolean kindCode();",
                "}");
        assertError(source, "field kindCode() generates kindCode, which clashes with the generated kindCode of field"
                + " kind()", "boolean kindCode()");
    }

    @Test
    void enumFieldWhoseCodeWriterClashesWithAField() {
        JavaFileObject source = source("t.EW",
                "@Bitfield(bits = 8) interface EW {",
                "    enum T { A, B }",
                "    T kind();",
                "    boolean withKindCode();",
                "}");
        assertError(source, "field withKindCode() generates withKindCode, which clashes with the generated"
                + " withKindCode of field kind()", "boolean withKindCode()");
    }

    @Test
    void fieldClashingWithTheFlatNameOfANestedField() {
        JavaFileObject source = source("t.Flat",
                "@Bitfield(bits = 64) interface Flat {",
                "    @Bitfield(bits = 8) interface Inner { @Bits(8) int level(); }",
                "    @Bits(8) int innerLevel();",
                "    Inner inner();",
                "}");
        assertError(source, "field inner() (its inner.level is reached as innerLevel) generates innerLevel, which"
                + " clashes with the getter innerLevel of field innerLevel()", "Inner inner()");
    }

    @Test
    void nestedTypesThatFormACycle() {
        JavaFileObject a = source("t.A", "@Bitfield(bits = 32) interface A { B b(); }");
        JavaFileObject b = source("t.B", "@Bitfield(bits = 32) interface B { A a(); }");
        Compilation compilation = compile(a, b);
        assertThat(compilation).hadErrorContaining("field b() nests B, which contains A again; a union cannot contain"
                + " itself").inFile(a).onLineContaining("B b()");
        assertThat(compilation).hadErrorContaining("field a() nests A, which contains B again").inFile(b)
                .onLineContaining("A a()");
    }

    @Test
    void typeNestedInItself() {
        JavaFileObject source = source("t.Self", "@Bitfield(bits = 32) interface Self { Self self(); }");
        assertError(source, "field self() nests Self inside itself (Self -> Self)", "Self self()");
    }

    @Test
    void nestedTypeWhoseWidthIsNotWhatBitsSays() {
        JavaFileObject source = source("t.Outer",
                "@Bitfield(bits = 64) interface Outer {",
                "    @Bitfield(bits = 12) interface Inner { @Bits(12) int x(); }",
                "    @Bits(16) Inner inner();",
                "}");
        assertError(source, "field inner() has the @Bitfield type Inner, which is 12 bits wide, but @Bits says 16",
                "@Bits(16) Inner inner()");
    }

    @Test
    void nestedTypeWithErrorsOfItsOwn() {
        JavaFileObject source = source("t.Holder",
                "@Bitfield(bits = 64) interface Holder {",
                "    @Bitfield(bits = 8) interface Broken { @Bits(9) int x(); }",
                "    Broken broken();",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorContaining("the fields need 9 bits, but Broken is @Bitfield(bits = 8)")
                .inFile(source).onLineContaining("@Bits(9)");
        assertThat(compilation).hadErrorContaining("field broken() has the @Bitfield type Broken, which has errors of"
                + " its own").inFile(source).onLineContaining("Broken broken()");
    }

    @Test
    void everyMistakeOfOneDeclarationIsReportedInOneCompilation() {
        JavaFileObject source = source("t.Many",
                "@Bitfield(bits = 8) interface Many {",
                "    @Bits(2) boolean a();",
                "    @Bits(40) int b();",
                "    String c();",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void typeThatNeverExistsIsReportedAfterTheLastRound() {
        JavaFileObject source = source("t.Missing",
                "@Bitfield(bits = 32) interface Missing {",
                "    DoesNotExist field();",
                "}");
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(source);
        assertThat(compilation).hadErrorContaining("Missing refers to types that do not exist: DoesNotExist")
                .inFile(source).onLineContaining("interface Missing");
    }
}
