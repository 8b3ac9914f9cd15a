package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.List;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.MemoryProbes.Leaf;

/**
 * Writes a consumer's {@code main} for Java 22+ that drives the {@code MemorySegment} accessors of declarations the
 * way user code does (statically typed calls, so the accessors must exist with CONTRACT.md's signatures), and prints
 * what it saw: for each declaration and round, the whole segment's bytes and every value read back. {@link #expected}
 * computes the same lines through the {@code byte[]} accessors, so the two can be compared line by line.
 *
 * <p>Each declaration lives at offset {@value #OFFSET} of a segment of {@code SIZE + 8} bytes that starts as the
 * declaration's {@link MemoryProbes#initialBytes random bytes}, once a native segment and once a heap one
 * ({@code MemorySegment.ofArray}, aligned to a byte only); round {@code DISTINCT} stores each value's
 * distinct-bytes value, round {@code MIN} then each minimum (negative for signed fields).
 */
public final class SegmentConsumerWriter {
    public static final int OFFSET = 3;
    public static final int EXTRA = 8;

    private SegmentConsumerWriter() {}

    enum Round { DISTINCT, MIN }

    private static long value(Leaf leaf, Round round) {
        return round == Round.DISTINCT ? leaf.distinctBytes() : leaf.min();
    }

    /** The start bytes: random margins around the declaration's initial bytes, the same on both sides. */
    public static byte[] startBytes(BitfieldSpec spec) {
        byte[] bytes = new byte[spec.sizeBytes() + EXTRA];
        new java.util.Random(spec.bits() * 7919L + spec.name().hashCode()).nextBytes(bytes);
        System.arraycopy(MemoryProbes.initialBytes(spec), 0, bytes, OFFSET, spec.sizeBytes());
        return bytes;
    }

    public static String source(String packageName, String className, List<BitfieldSpec> specs) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n\n");
        out.append("import java.lang.foreign.Arena;\nimport java.lang.foreign.MemorySegment;\n");
        out.append("import java.lang.foreign.ValueLayout;\nimport java.util.HexFormat;\n\n");
        out.append("public final class ").append(className).append(" {\n");
        out.append("""
                    private static void print(String key, Object value) {
                        System.out.println(key + " " + value);
                    }

                    private static String hex(MemorySegment segment) {
                        return HexFormat.of().formatHex(segment.toArray(ValueLayout.JAVA_BYTE));
                    }

                    private static MemorySegment start(Arena arena, String hex) {
                        byte[] bytes = HexFormat.of().parseHex(hex);
                        if (arena == null) {
                            return MemorySegment.ofArray(bytes); // a heap segment: byte-aligned at best
                        }
                        MemorySegment segment = arena.allocate(bytes.length);
                        MemorySegment.copy(bytes, 0, segment, ValueLayout.JAVA_BYTE, 0, bytes.length);
                        return segment;
                    }

                """);
        List<String> methods = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            String method = "run" + spec.name();
            methods.add(method);
            out.append("    private static void ").append(method).append("(Arena arena) {\n");
            out.append("        MemorySegment s = start(arena, \"").append(ByteModel.hex(startBytes(spec)))
                    .append("\");\n");
            String bits = spec.generatedClassName();
            for (Round round : Round.values()) {
                for (Leaf leaf : MemoryProbes.leaves(spec)) {
                    String literal = literal(spec, leaf, value(leaf, round));
                    if (spec.wide()) {
                        out.append("        ").append(bits).append(".set")
                                .append(GeneratedStruct.capitalize(leaf.accessorName())).append("(s, ")
                                .append(OFFSET).append("L").append(indices(leaf)).append(", ").append(literal)
                                .append(");\n");
                    } else {
                        out.append("        ").append(bits).append(".store(s, ").append(OFFSET).append("L, ")
                                .append(bits).append(".with").append(leaf.field().capitalized()).append('(')
                                .append(bits).append(".load(s, ").append(OFFSET).append("L)").append(indices(leaf))
                                .append(", ").append(literal).append("));\n");
                    }
                }
                String prefix = spec.qualifiedName() + "." + round;
                out.append("        print(\"").append(prefix).append(".bytes\", hex(s));\n");
                for (Leaf leaf : MemoryProbes.leaves(spec)) {
                    String read = spec.wide()
                            ? bits + "." + leaf.accessorName() + "(s, " + OFFSET + "L" + indices(leaf) + ")"
                            : bits + "." + leaf.field().name() + "(" + bits + ".load(s, " + OFFSET + "L)"
                                    + indices(leaf) + ")";
                    out.append("        print(\"").append(prefix).append('.').append(leaf.name()).append("\", ")
                            .append(read).append(");\n");
                }
            }
            Leaf first = MemoryProbes.leaves(spec).get(0);
            String prefix = spec.qualifiedName() + ".FAIL";
            String valid = literal(spec, first, first.min());
            String beyond = "s.byteSize() - " + spec.sizeBytes() + " + 1";
            out.append("        print(\"").append(prefix).append(".offset\", failure(() -> ")
                    .append(setCall(spec, first, beyond, valid)).append("));\n");
            String tooBig = tooBig(first);
            if (tooBig != null) {
                out.append("        print(\"").append(prefix).append(".value\", failure(() -> ")
                        .append(setCall(spec, first, OFFSET + "L", tooBig)).append("));\n");
            }
            out.append("        print(\"").append(prefix).append(".bytes\", hex(s));\n");
            out.append("    }\n\n");
        }
        out.append("""
                    private static String failure(Runnable call) {
                        try {
                            call.run();
                            return "no exception";
                        } catch (IndexOutOfBoundsException e) {
                            return "IndexOutOfBoundsException"; // ArrayIndex... or the segment's own: the contract's
                        } catch (RuntimeException e) {
                            return e.getClass().getSimpleName();
                        }
                    }

                """);
        out.append("    public static void main(String[] args) {\n");
        out.append("        try (Arena arena = Arena.ofConfined()) {\n");
        for (String method : methods) {
            out.append("            ").append(method).append("(arena);\n");
            out.append("            ").append(method).append("(null);\n");
        }
        out.append("        }\n    }\n}\n");
        return out.toString();
    }

    private static String setCall(BitfieldSpec spec, Leaf leaf, String offset, String literal) {
        String bits = spec.generatedClassName();
        if (spec.wide()) {
            return bits + ".set" + GeneratedStruct.capitalize(leaf.accessorName()) + "(s, " + offset + indices(leaf)
                    + ", " + literal + ")";
        }
        return bits + ".store(s, " + offset + ", " + bits + ".with" + leaf.field().capitalized() + "(" + bits
                + ".load(s, " + offset + ")" + indices(leaf) + ", " + literal + "))";
    }

    /** A value one past the leaf's range, as a literal of its Java type; null where every value fits. */
    private static String tooBig(Leaf leaf) {
        FieldSpec field = leaf.field();
        boolean isLong = field.kind() == BitfieldSpec.Kind.LONG;
        if ((field.kind() != BitfieldSpec.Kind.INT && !isLong) || leaf.width() >= (isLong ? 64 : 32)) {
            return null;
        }
        long value = leaf.signed() ? 1L << (leaf.width() - 1) : 1L << leaf.width();
        return isLong ? value + "L" : "(int) " + value + "L";
    }

    private static Object tooBigValue(Leaf leaf) {
        long value = leaf.signed() ? 1L << (leaf.width() - 1) : 1L << leaf.width();
        return leaf.field().kind() == BitfieldSpec.Kind.LONG ? (Object) value : (Object) (int) value;
    }

    private static String failure(GeneratedStruct.Call call) {
        try {
            call.run();
            return "no exception";
        } catch (IndexOutOfBoundsException e) {
            return "IndexOutOfBoundsException";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static String indices(Leaf leaf) {
        StringBuilder out = new StringBuilder();
        for (int index : leaf.indices()) {
            out.append(", ").append(index);
        }
        return out.toString();
    }

    private static String literal(BitfieldSpec spec, Leaf leaf, long raw) {
        FieldSpec field = leaf.field();
        long value = leaf.signedValue(raw);
        return switch (field.kind()) {
            case BOOLEAN -> raw != 0 ? "true" : "false";
            case INT -> "(int) 0x" + Long.toHexString(value & 0xFFFF_FFFFL) + "L";
            case LONG -> "0x" + Long.toHexString(value) + "L";
            case NESTED -> field.nested().longWord() ? "0x" + Long.toHexString(raw) + "L"
                    : "(int) 0x" + Long.toHexString(raw) + "L";
            case ENUM -> leaf.owner().qualifiedName() + "." + field.enumType().name() + "."
                    + field.enumType().constants().get(field.enumType().indexOfCode(raw)).name();
        };
    }

    /** The lines the consumer must print, computed with the {@code byte[]} accessors in this JVM. */
    public static List<String> expected(List<GeneratedStruct> declarations) throws Throwable {
        List<String> lines = new ArrayList<>();
        for (GeneratedStruct generated : declarations) {
            // twice: the consumer runs each declaration on a native segment, then on a heap one
            List<String> once = expectedLines(generated);
            lines.addAll(once);
            lines.addAll(once);
        }
        return lines;
    }

    private static List<String> expectedLines(GeneratedStruct generated) throws Throwable {
        List<String> lines = new ArrayList<>();
        BitfieldSpec spec = generated.spec();
        byte[] bytes = startBytes(spec);
        for (Round round : Round.values()) {
            for (Leaf leaf : MemoryProbes.leaves(spec)) {
                generated.set(GeneratedStruct.Memory.BYTE_ARRAY, bytes, OFFSET, leaf, value(leaf, round));
            }
            String prefix = spec.qualifiedName() + "." + round;
            lines.add(prefix + ".bytes " + ByteModel.hex(bytes));
            for (Leaf leaf : MemoryProbes.leaves(spec)) {
                lines.add(prefix + "." + leaf.name() + " "
                        + generated.get(GeneratedStruct.Memory.BYTE_ARRAY, bytes, OFFSET, leaf));
            }
        }
        // The failures the consumer provokes: an offset past the end, a value out of range; no byte changes.
        Leaf first = MemoryProbes.leaves(spec).get(0);
        String prefix = spec.qualifiedName() + ".FAIL";
        int beyond = bytes.length - spec.sizeBytes() + 1;
        lines.add(prefix + ".offset " + failure(() -> generated.set(GeneratedStruct.Memory.BYTE_ARRAY, bytes,
                beyond, first, first.min())));
        if (tooBig(first) != null) {
            lines.add(prefix + ".value " + failure(() -> generated.setValue(GeneratedStruct.Memory.BYTE_ARRAY,
                    bytes, OFFSET, first, tooBigValue(first))));
        }
        lines.add(prefix + ".bytes " + ByteModel.hex(bytes));
        return lines;
    }
}
