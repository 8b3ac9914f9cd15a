package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;

/**
 * Writes the C union equivalent to a {@link BitfieldSpec}, the way a kernel header would declare it, and a program
 * that prints {@link LayoutProbe probe} words for each field. One program holds any number of declarations, so gcc
 * runs once per test, not once per declaration.
 *
 * <pre>{@code
 * union PageRole {
 *     uint32_t word;
 *     struct {
 *         unsigned int level : 4;          // boolean, int and enum fields
 *         unsigned long long pfn : 40;     // long fields (unsigned int in a union of up to 32 bits)
 *         unsigned long long : 6;          // a gap before an explicit `at` (likewise)
 *         union ExtendedRole ext;          // a nested 32- or 64-bit @Bitfield, as in kvm_mmu_role
 *     } f;
 * };
 * }</pre>
 */
public final class CUnionWriter {
    private CUnionWriter() {}

    /**
     * Whether C can say the same thing: a nested union occupies a whole {@code uint32_t}/{@code uint64_t}, so it
     * must be 32 or 64 bits wide and sit on a multiple of its own size.
     */
    public static boolean expressibleInC(BitfieldSpec spec) {
        for (PlacedField placed : spec.layout()) {
            FieldSpec field = placed.field();
            if (field.kind() == Kind.NESTED) {
                int innerBits = field.nested().bits();
                if ((innerBits != 32 && innerBits != 64) || placed.shift() % innerBits != 0
                        || !expressibleInC(field.nested())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A complete C program printing one {@code key hexword} line per probe of every declaration. */
    public static String program(List<BitfieldSpec> specs) {
        Map<String, BitfieldSpec> ordered = new LinkedHashMap<>();
        for (BitfieldSpec spec : specs) {
            addWithDependencies(spec, ordered);
        }
        StringBuilder out = new StringBuilder();
        out.append("#include <stdint.h>\n#include <stdio.h>\n#include <string.h>\n\n");
        out.append(CStructWriter.BIG_ENDIAN_TYPES).append('\n');
        for (BitfieldSpec spec : ordered.values()) {
            out.append(unionDeclaration(spec)).append('\n');
        }
        out.append("static void put(const char *key, unsigned long long word) {\n")
                .append("    printf(\"%s %llx\\n\", key, word);\n}\n\n");
        List<String> probeFunctions = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            String function = "probe_" + cName(spec);
            probeFunctions.add(function);
            out.append(probeFunction(function, spec)).append('\n');
        }
        out.append("int main(void) {\n");
        for (String function : probeFunctions) {
            out.append("    ").append(function).append("();\n");
        }
        out.append("    return 0;\n}\n");
        return out.toString();
    }

    private static void addWithDependencies(BitfieldSpec spec, Map<String, BitfieldSpec> ordered) {
        if (ordered.containsKey(cName(spec))) {
            return;
        }
        for (FieldSpec field : spec.fields()) {
            if (field.kind() == Kind.NESTED) {
                addWithDependencies(field.nested(), ordered);
            }
        }
        ordered.put(cName(spec), spec);
    }

    static String cName(BitfieldSpec spec) {
        return spec.qualifiedName().replace('.', '_');
    }

    /** The union declaration alone, e.g. for a failure message. */
    public static String unionDeclaration(BitfieldSpec spec) {
        if (!expressibleInC(spec)) {
            throw new IllegalArgumentException(spec.qualifiedName() + " has a nested union C cannot place");
        }
        StringBuilder out = new StringBuilder();
        out.append("union ").append(cName(spec)).append(" {\n");
        out.append("    ").append(spec.longWord() ? "uint64_t" : "uint32_t").append(" word;\n");
        out.append("    struct {\n");
        // In a union of at most 32 bits, long fields and gaps are `unsigned int`: the same layout, and an
        // `unsigned long long` member would make the union 8 bytes, 8-aligned, so it would nest at the wrong offset.
        String longType = spec.longWord() ? "unsigned long long" : "unsigned int";
        if (spec.union()) {
            // A union of alternatives: every member at bit 0 of the union itself; one with an `at` sits in an
            // anonymous struct after its gap.
            out.setLength(out.length() - "    struct {\n".length());
            for (PlacedField placed : spec.layout()) {
                String member = memberDeclaration(placed, longType);
                if (placed.shift() == 0 && !placed.field().isArray()) {
                    out.append("    ").append(member).append(";\n");
                } else {
                    String gap = placed.shift() == 0 ? "" : longType + " : " + placed.shift() + "; ";
                    out.append("    struct { ").append(gap).append(member).append("; };\n");
                }
            }
            out.append("};\n");
        } else {
            int next = 0;
            for (PlacedField placed : spec.layout()) {
                if (placed.shift() > next) {
                    out.append("        ").append(longType).append(" : ").append(placed.shift() - next).append(";\n");
                }
                out.append("        ").append(memberDeclaration(placed, longType)).append(";\n");
                next = placed.end();
            }
            out.append("    } f;\n};\n");
        }
        out.append("_Static_assert(sizeof(union ").append(cName(spec)).append(") == ")
                .append(spec.longWord() ? 8 : 4).append(", \"").append(cName(spec)).append(" is one word\");\n");
        return out.toString();
    }

    private static String memberDeclaration(PlacedField placed, String longType) {
        FieldSpec field = placed.field();
        if (field.isArray()) {
            // an array in a word: one member per element, consecutive (`unsigned int octets_0 : 8; ...`)
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < field.count(); i++) {
                out.append(i == 0 ? "" : "; ").append(memberDeclaration(
                        new PlacedField(field.array(0).named(field.name() + "_" + i), placed.shift(), placed.width()),
                        longType));
            }
            return out.toString();
        }
        if (field.bigEndian()) {
            // __be16/__be32/__be64: its bytes in network order within the word (CStructWriter's wrappers)
            return "struct bu_" + (field.signed() ? "s" : "") + "be" + placed.width() + " " + field.name();
        }
        return switch (field.kind()) {
            case LONG -> (field.signed() ? longType.replace("unsigned ", "") : longType) + " " + field.name() + " : "
                    + placed.width();
            case NESTED -> "union " + cName(field.nested()) + " " + field.name();
            default -> (field.signed() ? "int " : "unsigned int ") + field.name() + " : " + placed.width();
        };
    }

    /** The C lvalue of a field of the union object {@code object}: {@code u.f.level}, {@code u.base.word}. */
    static String member(BitfieldSpec spec, FieldSpec field, String object) {
        return member(spec, field, -1, object);
    }

    /** The lvalue of element {@code index} of an array field ({@code u.f.octets_2}), or of the field when -1. */
    static String member(BitfieldSpec spec, FieldSpec field, int index, String object) {
        if (field.isArray()) {
            return member(spec, field.array(0).named(field.name() + "_" + index), -1, object);
        }
        String suffix = field.bigEndian() ? ".v" : field.kind() == Kind.NESTED ? ".word" : "";
        return object + (spec.union() ? "." : ".f.") + field.name() + suffix;
    }

    private static String probeFunction(String function, BitfieldSpec spec) {
        String union = "union " + cName(spec);
        String word = spec.longWord() ? "" : "(uint32_t)";
        StringBuilder out = new StringBuilder();
        out.append("static void ").append(function).append("(void) {\n");
        out.append("    ").append(union).append(" u;\n");
        for (FieldSpec field : spec.fields()) {
            for (LayoutProbe probe : LayoutProbe.values()) {
                if (probe == LayoutProbe.ALL_MAX) {
                    continue;
                }
                out.append("    memset(&u, ").append(probe.startsAllOnes() ? "0xff" : "0").append(", sizeof u); ");
                out.append(assignment(spec, field, probe.value(field))).append(' ');
                out.append("put(\"").append(probe.key(spec, field)).append("\", ").append(word).append("u.word);\n");
            }
        }
        out.append("    memset(&u, 0, sizeof u);\n");
        for (FieldSpec field : spec.fields()) {
            out.append("    ").append(assignment(spec, field, LayoutProbe.ALL_MAX.value(field))).append('\n');
        }
        out.append("    put(\"").append(LayoutProbe.ALL_MAX.key(spec, null)).append("\", ").append(word)
                .append("u.word);\n");
        out.append("}\n");
        return out.toString();
    }

    private static String assignment(BitfieldSpec spec, FieldSpec field, long value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.elementCount(); i++) {
            out.append(i == 0 ? "" : " ").append(member(spec, field, field.isArray() ? i : -1, "u")).append(" = ")
                    .append(BitMath.cHex(value)).append(';');
        }
        return out.toString();
    }
}
