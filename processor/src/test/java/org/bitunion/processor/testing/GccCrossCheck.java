package org.bitunion.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/**
 * Compares the generated Java accessors with GCC for a batch of declarations: one C program, one gcc run, every
 * {@link LayoutProbe} of every field. Used by the hand-written cross-check and by the fuzzer.
 */
public final class GccCrossCheck {
    private GccCrossCheck() {}

    /**
     * Returns one line per disagreement (empty when Java and GCC agree everywhere). Each line names the probe, both
     * words and the C union, so a failure can be read without rerunning anything.
     */
    public static List<String> compare(List<GeneratedBitfield> declarations) throws Exception {
        List<BitfieldSpec> specs = declarations.stream().map(GeneratedBitfield::spec).toList();
        Map<String, Long> gcc = Gcc.runProbeProgram(CUnionWriter.program(specs));
        List<String> problems = new ArrayList<>();
        for (GeneratedBitfield generated : declarations) {
            BitfieldSpec spec = generated.spec();
            for (FieldSpec field : spec.fields()) {
                for (LayoutProbe probe : LayoutProbe.values()) {
                    if (probe != LayoutProbe.ALL_MAX) {
                        check(generated, probe, field, gcc, problems);
                    }
                }
            }
            check(generated, LayoutProbe.ALL_MAX, null, gcc, problems);
            checkModel(spec, gcc, problems);
        }
        return problems;
    }

    /**
     * GCC against the test's own layout model ({@link BitfieldSpec#layout()}): the fuzzer's bit-array oracle is
     * only as good as that model, so every cross-checked declaration also checks it.
     */
    private static void checkModel(BitfieldSpec spec, Map<String, Long> gcc, List<String> problems) {
        for (BitfieldSpec.PlacedField placed : spec.layout()) {
            String key = LayoutProbe.MASK.key(spec, placed.field());
            Long expected = gcc.get(key);
            if (expected != null && expected != placed.mask()) {
                problems.add(key + ": gcc 0x" + Long.toHexString(expected) + ", the test's layout model 0x"
                        + Long.toHexString(placed.mask()) + " (a bug in the test, or a layout the model gets wrong)\n"
                        + CUnionWriter.unionDeclaration(spec));
            }
        }
    }

    private static void check(GeneratedBitfield generated, LayoutProbe probe, FieldSpec field, Map<String, Long> gcc,
            List<String> problems) {
        BitfieldSpec spec = generated.spec();
        String key = probe.key(spec, field);
        Long expected = gcc.get(key);
        if (expected == null) {
            problems.add(key + ": the C program printed no word");
            return;
        }
        String actual;
        try {
            long javaWord = generated.probe(probe, field);
            if (javaWord == expected) {
                return;
            }
            actual = "0x" + Long.toHexString(javaWord);
        } catch (Throwable e) {
            actual = "threw " + e;
        }
        problems.add(key + ": gcc 0x" + Long.toHexString(expected) + ", Java " + actual + "\n"
                + CUnionWriter.unionDeclaration(spec));
    }
}
