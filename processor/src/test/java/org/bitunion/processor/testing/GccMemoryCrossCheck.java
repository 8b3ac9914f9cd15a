package org.bitunion.processor.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bitunion.processor.testing.BitfieldSpec.PlacedField;
import org.bitunion.processor.testing.GeneratedStruct.Memory;
import org.bitunion.processor.testing.MemoryProbes.Probe;
import org.bitunion.processor.testing.MemoryProbes.Store;

/**
 * Compares the generated memory accessors with GCC, memory byte by memory byte, for a batch of declarations: one C
 * program ({@link CStructWriter}), one gcc run, every {@link MemoryProbes probe}. For each probe the Java side starts
 * from the same bytes, placed at an offset inside a larger array of random bytes, applies the same stores through
 * {@code byte[]} accessors and through two {@code ByteBuffer}s (heap in big-endian order with a non-zero position,
 * direct in little-endian order); all three must equal GCC's bytes, and nothing outside the struct may change.
 * Every value GCC stored must also read back through the getters from GCC's bytes, and GCC's {@code sizeof},
 * {@code offsetof} and the bits it sets for each value must agree with {@code SIZE} and the offset constants.
 */
public final class GccMemoryCrossCheck {
    private static final int BEFORE = 3;
    private static final int AFTER = 5;

    private GccMemoryCrossCheck() {}

    /** One line per disagreement, each naming the probe and showing both byte strings and the C declaration. */
    public static List<String> compare(List<GeneratedStruct> declarations) throws Exception {
        List<BitfieldSpec> specs = declarations.stream().map(GeneratedStruct::spec).toList();
        return compare(declarations, CStructWriter.program(specs));
    }

    /**
     * The same against another C program printing the same probes, e.g. {@link CStructWriter#headerProgram} over
     * the real types of the system's headers.
     */
    public static List<String> compare(List<GeneratedStruct> declarations, String cProgram) throws Exception {
        Map<String, String> gcc = Gcc.runProgramLines(cProgram);
        List<String> problems = new ArrayList<>();
        for (GeneratedStruct generated : declarations) {
            try {
                compare(generated, gcc, problems);
            } catch (Throwable e) {
                problems.add(generated.spec().qualifiedName() + ": " + e + "\n" + declarationOf(generated.spec()));
            }
        }
        return problems;
    }

    /**
     * GCC against the test's own {@link ByteModel} and layout alone, no generated code involved: every probe's bytes
     * and the {@code sizeof} of every declaration. The oracle of the fuzzer and of {@link #compare} must be right
     * before anything is measured against it.
     */
    public static List<String> compareModel(List<BitfieldSpec> specs) throws Exception {
        return compareModel(specs, CStructWriter.program(specs));
    }

    /** {@link #compareModel(List)} against another C program printing the same probes. */
    public static List<String> compareModel(List<BitfieldSpec> specs, String cProgram) throws Exception {
        Map<String, String> gcc = Gcc.runProgramLines(cProgram);
        List<String> problems = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            if (spec.wide() && Integer.parseInt(gcc.get(spec.qualifiedName() + ".SIZEOF"), 16) != spec.sizeBytes()) {
                problems.add(spec.qualifiedName() + ": gcc's sizeof is not " + spec.sizeBytes());
            }
            byte[] initial = MemoryProbes.initialBytes(spec);
            for (Probe probe : MemoryProbes.probes(spec)) {
                String hex = gcc.get(probe.key());
                if (hex == null) {
                    problems.add(probe.key() + ": the C program printed no bytes");
                    continue;
                }
                checkModel(spec, probe, probe.fromZero() ? new byte[initial.length] : initial,
                        HexFormat.of().parseHex(hex), problems);
            }
        }
        return problems;
    }

    private static String declarationOf(BitfieldSpec spec) {
        if (!CStructWriter.expressibleInC(spec)) {
            return "";
        }
        return spec.wide() ? CStructWriter.declaration(spec) : CUnionWriter.unionDeclaration(spec);
    }

    private static void compare(GeneratedStruct generated, Map<String, String> gcc, List<String> problems)
            throws Throwable {
        BitfieldSpec spec = generated.spec();
        String name = spec.qualifiedName();
        expect(problems, spec, name + ".SIZE", spec.sizeBytes(), generated.constant("SIZE"));
        if (spec.wide()) {
            expect(problems, spec, name + " sizeof (gcc)", Integer.parseInt(gcc.get(name + ".SIZEOF"), 16),
                    generated.constant("SIZE"));
            checkOffsets(generated, gcc, problems);
        }
        byte[] initial = MemoryProbes.initialBytes(spec);
        for (Probe probe : MemoryProbes.probes(spec)) {
            String hex = gcc.get(probe.key());
            if (hex == null) {
                problems.add(probe.key() + ": the C program printed no bytes");
                continue;
            }
            byte[] fromGcc = HexFormat.of().parseHex(hex);
            byte[] start = probe.fromZero() ? new byte[initial.length] : initial;
            checkModel(spec, probe, start, fromGcc, problems);
            int size = spec.sizeBytes();
            byte[] expected = Arrays.copyOf(fromGcc, size);
            for (Memory memory : Memory.values()) {
                for (boolean direct : memory == Memory.BYTE_ARRAY ? new boolean[] {false} : new boolean[] {false, true}) {
                    String where = memory == Memory.BYTE_ARRAY ? "byte[]" : direct ? "direct ByteBuffer" : "heap ByteBuffer";
                    byte[] actual;
                    try {
                        actual = runOnJava(generated, probe, start, memory, direct, problems, where);
                    } catch (Throwable e) {
                        problems.add(probe.key() + " (" + where + "): threw " + e + "\n" + declarationOf(spec));
                        continue;
                    }
                    if (actual != null && !Arrays.equals(expected, actual)) {
                        problems.add(probe.key() + " (" + where + "): gcc " + ByteModel.hex(expected) + ", Java "
                                + ByteModel.hex(actual) + " (differing bytes " + ByteModel.differences(expected, actual)
                                + ")\n" + declarationOf(spec));
                    }
                }
            }
            if (probe.readBack()) {
                readBack(generated, probe, fromGcc, problems);
            }
        }
    }

    /** GCC against the test's own byte model: the fuzzer's oracle is only as good as that model. */
    private static void checkModel(BitfieldSpec spec, Probe probe, byte[] start, byte[] fromGcc,
            List<String> problems) {
        ByteModel model = new ByteModel(start);
        for (Store store : probe.stores()) {
            model.store(store.leaf().bitOffset(), store.leaf().width(), store.raw(), store.leaf().bigEndian());
        }
        if (!model.sameAs(fromGcc)) {
            problems.add(probe.key() + ": gcc " + ByteModel.hex(fromGcc) + ", the test's byte model "
                    + ByteModel.hex(model.bytes()) + " (a bug in the test, or a layout the model gets wrong)\n"
                    + declarationOf(spec));
        }
    }

    /**
     * The probe's stores through the generated accessors, on the struct's bytes at offset {@value #BEFORE} of a
     * larger buffer; returns the struct's bytes afterwards (null after recording a problem outside them).
     */
    private static byte[] runOnJava(GeneratedStruct generated, Probe probe, byte[] start, Memory memory,
            boolean direct, List<String> problems, String where) throws Throwable {
        int size = generated.spec().sizeBytes();
        byte[] whole = new byte[BEFORE + size + AFTER];
        new java.util.Random(probe.key().hashCode()).nextBytes(whole);
        System.arraycopy(start, 0, whole, BEFORE, size);
        byte[] original = whole.clone();
        Object target;
        ByteBuffer buffer = null;
        if (memory == Memory.BYTE_ARRAY) {
            target = whole;
        } else {
            buffer = direct ? ByteBuffer.allocateDirect(whole.length).order(ByteOrder.LITTLE_ENDIAN)
                    : ByteBuffer.allocate(whole.length); // big-endian, the default order
            buffer.put(0, whole);
            buffer.position(direct ? 0 : 2); // accessors take absolute offsets, whatever the position
            target = buffer;
        }
        for (Store store : probe.stores()) {
            generated.set(memory, target, BEFORE, store.leaf(), store.raw());
        }
        if (buffer != null) {
            buffer.get(0, whole);
            if (buffer.position() != (direct ? 0 : 2) || buffer.order() != (direct ? ByteOrder.LITTLE_ENDIAN
                    : ByteOrder.BIG_ENDIAN)) {
                problems.add(probe.key() + " (" + where + "): the accessors changed the buffer's position or order");
            }
        }
        for (int i = 0; i < whole.length; i++) {
            if ((i < BEFORE || i >= BEFORE + size) && whole[i] != original[i]) {
                problems.add(probe.key() + " (" + where + "): byte " + (i - BEFORE)
                        + " relative to the struct changed, outside its " + size + " bytes");
                return null;
            }
        }
        return Arrays.copyOfRange(whole, BEFORE, BEFORE + size);
    }

    /** Every value GCC stored reads back through the getters (byte[] and ByteBuffer) from GCC's bytes. */
    private static void readBack(GeneratedStruct generated, Probe probe, byte[] fromGcc, List<String> problems) {
        int size = generated.spec().sizeBytes();
        byte[] whole = new byte[BEFORE + size + AFTER];
        System.arraycopy(fromGcc, 0, whole, BEFORE, size);
        for (Store store : probe.stores()) {
            Object expected = generated.javaValue(store.leaf(), store.raw());
            for (Memory memory : Memory.values()) {
                Object target = memory == Memory.BYTE_ARRAY ? whole : ByteBuffer.wrap(whole.clone());
                try {
                    Object actual = generated.get(memory, target, BEFORE, store.leaf());
                    if (!Objects.equals(expected, actual)) {
                        problems.add(probe.key() + ": " + store.leaf().accessorName() + "(" + memory
                                + ") read " + actual + " from gcc's bytes " + ByteModel.hex(fromGcc) + ", expected "
                                + expected + "\n" + declarationOf(generated.spec()));
                    }
                } catch (Throwable e) {
                    problems.add(probe.key() + ": " + store.leaf().accessorName() + "(" + memory + ") threw " + e);
                }
            }
        }
    }

    /** Offsets, widths and counts of the top-level fields; nested structs' {@code offsetof} and {@code fooOffset}. */
    private static void checkOffsets(GeneratedStruct generated, Map<String, String> gcc, List<String> problems)
            throws Throwable {
        BitfieldSpec spec = generated.spec();
        for (PlacedField placed : spec.layout()) {
            String prefix = placed.field().constantPrefix();
            String where = spec.qualifiedName() + "." + prefix;
            expect(problems, spec, where + "_OFFSET_BITS", placed.shift(), generated.constant(prefix + "_OFFSET_BITS"));
            expect(problems, spec, where + "_WIDTH", placed.width(), generated.constant(prefix + "_WIDTH"));
            if (placed.field().isArray()) {
                expect(problems, spec, where + "_COUNT", placed.count(), generated.constant(prefix + "_COUNT"));
            }
            if (placed.field().isNestedStruct()) {
                String line = gcc.get(spec.qualifiedName() + "." + placed.field().name() + ".OFFSETOF");
                long offsetOf = Long.parseLong(line, 16);
                expect(problems, spec, where + " offsetof (gcc) in bits", offsetOf * 8,
                        generated.constant(prefix + "_OFFSET_BITS"));
                int last = placed.field().elementCount() - 1;
                expect(problems, spec, placed.field().name() + "Offset(100" + (last > 0 ? ", " + last : "") + ")",
                        100 + offsetOf + (long) last * placed.field().nested().sizeBytes(),
                        generated.nestedOffset(placed.field(), 100, last));
            }
        }
    }

    private static void expect(List<String> problems, BitfieldSpec spec, String what, long expected, long actual) {
        if (expected != actual) {
            problems.add(what + " is " + actual + ", expected " + expected + "\n" + declarationOf(spec));
        }
    }
}
