package org.bitunion.processor;

import java.util.List;
import org.bitunion.processor.testing.DiagnosticRow;

/**
 * Bad declarations and the compile error each must give: its tag, (part of) its message, and the line and column
 * javac reports, which is the element at fault (the annotation value where there is one). One row per expected
 * error; a declaration with several mistakes has a row for each, and gives no error without a row.
 * {@link DiagnosticsTest} checks every row.
 */
final class DiagnosticTable {
    /** Negative width is an error even where the width could be inferred. */
    private static final String NEGATIVE_WIDTHS = """
            package t;
            import org.bitunion.*;
            @Bitfield(bits = 8) interface NegWidth {
                @Bits(-1) boolean flag();
                enum T { A, B }
                @Bits(-1) T kind();
                @Bits(-1) int level();
            }
            """;

    /** Unsupported return types. */
    private static final String UNSUPPORTED_TYPES = """
            package t;
            import org.bitunion.*;
            @Bitfield(bits = 64) interface U {
                @Bits(8) String name();
                @Bits(8) Integer boxed();
                @Bits(8) float real();
                @Bits(8) int[] array();
                @Bits(8) short small();
            }
            """;

    /** Nested type with errors of its own. */
    private static final String BROKEN_NESTED = """
            package t;
            import org.bitunion.*;
            @Bitfield(bits = 64) interface Holder {
                @Bitfield(bits = 8) interface Broken { @Bits(9) int x(); }
                Broken broken();
            }
            """;

    static final List<DiagnosticRow> ROWS = List.of(
            // bits above sixty four is reported on the value
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(
                    bits = 70)
                interface Wide { boolean a(); }
                """, "BitfieldBits",
                    "@Bitfield(bits = 70) on Wide: bits must be between 1 and 64",
                    4, 12),
            // bits zero is rejected
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 0) interface Empty { boolean a(); }
                """, "BitfieldBits",
                    "bits must be between 1 and 64",
                    3, 18),
            // boolean wider than one bit
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface B {
                    @Bits(2) boolean flag();
                }
                """, "BitfieldWidth",
                    "boolean field flag() is 1 bit wide, not 2",
                    4, 11),
            // int wider than thirty two bits
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface I {
                    @Bits(33) int big();
                }
                """, "BitfieldWidth",
                    "int field big() is @Bits(33), but an int field holds 1 to 32 bits; declare it long",
                    4, 11),
            // long wider than sixty four bits
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface L {
                    @Bits(65) long huge();
                }
                """, "BitfieldWidth",
                    "long field huge() is @Bits(65), but a long field holds 1 to 64 bits",
                    4, 11),
            // width below one
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Z {
                    @Bits(0) int nothing();
                }
                """, "BitfieldWidth",
                    "int field nothing() is @Bits(0)",
                    4, 11),
            // negative width is an error even where the width could be inferred: 3 errors in one declaration
            row(NEGATIVE_WIDTHS, "BitfieldWidth",
                    "boolean field flag() is 1 bit wide, not -1",
                    4, 11),
            row(NEGATIVE_WIDTHS, "BitfieldWidth",
                    "enum field kind() is -1 bits wide",
                    6, 11),
            row(NEGATIVE_WIDTHS, "BitfieldWidth",
                    "int field level() is @Bits(-1)",
                    7, 11),
            // bits on a helper method is not silently ignored
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Helper {
                    @Bits(4) int level();
                    @Bits(4) static int twice(int x) { return 2 * x; }
                }
                """, "BitfieldMethod",
                    "@Bits on twice() has no effect: only abstract methods are fields",
                    5, 5),
            // int without width
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface N {
                    int level();
                }
                """, "BitfieldWidth",
                    "field level() needs a width: annotate it with @Bits(n), n from 1 to 32",
                    4, 9),
            // enum wider than thirty two bits
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface E {
                    enum Color { RED, GREEN }
                    @Bits(40) Color color();
                }
                """, "BitfieldWidth",
                    "enum field color() is 40 bits wide, but an enum field holds 1 to 32 bits",
                    5, 11),
            // fields past the declared width
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Full {
                    @Bits(6) int a();
                    @Bits(3) int b();
                }
                """, "BitfieldOverflow",
                    "the fields need 9 bits, but Full is @Bitfield(bits = 8): field b() would occupy bits 6..8",
                    5, 18),
            // explicit position past the declared width
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 32) interface Far {
                    @Bits(value = 4, at = 30) int tail();
                }
                """, "BitfieldOverflow",
                    "field tail() at bit 30 is 4 bits wide, so it would occupy bits 30..33, past the last bit"
                            + " (31) of @Bitfield(bits = 32)",
                    4, 27),
            // overlapping fields name both and the next free bit
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 16) interface Overlap {
                    @Bits(8) int a();
                    @Bits(value = 4, at = 4) int b();
                }
                """, "BitfieldOverlap",
                    "fields overlap: field b() starts at bit 4, but bits 0..7 belong to field a(); the next"
                            + " unused bit is 8",
                    5, 27),
            // fields out of bit order
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 16) interface Order {
                    @Bits(value = 4, at = 8) int a();
                    @Bits(value = 4, at = 0) int b();
                }
                """, "BitfieldOrder",
                    "field b() at bit 0 comes before the previous field a() ends; declare fields in bit order",
                    5, 27),
            // negative position
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 16) interface Neg {
                    @Bits(value = 4, at = -3) int a();
                }
                """, "BitfieldPosition",
                    "@Bits(at = -3) must be a bit position",
                    4, 27),
            // int field straddling bit32
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface Straddle {
                    @Bits(20) int a();
                    @Bits(20) int b();
                }
                """, "BitfieldStraddle",
                    "field b() would occupy bits 20..39, across bit 32: GCC never lets an `unsigned int` bitfield"
                            + " straddle a 32-bit unit",
                    5, 19),
            // enum code that does not fit the width
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Entry {
                    enum Type { @Code(0) UC, @Code(6) WB }
                    @Bits(2) Type type();
                }
                """, "BitfieldWidth",
                    "enum field type() is 2 bits wide, but Type.WB has the code 6, which needs 3 bits",
                    5, 11),
            // two constants with one code
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Dup {
                    enum Type {
                        @Code(1) A,
                        @Code(1) B
                    }
                    Type type();
                }
                """, "BitfieldCode",
                    "Type.B has the code 1, which A already has",
                    6, 15),
            // negative code
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface NegCode {
                    enum Type {
                        @Code(-1) A
                    }
                    Type type();
                }
                """, "BitfieldCode",
                    "Type.A has the negative code -1; codes are unsigned",
                    5, 15),
            // enum without constants
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface NoConst {
                    enum Nothing {}
                    Nothing type();
                }
                """, "BitfieldCode",
                    "enum Nothing has no constants",
                    4, 5),
            // enum type the generated class cannot see
            row("""
                package t;
                import org.bitunion.*;
                class Outer {
                    private enum Private { X }
                    @Bitfield(bits = 8) interface UsesHidden {
                        Private p();
                    }
                }
                """, "BitfieldType",
                    "field p() has the type Private, which Private makes invisible from package t, where the"
                            + " generated class lives; make it non-private",
                    6, 17),
            // method with parameters
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface P {
                    boolean flag(int index);
                }
                """, "BitfieldMethod",
                    "field flag() must not have parameters",
                    4, 13),
            // method with type parameters
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface TP {
                    <T> boolean flag();
                }
                """, "BitfieldMethod",
                    "field flag() must not have type parameters",
                    4, 17),
            // unsupported return types: 5 errors in one declaration
            row(UNSUPPORTED_TYPES, "BitfieldType",
                    "field name() has the unsupported type java.lang.String",
                    4, 21),
            row(UNSUPPORTED_TYPES, "BitfieldType",
                    "field boxed() has the unsupported type java.lang.Integer",
                    5, 22),
            row(UNSUPPORTED_TYPES, "BitfieldType",
                    "field real() has the unsupported type float",
                    6, 20),
            row(UNSUPPORTED_TYPES, "BitfieldCount",
                    "field array() has the unsupported type int[] without a length: an array field needs"
                    + " @Bits(count = n)",
                    7, 5),
            row(UNSUPPORTED_TYPES, "BitfieldType",
                    "field small() has the unsupported type short",
                    8, 20),
            // bitfield on a class
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) class C {}
                """, "BitfieldKind",
                    "@Bitfield applies to interfaces, but C is a class",
                    3, 21),
            // bitfield on an enum
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) enum En { A }
                """, "BitfieldKind",
                    "@Bitfield applies to interfaces, but En is an enum",
                    3, 21),
            // generic interface
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface G<T> { boolean a(); }
                """, "BitfieldGeneric",
                    "@Bitfield interface G must not have type parameters",
                    3, 21),
            // interface without fields
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface Nothing {}
                """, "BitfieldEmpty",
                    "@Bitfield interface Nothing declares no fields",
                    3, 21),
            // interface extending another
            row("""
                package t;
                import org.bitunion.*;
                interface Base { }
                @Bitfield(bits = 8) interface Ext extends Base { boolean a(); }
                """, "BitfieldExtends",
                    "@Bitfield interface Ext must not extend other interfaces",
                    4, 21),
            // field named like the generated to string
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface S {
                    boolean toString();
                }
                """, "BitfieldName",
                    "field toString() would generate a static toString(word) that clashes with"
                            + " java.lang.Object.toString",
                    4, 13),
            // field named like the generated diff
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface D {
                    boolean diff();
                }
                """, "BitfieldName",
                    "field diff() generates diff, which clashes with the generated diff(before, after)",
                    4, 13),
            // field named like another fields wither
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface W {
                    boolean level();
                    boolean withLevel();
                }
                """, "BitfieldName",
                    "field withLevel() generates withLevel, which clashes with the generated withLevel of field"
                            + " level()",
                    5, 13),
            // two fields with one constant name
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface K {
                    boolean fooBar();
                    boolean foo_bar();
                }
                """, "BitfieldName",
                    "field foo_bar() generates FOO_BAR_SHIFT, which clashes with the generated FOO_BAR_SHIFT of"
                            + " field fooBar()",
                    5, 13),
            // field whose mask clashes with fields mask
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface F {
                    boolean fields();
                }
                """, "BitfieldName",
                    "field fields() generates FIELDS_MASK, which clashes with the generated FIELDS_MASK constant",
                    4, 13),
            // enum field whose code getter clashes with a field
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface EC {
                    enum T { A, B }
                    T kind();
                    boolean kindCode();
                }
                """, "BitfieldName",
                    "field kindCode() generates kindCode, which clashes with the generated kindCode of field kind()",
                    6, 13),
            // enum field whose code writer clashes with a field
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface EW {
                    enum T { A, B }
                    T kind();
                    boolean withKindCode();
                }
                """, "BitfieldName",
                    "field withKindCode() generates withKindCode, which clashes with the generated withKindCode"
                            + " of field kind()",
                    6, 13),
            // field clashing with the flat name of a nested field
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface Flat {
                    @Bitfield(bits = 8) interface Inner { @Bits(8) int level(); }
                    @Bits(8) int innerLevel();
                    Inner inner();
                }
                """, "BitfieldName",
                    "field inner() (its inner.level is reached as innerLevel) generates innerLevel, which clashes"
                            + " with the getter innerLevel of field innerLevel()",
                    6, 11),
            // type nested in itself
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 32) interface Self { Self self(); }
                """, "BitfieldCycle",
                    "field self() nests Self inside itself (Self -> Self)",
                    3, 44),
            // nested type whose width is not what bits says
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface Outer {
                    @Bitfield(bits = 12) interface Inner { @Bits(12) int x(); }
                    @Bits(16) Inner inner();
                }
                """, "BitfieldWidth",
                    "field inner() has the @Bitfield type Inner, which is 12 bits wide, but @Bits says 16",
                    5, 11),
            // nested type with errors of its own: 2 errors in one declaration
            row(BROKEN_NESTED, "BitfieldNested",
                    "field broken() has the @Bitfield type Broken, which has errors of its own",
                    5, 12),
            row(BROKEN_NESTED, "BitfieldOverflow",
                    "the fields need 9 bits, but Broken is @Bitfield(bits = 8): field x() would occupy bits 0..8",
                    4, 57),
            // a negative code is one error, on the code, however many fields use the enum (its width from the
            // codes is not checked as well: -1 would need 64 bits)
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 16) interface NegCodeTwice {
                    enum Mode { @Code(-1) A }
                    Mode first();
                    @Bits(2) Mode second();
                }
                """, "BitfieldCode",
                    "Mode.A has the negative code -1; codes are unsigned",
                    4, 23));

    /**
     * Structs in memory, signed, big-endian and array fields, unions of alternatives (the struct work's cases).
     */
    static final List<DiagnosticRow> STRUCT_ROWS = List.of(
            // bits above 64 not a whole number of bytes
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(
                    bits = 70)
                interface S { boolean a(); }
                """, "BitfieldBits",
                    "70 is not a whole number of bytes, use 72",
                    4, 12),
            // bits above the largest struct
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(
                    bits = 65544)
                interface S { boolean a(); }
                """, "BitfieldBits",
                    "a multiple of 8 up to 65536",
                    4, 12),
            // big-endian field not on a byte boundary
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(4) int a();
                    @BigEndian
                    @Bits(16) int b();
                }
                """, "BitfieldBigEndian",
                    "starts at bit 4, which is not on a byte boundary: only whole bytes have a byte order,"
                            + " and GCC would place a __be16 member at bit 16; place it with @Bits(at = 16)",
                    5, 5),
            // big-endian field of 24 bits
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @BigEndian
                    @Bits(24) int b();
                }
                """, "BitfieldBigEndian",
                    "field b() is 24 bits wide, but only 16, 32 and 64-bit fields (C __be16, __be32, __be64)"
                            + " have a byte order",
                    4, 5),
            // big-endian boolean
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @BigEndian
                    boolean b();
                }
                """, "BitfieldBigEndian",
                    "@BigEndian on b(), a boolean field",
                    4, 5),
            // big-endian field byte-aligned but not where GCC puts a __be16
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(8) int a();
                    @BigEndian @Bits(16) int b();
                }
                """, "BitfieldAlign",
                    "field b() starts at bit 8, but it is a __be16 member, which GCC places at a multiple of"
                            + " its alignment (2 bytes): at bit 16; place it with @Bits(at = 16), or declare the"
                            + " @Bitfield packed = true to keep it at byte 1",
                    5, 30),
            // signed boolean
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface S {
                    @Bits(
                        signed = true)
                    boolean b();
                }
                """, "BitfieldSigned",
                    "field b() is @Bits(signed = true), but a boolean is one bit with no sign",
                    5, 18),
            // signed enum
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 8) interface S {
                    enum Mode { A, B }
                    @Bits(
                        signed = true)
                    Mode mode();
                }
                """, "BitfieldSigned",
                    "an enum field holds unsigned codes",
                    6, 18),
            // signed nested union
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 16) interface S {
                    @Bitfield(bits = 4) interface In { @Bits(4) int x(); }
                    @Bits(
                        signed = true)
                    In in();
                }
                """, "BitfieldSigned",
                    "a nested @Bitfield holds a word of fields",
                    6, 18),
            // array with count 0
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(value = 32,
                        count = 0)
                    int[] pir();
                }
                """, "BitfieldCount",
                    "array field pir() has @Bits(count = 0), but an array has 1 element or more",
                    5, 17),
            // count on a field that is not an array
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(value = 16,
                        count = 4)
                    int pir();
                }
                """, "BitfieldCount",
                    "field pir() has @Bits(count = 4), but count is for array fields",
                    5, 17),
            // array without count
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(32)
                    int[] pir();
                }
                """, "BitfieldCount",
                    "field pir() has the unsupported type int[] without a length: an array field needs"
                            + " @Bits(count = n), its number of elements",
                    4, 5),
            // an alternative wider than its union
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96, union = true) interface S {
                    @Bits(8) int first();
                    @Bits(value = 32, count = 4) int[] words();
                }
                """, "BitfieldOverflow",
                    "alternative words() is 128 bits wide, but the union S is @Bitfield(bits = 96, union ="
                            + " true); every alternative must fit it",
                    5, 40),
            // overlapping fields of a struct that is not a union
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(8) int a();
                    @Bits(value = 8,
                        at = 4) int b();
                }
                """, "BitfieldOverlap",
                    "declare the @Bitfield union = true if the fields are alternatives",
                    6, 14),
            // long field across a 64-bit boundary
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 128) interface S {
                    @Bits(60) long a();
                    @Bits(8) long b();
                }
                """, "BitfieldStraddle",
                    "field b() would occupy bits 60..67, across bit 64: GCC never lets an `unsigned long"
                            + " long` bitfield straddle a 64-bit unit and would move it to bit 64. Place it with"
                            + " @Bits(at = 64), or declare the @Bitfield packed = true",
                    5, 19),
            // int field across bit 96 of a struct
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 128) interface S {
                    @Bits(value = 26, at = 64) int a();
                    @Bits(10) int b();
                }
                """, "BitfieldStraddle",
                    "field b() would occupy bits 90..99, across bit 96",
                    5, 19),
            // array element across a 32-bit boundary
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(26) int a();
                    @Bits(value = 5, count = 2) int[] b();
                }
                """, "BitfieldStraddle",
                    "element 1 of field b() would occupy bits 31..35, across bit 32",
                    5, 39),
            // nested struct not at its alignment
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 160) interface S {
                    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }
                    @Bits(8) int a();
                    In in();
                }
                """, "BitfieldAlign",
                    "field in() starts at bit 8, but it is the nested struct In, which GCC places at a"
                            + " multiple of its alignment (4 bytes): at bit 32",
                    6, 8),
            // u8 array not on a byte boundary in a packed struct
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 72, packed = true) interface S {
                    @Bits(3) int a();
                    @Bits(value = 8, count = 2) int[] b();
                }
                """, "BitfieldAlign",
                    "it is the C array u8 b[2], which GCC places at a byte boundary (only bitfields share"
                            + " bytes, even when packed): at bit 8",
                    5, 39),
            // struct size not a multiple of its alignment
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(
                    bits = 72)
                interface S {
                    @Bits(64) long a();
                    @Bits(8) int b();
                }
                """, "BitfieldAlign",
                    "its fields align it to 8 bytes, so GCC's sizeof would be 16 bytes (tail padding"
                            + " included), not 9; declare bits = 128, or packed = true",
                    4, 12),
            // struct in memory nested in a word union
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface S {
                    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }
                    In in();
                }
                """, "BitfieldNested",
                    "field in() has the type In, a struct in memory of 96 bits, which cannot be part of a"
                            + " word union of 64 bits",
                    5, 8),
            // struct in memory nested in a word union
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 64) interface S {
                    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }
                    In in();
                }
                """, "BitfieldOverflow",
                    "the fields need 96 bits, but S is @Bitfield(bits = 64): field in() would occupy bits"
                            + " 0..95",
                    5, 8),
            // a field named like another's setter
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(8) int a();
                    @Bits(8) int setA();
                }
                """, "BitfieldName",
                    "field setA() generates setA, which clashes with the generated setA of field a()",
                    5, 18),
            // a field named like a flattened nested struct field
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 192) interface S {
                    @Bitfield(bits = 96) interface In { @Bits(32) int x(); }
                    In in();
                    @Bits(32) int inX();
                }
                """, "BitfieldName",
                    "field inX() generates inX, which clashes with the generated inX of in.x",
                    6, 19),
            // explicit @Bits(-1) on an int is still a width error
            row("""
                package t;
                import org.bitunion.*;
                @Bitfield(bits = 96) interface S {
                    @Bits(-1) int a();
                }
                """, "BitfieldWidth",
                    "int field a() is @Bits(-1), but an int field holds 1 to 32 bits",
                    4, 11));

    private DiagnosticTable() {}

    private static DiagnosticRow row(String source, String tag, String message, int line, int column) {
        return new DiagnosticRow(source, tag, message, line, column);
    }
}
