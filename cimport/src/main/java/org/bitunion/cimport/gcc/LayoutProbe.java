package org.bitunion.cimport.gcc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitunion.cimport.ImportException;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.ProbeLeaf;

/**
 * Checks declarations against gcc: a C program built with the same headers makes each probe store into a zeroed
 * instance and prints the bytes; they must be exactly the bits the declaration places the member at, and sizeof
 * must be {@code bits / 8}. A declaration that disagrees anywhere is not written.
 */
public final class LayoutProbe {
    private final Toolchain toolchain;
    private final HeaderUnit unit;

    public LayoutProbe(Toolchain toolchain, HeaderUnit unit) {
        this.toolchain = toolchain;
        this.unit = unit;
    }

    /** How a C program names the record's type: {@code struct tag}, else its typedef name. */
    public static String cTypeName(CRecord record) {
        return record.tag() != null ? record.kind().keyword() + " " + record.tag() : record.typedefNames().get(0);
    }

    /**
     * For each declaration that disagrees with gcc, the first disagreement; declarations that agree are absent. A
     * declaration whose probe gcc cannot compile (a store into a member C does not allow) disagrees too, with gcc's
     * message naming the member; the others are still checked.
     */
    public Map<JavaDecl, String> disagreements(List<JavaDecl> decls, Path directory) throws ImportException {
        Map<JavaDecl, String> problems = new LinkedHashMap<>();
        List<JavaDecl> remaining = new ArrayList<>(decls);
        while (!remaining.isEmpty()) {
            Program program = program(remaining);
            Toolchain.Output build = build(program.text(), directory);
            if (build.status() != 0) {
                Map<JavaDecl, String> uncompilable = uncompilable(program, build.stderr());
                if (uncompilable.isEmpty()) {
                    throw new ImportException("gcc cannot build the layout probe, for no member it names:\n"
                            + build.stderr().strip());
                }
                problems.putAll(uncompilable);
                remaining.removeAll(uncompilable.keySet());
                continue;
            }
            Toolchain.Output run = run(directory);
            Map<Integer, Map<Integer, String>> printed = new HashMap<>();
            for (String line : run.stdout().split("\n")) {
                String[] parts = line.split(" ", 3);
                if (parts.length >= 3) {
                    printed.computeIfAbsent(Integer.parseInt(parts[0]), key -> new HashMap<>())
                            .put(Integer.parseInt(parts[1]), parts[2]);
                }
            }
            for (int d = 0; d < remaining.size(); d++) {
                JavaDecl decl = remaining.get(d);
                String problem = check(decl, printed.getOrDefault(d, Map.of()));
                if (problem != null) {
                    problems.put(decl, problem);
                }
            }
            break;
        }
        Map<JavaDecl, String> ordered = new LinkedHashMap<>();
        for (JavaDecl decl : decls) {
            if (problems.containsKey(decl)) {
                ordered.put(decl, problems.get(decl));
            }
        }
        return ordered;
    }

    /** The probe's C text, and which declaration and leaf (-1: the sizeof line) each line of main checks. */
    private record Program(String text, Map<Integer, JavaDecl> declAtLine, Map<Integer, ProbeLeaf> leafAtLine) {}

    private Program program(List<JavaDecl> decls) {
        StringBuilder program = new StringBuilder();
        program.append("#include <stddef.h>\n#include <stdio.h>\n#include <string.h>\n").append(unit.includes())
                .append('\n');
        program.append("static void dump(int decl, int leaf, const void *p, size_t n) {\n"
                + "    const unsigned char *b = p;\n"
                + "    printf(\"%d %d\", decl, leaf);\n"
                + "    for (size_t i = 0; i < n; i++) printf(\" %02x\", b[i]);\n"
                + "    printf(\"\\n\");\n}\n\nint main(void) {\n");
        Map<Integer, JavaDecl> declAtLine = new HashMap<>();
        Map<Integer, ProbeLeaf> leafAtLine = new HashMap<>();
        int line = (int) program.chars().filter(c -> c == '\n').count() + 1;
        for (int d = 0; d < decls.size(); d++) {
            JavaDecl decl = decls.get(d);
            String type = cTypeName(decl.record());
            program.append("    printf(\"").append(d).append(" -1 %zu\\n\", sizeof(").append(type).append("));\n");
            declAtLine.put(line++, decl);
            List<ProbeLeaf> leaves = decl.leaves();
            for (int l = 0; l < leaves.size(); l++) {
                program.append("    ").append(leaves.get(l).block(type, null,
                        "dump(" + d + ", " + l + ", &s, sizeof s);")).append('\n');
                declAtLine.put(line, decl);
                leafAtLine.put(line++, leaves.get(l));
            }
        }
        program.append("    return 0;\n}\n");
        return new Program(program.toString(), declAtLine, leafAtLine);
    }

    /** The declarations gcc's errors point into, each with the first error and the member it is about. */
    private static Map<JavaDecl, String> uncompilable(Program program, String stderr) {
        Map<JavaDecl, String> found = new LinkedHashMap<>();
        Matcher error = ERROR.matcher(stderr);
        while (error.find()) {
            int line = Integer.parseInt(error.group(1));
            JavaDecl decl = program.declAtLine().get(line);
            if (decl == null || found.containsKey(decl)) {
                continue;
            }
            ProbeLeaf leaf = program.leafAtLine().get(line);
            found.put(decl, "gcc cannot compile the check of "
                    + (leaf == null ? "its size" : "member " + leaf.path()) + ": " + error.group(2).strip());
        }
        return found;
    }

    private static final Pattern ERROR = Pattern.compile("(?m)^probe\\.c:(\\d+):\\d+: error: (.*)$");

    private static String check(JavaDecl decl, Map<Integer, String> printed) {
        long size = decl.bits() / 8;
        String sizeof = printed.get(-1);
        if (sizeof == null || Long.parseLong(sizeof.trim()) != size) {
            return "gcc's sizeof is " + sizeof + ", the declaration has " + size + " bytes";
        }
        List<ProbeLeaf> leaves = decl.leaves();
        for (int l = 0; l < leaves.size(); l++) {
            ProbeLeaf leaf = leaves.get(l);
            String expected = hex(predicted(size, leaf));
            String actual = printed.get(l);
            if (!expected.equals(actual)) {
                return "storing all ones into " + leaf.path() + " gives the bytes " + actual
                        + " in gcc, but the declaration places it at bits " + leaf.bitOffset() + ".."
                        + (leaf.bitOffset() + leaf.width() - 1) + " (" + expected + ")";
            }
        }
        return null;
    }

    private static byte[] predicted(long size, ProbeLeaf leaf) {
        byte[] bytes = new byte[(int) size];
        for (long bit = leaf.bitOffset(); bit < leaf.bitOffset() + leaf.width(); bit++) {
            bytes[(int) (bit / 8)] |= (byte) (1 << (bit % 8));
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        List<String> parts = new ArrayList<>();
        for (byte b : bytes) {
            parts.add(String.format("%02x", b & 0xff));
        }
        return String.join(" ", parts);
    }

    private Toolchain.Output build(String program, Path directory) throws ImportException {
        try {
            Files.writeString(directory.resolve("probe.c"), program);
        } catch (IOException e) {
            throw new ImportException("cannot write the layout probe: " + e.getMessage(), e);
        }
        List<String> arguments = new ArrayList<>(List.of("-w", "-O0"));
        arguments.addAll(unit.includeOptions());
        arguments.addAll(List.of("-o", "probe", "probe.c"));
        return toolchain.gcc(directory, arguments);
    }

    private Toolchain.Output run(Path directory) throws ImportException {
        Toolchain.Output run = toolchain.program(directory, directory.resolve("probe"));
        if (run.status() != 0) {
            throw new ImportException("the layout probe failed with status " + run.status() + ": "
                    + run.stderr().strip());
        }
        return run;
    }
}
