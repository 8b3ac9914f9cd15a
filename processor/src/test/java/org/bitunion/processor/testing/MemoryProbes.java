package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;
import org.bitunion.processor.testing.BitfieldSpec.Kind;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;

/**
 * The memory probes both C and Java run on a declaration, each a list of stores into a copy of the same bytes: the
 * C program ({@link CStructWriter}) prints the bytes it ends with, {@link GeneratedStruct} computes them through the
 * generated accessors, and {@link GccMemoryCrossCheck} compares the two by key.
 *
 * <p>Every value (a {@link Leaf}: a field, an element of an array, a field of a nested struct) is probed at its
 * maximum, at its minimum (signed fields: the negative one) and at a value whose bytes all differ, so a swapped byte
 * order cannot pass, each starting from random bytes so that a store touching a neighbour cannot pass either; then
 * every value in turn, and, from all-zero bytes, each value with every bit set (which shows where GCC put it).
 */
public final class MemoryProbes {
    private MemoryProbes() {}

    /** Its bytes all differ, and so do those of each of its low 16 and 32 bits. */
    private static final long DISTINCT_BYTES = 0xF1E2D3C4B5A69788L;

    /** Arrays longer than this are probed at their first, second and last element only. */
    private static final int ALL_ELEMENTS_UP_TO = 4;

    /**
     * One step from a struct to a value: a field of {@code owner}, with the element {@code index} for an array
     * (else -1; an array's index may be out of range on purpose, to test the accessors' bounds checks).
     */
    public record Step(BitfieldSpec owner, PlacedField placed, int index) {
        public FieldSpec field() {
            return placed.field();
        }
    }

    /**
     * A value of a declaration: a path of fields from the declaration itself (more than one step through nested
     * structs), the bit offset of the value from the start of the outermost struct, and its width.
     */
    public record Leaf(List<Step> path, int bitOffset, int width) {
        public Leaf {
            path = List.copyOf(path);
        }

        public FieldSpec field() {
            return path.get(path.size() - 1).field();
        }

        public BitfieldSpec owner() {
            return path.get(path.size() - 1).owner();
        }

        public boolean bigEndian() {
            return field().bigEndian();
        }

        public boolean signed() {
            return field().signed();
        }

        /**
         * How many steps of the path lead through structs: the rest (if any) are fields inside a nested word union,
         * reached by flattened accessors, whose bits C can only set by a read-modify-write of the word.
         */
        public int structSteps() {
            for (int i = 1; i < path.size(); i++) {
                if (!path.get(i).owner().wide()) {
                    return i;
                }
            }
            return path.size();
        }

        /** The leaf made of the first {@code steps} steps (the word a flattened field lies in), at its own offset. */
        public Leaf prefix(int steps, int wordBitOffset) {
            return new Leaf(path.subList(0, steps), wordBitOffset, path.get(steps - 1).placed().width());
        }

        /** The element indices along the path, in order (the generated accessors take them after the offset). */
        public List<Integer> indices() {
            List<Integer> indices = new ArrayList<>();
            for (Step step : path) {
                if (step.field().isArray()) {
                    indices.add(step.index());
                }
            }
            return indices;
        }

        /** {@code outer.inner[2].field}, for keys and messages. */
        public String name() {
            StringBuilder out = new StringBuilder();
            for (Step step : path) {
                out.append(out.length() == 0 ? "" : ".").append(step.field().name());
                if (step.field().isArray()) {
                    out.append('[').append(step.index()).append(']');
                }
            }
            return out.toString();
        }

        /** {@code outerInnerField}: the flattened accessor name CONTRACT.md section 4 gives a nested struct's field. */
        public String accessorName() {
            StringBuilder out = new StringBuilder(path.get(0).field().name());
            for (Step step : path.subList(1, path.size())) {
                out.append(step.field().capitalized());
            }
            return out.toString();
        }

        /** The largest raw value (bits as stored): all ones, or for a signed field 0111..1; an enum its largest code. */
        public long max() {
            FieldSpec field = field();
            if (field.kind() == Kind.ENUM) {
                return field.enumType().maxCode();
            }
            return signed() ? BitMath.ones(width - 1) : BitMath.ones(width);
        }

        /** The smallest raw value: 0, or for a signed field 100..0; an enum its smallest code. */
        public long min() {
            FieldSpec field = field();
            if (field.kind() == Kind.ENUM) {
                return field.enumType().codeOf(field.enumType().minCodeIndex());
            }
            return signed() ? 1L << (width - 1) : 0;
        }

        /** A raw value whose bytes all differ (an enum: a defined code between the extremes where there is one). */
        public long distinctBytes() {
            FieldSpec field = field();
            if (field.kind() == Kind.ENUM) {
                return field.enumType().codeOf(field.enumType().constants().size() / 2);
            }
            return DISTINCT_BYTES & BitMath.ones(width);
        }

        /** Every bit of the value set. */
        public long ones() {
            return BitMath.ones(width);
        }

        /** The Java value of a raw value for a signed field (sign-extended), else the raw value. */
        public long signedValue(long raw) {
            return signed() ? ByteModel.signExtend(raw, width) : raw;
        }
    }

    /** A store of {@code raw} (the value's bits, zero-extended) into a leaf. */
    public record Store(Leaf leaf, long raw) {}

    /**
     * A probe: start from the declaration's random initial bytes (or zeros), apply the stores in order, compare
     * the bytes. {@code readBack}: every store's value must also read back from GCC's bytes.
     */
    public record Probe(String key, boolean fromZero, List<Store> stores, boolean readBack) {}

    /** The values of a declaration, nested structs flattened, arrays at the elements {@link #indices probed}. */
    public static List<Leaf> leaves(BitfieldSpec spec) {
        List<Leaf> leaves = new ArrayList<>();
        addLeaves(spec, new ArrayList<>(), 0, leaves);
        return leaves;
    }

    private static void addLeaves(BitfieldSpec spec, List<Step> prefix, int base, List<Leaf> leaves) {
        for (PlacedField placed : spec.layout()) {
            FieldSpec field = placed.field();
            List<Integer> indices = field.isArray() ? indices(field.count()) : List.of(-1);
            for (int index : indices) {
                List<Step> path = new ArrayList<>(prefix);
                path.add(new Step(spec, placed, index));
                int offset = base + placed.elementShift(Math.max(0, index));
                if (field.isNestedStruct()) {
                    addLeaves(field.nested(), path, offset, leaves);
                } else {
                    leaves.add(new Leaf(path, offset, placed.width()));
                    if (spec.wide() && flattens(field)) {
                        addWordLeaves(field.nested(), path, offset, leaves);
                    }
                }
            }
        }
    }

    /**
     * Whether a nested word union's fields also get flattened accessors in the struct ({@code controlPartsOn}):
     * a nested word that is neither an array element nor big-endian.
     */
    public static boolean flattens(FieldSpec field) {
        return field.kind() == Kind.NESTED && !field.nested().wide() && !field.isArray() && !field.bigEndian();
    }

    /** The fields of a nested word union, reached through the struct's flattened accessors (not big-endian ones). */
    public static void addWordLeaves(BitfieldSpec word, List<Step> prefix, int base, List<Leaf> leaves) {
        for (PlacedField placed : word.layout()) {
            FieldSpec field = placed.field();
            if (field.bigEndian()) {
                continue;
            }
            for (int index : field.isArray() ? indices(field.count()) : List.of(-1)) {
                List<Step> path = new ArrayList<>(prefix);
                path.add(new Step(word, placed, index));
                int offset = base + placed.elementShift(Math.max(0, index));
                leaves.add(new Leaf(path, offset, placed.width()));
                if (field.kind() == Kind.NESTED && !field.isArray()) {
                    addWordLeaves(field.nested(), path, offset, leaves);
                }
            }
        }
    }

    /** The array elements probed: all of a short array, else the first, second and last. */
    public static List<Integer> indices(int count) {
        if (count <= ALL_ELEMENTS_UP_TO) {
            List<Integer> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.add(i);
            }
            return all;
        }
        return List.of(0, 1, count - 1);
    }

    /** The probes of a declaration, in a stable order. */
    public static List<Probe> probes(BitfieldSpec spec) {
        List<Probe> probes = new ArrayList<>();
        List<Leaf> leaves = leaves(spec);
        List<Store> all = new ArrayList<>();
        for (Leaf leaf : leaves) {
            String prefix = spec.qualifiedName() + "." + leaf.name();
            probes.add(new Probe(prefix + ".MAX", false, List.of(new Store(leaf, leaf.max())), true));
            probes.add(new Probe(prefix + ".MIN", false, List.of(new Store(leaf, leaf.min())), true));
            if (leaf.field().kind() != Kind.BOOLEAN) {
                probes.add(new Probe(prefix + ".BYTES", false, List.of(new Store(leaf, leaf.distinctBytes())),
                        true));
            }
            if (leaf.field().kind() != Kind.ENUM || leaf.field().enumType().indexOfCode(leaf.ones()) >= 0) {
                // From zeros with every bit set: the bits GCC gives the value (an enum only where it is a code).
                probes.add(new Probe(prefix + ".ONES", true, List.of(new Store(leaf, leaf.ones())), true));
            }
            all.add(new Store(leaf, leaf.distinctBytes()));
        }
        probes.add(new Probe(spec.qualifiedName() + ".*.ALL", false, all, disjoint(leaves)));
        return probes;
    }

    /**
     * Whether no two leaves share a bit, so each value stored in turn still reads back at the end (not so for the
     * alternatives of a union, nor for a nested word and its flattened fields).
     */
    private static boolean disjoint(List<Leaf> leaves) {
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i + 1; j < leaves.size(); j++) {
                Leaf a = leaves.get(i);
                Leaf b = leaves.get(j);
                if (a.bitOffset() < b.bitOffset() + b.width() && b.bitOffset() < a.bitOffset() + a.width()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The random bytes every probe of {@code spec} starts from (seeded by its name, so C and Java agree). */
    public static byte[] initialBytes(BitfieldSpec spec) {
        byte[] bytes = new byte[cSize(spec)];
        new Random(spec.qualifiedName().hashCode() * 31L + spec.bits()).nextBytes(bytes);
        return bytes;
    }

    /** The bytes the C object holds: SIZE for a struct, the whole {@code uint32_t}/{@code uint64_t} for a word. */
    public static int cSize(BitfieldSpec spec) {
        return spec.wide() ? spec.sizeBytes() : spec.longWord() ? 8 : 4;
    }
}
