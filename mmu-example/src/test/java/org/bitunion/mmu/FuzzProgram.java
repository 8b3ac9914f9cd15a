package org.bitunion.mmu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                .append(" fiveLevel ").append(caps.fiveLevel())
                .append(" uncacheableEptp ").append(caps.uncacheableEptp())
                .append(" eptpSwitching ").append(caps.eptpSwitching())
                .append(" memory ").append(FuzzOp.hex(memoryBytes)).append('\n');
        for (FuzzOp op : ops) {
            text.append(op).append('\n');
        }
        return text.toString();
    }

    /** The inverse of {@link #toText}; a header without the later capabilities means their old defaults. */
    static FuzzProgram parse(String text) {
        String[] lines = text.strip().split("\n");
        String[] header = lines[0].trim().split("\\s+");
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i + 1 < header.length; i += 2) {
            fields.put(header[i], header[i + 1]);
        }
        long seed = Long.parseLong(fields.get("seed"));
        EptCapabilities caps = new EptCapabilities(flag(fields, "executeOnly", false),
                flag(fields, "accessedDirty", false), flag(fields, "fiveLevel", false),
                flag(fields, "uncacheableEptp", true), flag(fields, "eptpSwitching", false));
        long memory = Long.decode(fields.get("memory"));
        List<FuzzOp> ops = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                ops.add(FuzzOp.parse(lines[i]));
            }
        }
        return new FuzzProgram(seed, caps, memory, List.copyOf(ops));
    }

    private static boolean flag(Map<String, String> fields, String name, boolean absent) {
        String value = fields.get(name);
        return value == null ? absent : Boolean.parseBoolean(value);
    }
}
