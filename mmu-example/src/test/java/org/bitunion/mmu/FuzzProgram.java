package org.bitunion.mmu;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete, self-contained fuzz case: the capabilities, the size of L1's memory (zero-filled at the start) and
 * the operations. Its text form is what a failure prints and what a regression test replays.
 */
record FuzzProgram(long seed, EptCapabilities caps, long memoryBytes, List<FuzzOp> ops) {

    FuzzProgram withOps(List<FuzzOp> newOps) {
        return new FuzzProgram(seed, caps, memoryBytes, List.copyOf(newOps));
    }

    /** A multi-line form: a header line, then one operation per line. */
    String toText() {
        StringBuilder text = new StringBuilder();
        text.append("seed ").append(seed)
                .append(" executeOnly ").append(caps.executeOnly())
                .append(" accessedDirty ").append(caps.accessedDirty())
                .append(" memory ").append(FuzzOp.hex(memoryBytes)).append('\n');
        for (FuzzOp op : ops) {
            text.append(op).append('\n');
        }
        return text.toString();
    }

    static FuzzProgram parse(String text) {
        String[] lines = text.strip().split("\n");
        String[] header = lines[0].trim().split("\\s+");
        long seed = Long.parseLong(header[1]);
        EptCapabilities caps = new EptCapabilities(Boolean.parseBoolean(header[3]), Boolean.parseBoolean(header[5]));
        long memory = Long.decode(header[7]);
        List<FuzzOp> ops = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                ops.add(FuzzOp.parse(lines[i]));
            }
        }
        return new FuzzProgram(seed, caps, memory, List.copyOf(ops));
    }
}
