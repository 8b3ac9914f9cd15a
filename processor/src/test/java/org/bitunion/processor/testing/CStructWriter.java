package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;
import org.bitunion.processor.testing.MemoryProbes.Leaf;
import org.bitunion.processor.testing.MemoryProbes.Probe;
import org.bitunion.processor.testing.MemoryProbes.Step;
import org.bitunion.processor.testing.MemoryProbes.Store;

/**
 * Writes the C struct equivalent to a wide {@link BitfieldSpec} (CONTRACT.md section 4) the way a header would
 * declare it, and a program that runs every {@link MemoryProbes memory probe} and prints the bytes it ends with.
 * One program holds any number of declarations, so gcc runs once per batch.
 *
 * <pre>{@code
 * struct IpHeader {
 *     unsigned int ihl : 4;                 // boolean, int and enum fields (int x : w when signed)
 *     unsigned long long pfn : 40;          // long fields
 *     struct bu_be16 totLen;                // @BigEndian: __be16, network order done by gcc itself
 *     uint16_t words[4];                    // an array of 8/16/32/64-bit elements on their natural alignment
 *     unsigned int nibbles_0 : 4;           // any other array: one bitfield per element
 *     unsigned int role : 32;               // a nested word union: a bitfield holding the inner word
 *     struct Segment segments[2];           // a nested struct (or an array of them)
 *     unsigned int : 3; unsigned char pad_1[2]; // a gap before an explicit `at`
 * };
 * }</pre>
 *
 * A union of alternatives is a C {@code union} of the same members (one with an {@code at}, or an array of
 * bitfields, inside an anonymous struct); {@code packed} is {@code __attribute__((packed))}. Word unions ({@code bits <= 64}) are
 * written by {@link CUnionWriter} and probed through their {@code word} the same way.
 */
public final class CStructWriter {
    private CStructWriter() {}

    /** The wrapper structs that make gcc store a scalar in network order. */
    static final String BIG_ENDIAN_TYPES = """
            #define BU_BE(name, type) struct __attribute__((scalar_storage_order("big-endian"))) name { type v; };
            BU_BE(bu_be16, uint16_t) BU_BE(bu_be32, uint32_t) BU_BE(bu_be64, uint64_t)
            BU_BE(bu_sbe16, int16_t) BU_BE(bu_sbe32, int32_t) BU_BE(bu_sbe64, int64_t)
            """;

    private static final String DUMP = """

            static void dump(const char *key, const void *p, size_t n) {
                const unsigned char *b = p;
                printf("%s ", key);
                for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
                printf("\\n");
            }

            """;

    /** Whether C can say the same thing with the members above (word unions: {@link CUnionWriter#expressibleInC}). */
    public static boolean expressibleInC(BitfieldSpec spec) {
        if (!spec.wide()) {
            return CUnionWriter.expressibleInC(spec);
        }
        for (PlacedField placed : spec.layout()) {
            FieldSpec field = placed.field();
            if (field.isNestedStruct() && !expressibleInC(field.nested())) {
                return false;
            }
            if (field.kind() == Kind.NESTED && !field.nested().wide() && field.nested().bits() > 64) {
                return false;
            }
        }
        return true;
    }

    /** A complete C program printing one {@code key hexbytes} line per probe of every declaration. */
    public static String program(List<BitfieldSpec> specs) {
        Map<String, BitfieldSpec> ordered = new LinkedHashMap<>();
        for (BitfieldSpec spec : specs) {
            addWithDependencies(spec, ordered);
        }
        StringBuilder out = new StringBuilder();
        out.append("#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n\n");
        out.append(BIG_ENDIAN_TYPES).append('\n');
        for (BitfieldSpec spec : ordered.values()) {
            out.append(spec.wide() ? declaration(spec) : CUnionWriter.unionDeclaration(spec)).append('\n');
        }
        out.append(DUMP);
        List<String> functions = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            String function = "memprobe_" + cName(spec);
            functions.add(function);
            out.append(probeFunction(function, spec, typeName(spec), leaf -> lvalue(spec, leaf), false))
                    .append('\n');
        }
        out.append("int main(void) {\n");
        for (String function : functions) {
            out.append("    ").append(function).append("();\n");
        }
        out.append("    return 0;\n}\n");
        return out.toString();
    }

    /**
     * A program running the same probes on the real C types of {@code headers}, included from the system's headers
     * rather than written by the test: big-endian members ({@code __be16}...) are assigned through a byte swap, as
     * C code does with {@code htons}.
     */
    public static String headerProgram(List<LinuxHeaders.Header> headers) {
        StringBuilder out = new StringBuilder();
        out.append("#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n");
        for (LinuxHeaders.Header header : headers) {
            out.append("#include <").append(header.include()).append(">\n");
        }
        out.append(DUMP);
        List<String> functions = new ArrayList<>();
        for (LinuxHeaders.Header header : headers) {
            String function = "memprobe_" + cName(header.spec());
            functions.add(function);
            out.append(probeFunction(function, header.spec(), header.cType(), leaf -> headerLvalue(header, leaf),
                    true)).append('\n');
        }
        out.append("int main(void) {\n");
        for (String function : functions) {
            out.append("    ").append(function).append("();\n");
        }
        out.append("    return 0;\n}\n");
        return out.toString();
    }

    private static String headerLvalue(LinuxHeaders.Header header, Leaf leaf) {
        StringBuilder out = new StringBuilder("s");
        for (Step step : leaf.path()) {
            out.append('.').append(header.cMember(step.field().name()));
            if (step.field().isArray()) {
                out.append('[').append(step.index()).append(']');
            }
        }
        return out.toString();
    }

    private static void addWithDependencies(BitfieldSpec spec, Map<String, BitfieldSpec> ordered) {
        if (ordered.containsKey(cName(spec))) {
            return;
        }
        for (FieldSpec field : spec.fields()) {
            if (field.kind() == Kind.NESTED && (field.nested().wide() || !spec.wide())) {
                addWithDependencies(field.nested(), ordered);
            }
        }
        ordered.put(cName(spec), spec);
    }

    static String cName(BitfieldSpec spec) {
        return CUnionWriter.cName(spec);
    }

    private static String typeName(BitfieldSpec spec) {
        return spec.wide() ? (spec.union() ? "union " : "struct ") + cName(spec) : "union " + cName(spec);
    }

    /** The struct (or union) declaration alone, with a static assertion of its size. */
    public static String declaration(BitfieldSpec spec) {
        StringBuilder out = new StringBuilder();
        out.append(spec.union() ? "union " : "struct ");
        if (spec.packed()) {
            out.append("__attribute__((packed)) ");
        }
        out.append(cName(spec)).append(" {\n");
        Gaps gaps = new Gaps();
        if (spec.union()) {
            for (PlacedField placed : spec.layout()) {
                boolean ownStruct = representation(placed, spec.packed()) == Representation.BITFIELD_PER_ELEMENT;
                if (placed.shift() == 0 && !ownStruct) {
                    out.append(member(placed, "    ", spec.packed()));
                } else {
                    out.append("    struct {\n").append(gaps.between(0, placed.shift(), "        "))
                            .append(member(placed, "        ", spec.packed())).append("    };\n");
                }
            }
            out.append("    unsigned char tail_pad_[").append(spec.sizeBytes()).append("];\n");
        } else {
            int next = 0;
            for (PlacedField placed : spec.layout()) {
                out.append(gaps.between(next, placed.shift(), "    "));
                out.append(member(placed, "    ", spec.packed()));
                next = placed.end();
            }
            out.append(gaps.between(next, spec.bits(), "    "));
        }
        out.append("};\n");
        out.append("_Static_assert(sizeof(").append(typeName(spec)).append(") == ").append(spec.sizeBytes())
                .append(", \"").append(cName(spec)).append(" is ").append(spec.sizeBytes()).append(" bytes\");\n");
        return out.toString();
    }

    /** How a field is declared in C. */
    private enum Representation { BITFIELD, BITFIELD_PER_ELEMENT, C_ARRAY_ELEMENTS, BIG_ENDIAN, STRUCT }

    private static Representation representation(PlacedField placed, boolean packed) {
        FieldSpec field = placed.field();
        if (field.isNestedStruct()) {
            return Representation.STRUCT;
        }
        if (field.bigEndian()) {
            return Representation.BIG_ENDIAN;
        }
        if (!field.isArray()) {
            return Representation.BITFIELD;
        }
        int width = placed.width();
        boolean natural = (width == 8 || width == 16 || width == 32 || width == 64)
                && field.kind() != Kind.BOOLEAN && field.kind() != Kind.ENUM
                && placed.shift() % (packed ? 8 : width) == 0;
        return natural ? Representation.C_ARRAY_ELEMENTS : Representation.BITFIELD_PER_ELEMENT;
    }

    private static String member(PlacedField placed, String indent, boolean packed) {
        FieldSpec field = placed.field();
        String array = field.isArray() ? "[" + field.count() + "]" : "";
        int width = placed.width();
        return switch (representation(placed, packed)) {
            case STRUCT -> indent + typeName(field.nested()) + " " + field.name() + array + ";\n";
            case BIG_ENDIAN -> indent + "struct bu_" + (field.signed() ? "s" : "") + "be" + width + " "
                    + field.name() + array + ";\n";
            case C_ARRAY_ELEMENTS -> indent + (field.signed() ? "int" : "uint") + width + "_t " + field.name()
                    + array + ";\n";
            case BITFIELD -> indent + bitfieldType(field) + " " + field.name() + " : " + width + ";\n";
            case BITFIELD_PER_ELEMENT -> {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < field.count(); i++) {
                    out.append(indent).append(bitfieldType(field)).append(' ').append(field.name()).append('_')
                            .append(i).append(" : ").append(width).append(";\n");
                }
                yield out.toString();
            }
        };
    }

    /** {@code unsigned int} for int storage, {@code unsigned long long} for long storage; signed without unsigned. */
    private static String bitfieldType(FieldSpec field) {
        String type = field.longStorage() ? "long long" : "int";
        return field.signed() ? type : "unsigned " + type;
    }

    /**
     * Unused bits between two positions, as a header pads: unnamed bitfields up to a byte boundary, a char array
     * for whole bytes, an unnamed bitfield for the rest. None of them can cross a storage unit's boundary.
     */
    private static final class Gaps {
        private int padCount;

        String between(int from, int to, String indent) {
            StringBuilder out = new StringBuilder();
            int at = from;
            if (at % 8 != 0 && at < to) {
                int piece = Math.min(to, (at / 8 + 1) * 8) - at;
                out.append(indent).append("unsigned int : ").append(piece).append(";\n");
                at += piece;
            }
            if (to - at >= 8) {
                out.append(indent).append("unsigned char pad_").append(++padCount).append('[')
                        .append((to - at) / 8).append("];\n");
                at += (to - at) / 8 * 8;
            }
            if (to > at) {
                out.append(indent).append("unsigned int : ").append(to - at).append(";\n");
            }
            return out.toString();
        }
    }

    /** The lvalue C assigns a leaf through, starting from the object {@code s}. */
    static String lvalue(BitfieldSpec spec, Leaf leaf) {
        if (!spec.wide()) {
            return CUnionWriter.member(spec, leaf.field(), leaf.path().get(0).index(), "s");
        }
        StringBuilder out = new StringBuilder("s");
        for (Step step : leaf.path()) {
            FieldSpec field = step.field();
            String index = step.field().isArray() ? "[" + step.index() + "]" : "";
            switch (representation(step.placed(), step.owner().packed())) {
                case STRUCT, C_ARRAY_ELEMENTS -> out.append('.').append(field.name()).append(index);
                case BIG_ENDIAN -> out.append('.').append(field.name()).append(index).append(".v");
                case BITFIELD -> out.append('.').append(field.name());
                case BITFIELD_PER_ELEMENT -> out.append('.').append(field.name()).append('_').append(step.index());
            }
        }
        return out.toString();
    }

    /** A C literal for the raw value: sign-extended for a signed field. */
    private static String literal(Leaf leaf, long raw) {
        if (!leaf.signed()) {
            return BitMath.cHex(raw);
        }
        long value = leaf.signedValue(raw);
        return value == Long.MIN_VALUE ? "(-9223372036854775807LL - 1)" : "(" + value + "LL)";
    }

    /**
     * The C statement storing {@code raw} in a leaf: a plain assignment, or for a field inside a nested word union
     * (which C holds as one bitfield) a read-modify-write of that word.
     */
    private static String assignment(Leaf leaf, long raw, java.util.function.Function<Leaf, String> lvalue,
            boolean swapBigEndian) {
        String value = literal(leaf, raw);
        if (swapBigEndian && leaf.bigEndian()) {
            value = "__builtin_bswap" + leaf.width() + "(" + value + ")";
        }
        int structSteps = leaf.structSteps();
        if (structSteps == leaf.path().size()) {
            return lvalue.apply(leaf) + " = " + value + ";";
        }
        int shift = 0;
        for (Step step : leaf.path().subList(structSteps, leaf.path().size())) {
            shift += step.placed().elementShift(Math.max(0, step.index()));
        }
        String word = lvalue.apply(leaf.prefix(structSteps, leaf.bitOffset() - shift));
        String mask = BitMath.cHex(BitMath.ones(leaf.width()));
        return word + " = (" + word + " & ~(" + mask + " << " + shift + ")) | ((" + BitMath.cHex(raw) + " & " + mask
                + ") << " + shift + ");";
    }

    private static String probeFunction(String function, BitfieldSpec spec, String type,
            java.util.function.Function<Leaf, String> lvalue, boolean swapBigEndian) {
        byte[] initial = MemoryProbes.initialBytes(spec);
        StringBuilder out = new StringBuilder();
        out.append("static const unsigned char init_").append(cName(spec)).append("[] = {");
        for (int i = 0; i < initial.length; i++) {
            out.append(i % 24 == 0 ? "\n    " : " ").append(initial[i] & 0xFF).append(',');
        }
        out.append("\n};\n");
        out.append("static void ").append(function).append("(void) {\n");
        out.append("    ").append(type).append(" s;\n");
        out.append("    printf(\"").append(spec.qualifiedName()).append(".SIZEOF %zx\\n\", sizeof s);\n");
        if (spec.wide() && !swapBigEndian) {
            for (PlacedField placed : spec.layout()) {
                if (placed.field().isNestedStruct()) {
                    out.append("    printf(\"").append(spec.qualifiedName()).append('.')
                            .append(placed.field().name()).append(".OFFSETOF %zx\\n\", offsetof(").append(type)
                            .append(", ").append(placed.field().name()).append("));\n");
                }
            }
        }
        for (Probe probe : MemoryProbes.probes(spec)) {
            if (probe.fromZero()) {
                out.append("    memset(&s, 0, sizeof s);\n");
            } else {
                out.append("    memcpy(&s, init_").append(cName(spec)).append(", sizeof s);\n");
            }
            for (Store store : probe.stores()) {
                out.append("    ").append(assignment(store.leaf(), store.raw(), lvalue, swapBigEndian)).append('\n');
            }
            out.append("    dump(\"").append(probe.key()).append("\", &s, sizeof s);\n");
        }
        out.append("}\n");
        return out.toString();
    }
}
