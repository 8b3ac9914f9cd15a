package org.bitunion.processor.testing;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitunion.Bitfield;
import org.bitunion.processor.BitfieldProcessor;

/**
 * A small user project, written to disk the way a user would have it, for the tests that build it with a real
 * compiler (the system javac, JDK 25's javac, Eclipse's compiler, as a module or on the class path). Its
 * {@code Main} prints what the generated code computes, so a run proves the generated class works.
 */
public final class ConsumerProject {
    public static final String PACKAGE = "com.example.consumer";
    public static final String MAIN_CLASS = PACKAGE + ".Main";

    static final String DECLARATION = """
            package com.example.consumer;

            import org.bitunion.Bitfield;
            import org.bitunion.Bits;
            import org.bitunion.Code;

            @Bitfield(bits = 32)
            public interface CacheLine {
                enum State { @Code(0) INVALID, @Code(1) SHARED, @Code(3) EXCLUSIVE, @Code(7) MODIFIED }

                State state();
                boolean dirty();
                @Bits(value = 20, at = 12) int tag();
            }
            """;

    static final String MAIN = """
            package com.example.consumer;

            public final class Main {
                public static void main(String[] args) {
                    int line = CacheLineBits.withState(0, CacheLine.State.MODIFIED);
                    line = CacheLineBits.withDirty(line, true);
                    line = CacheLineBits.withTag(line, 0xABCDE);
                    System.out.println(Integer.toHexString(line) + " " + CacheLineBits.toString(line));
                    try {
                        CacheLineBits.withTag(line, 1 << 20);
                    } catch (IllegalArgumentException e) {
                        System.out.println(e.getMessage());
                    }
                }
            }
            """;

    /** What {@link #MAIN} prints when the generated class is right. */
    public static final String EXPECTED_OUTPUT = """
            abcde00f CacheLine{state=MODIFIED, dirty=true, tag=703710}
            CacheLine.tag: 1048576 does not fit in 20 bits (allowed range 0..1048575)
            """;

    /** A declaration with one mistake, whose error must land on {@link #BAD_LINE} of {@link #BAD_FILE}. */
    static final String BAD_DECLARATION = """
            package com.example.consumer;

            import org.bitunion.Bitfield;
            import org.bitunion.Bits;

            @Bitfield(bits = 16)
            public interface Overlapping {
                @Bits(8) int a();
                @Bits(value = 4, at = 4) int b();
            }
            """;
    public static final String BAD_FILE = "Overlapping.java";
    public static final int BAD_LINE = 9;
    public static final String BAD_MESSAGE = "[BitfieldOverlap] fields overlap: field b() starts at bit 4, but bits"
            + " 0..7 belong to field a(); the next unused bit is 8 (declare the @Bitfield union = true if the fields are alternatives)";

    private ConsumerProject() {}

    /** Writes the valid project (declaration and {@code Main}) under {@code sourceRoot}; returns its files. */
    public static List<Path> writeValid(Path sourceRoot) throws IOException {
        return List.of(write(sourceRoot, "CacheLine.java", DECLARATION), write(sourceRoot, "Main.java", MAIN));
    }

    /** Writes the project with the bad declaration; returns its one file. */
    public static Path writeBad(Path sourceRoot) throws IOException {
        return write(sourceRoot, BAD_FILE, BAD_DECLARATION);
    }

    /** Writes {@code module-info.java} at {@code sourceRoot}: a named module that reads the runtime only. */
    public static Path writeModuleInfo(Path sourceRoot, String module, String... requires) throws IOException {
        StringBuilder text = new StringBuilder("module ").append(module).append(" {\n");
        for (String required : requires) {
            text.append("    requires ").append(required).append(";\n");
        }
        text.append("}\n");
        Files.createDirectories(sourceRoot);
        return Files.writeString(sourceRoot.resolve("module-info.java"), text);
    }

    private static Path write(Path sourceRoot, String file, String text) throws IOException {
        Path dir = Files.createDirectories(sourceRoot.resolve(PACKAGE.replace('.', '/')));
        return Files.writeString(dir.resolve(file), text);
    }

    /** The runtime (module {@code org.bitunion}): this build's classes directory, or its jar. */
    public static Path runtime() {
        return locationOf(Bitfield.class);
    }

    /**
     * The processor path a user's build would give: the processor and its one dependency (JavaPoet), plus the
     * runtime it reads the annotations from. Nothing names the processor; compilers find it through
     * {@code META-INF/services}.
     */
    public static String processorPath() {
        List<String> path = new ArrayList<>();
        path.add(locationOf(BitfieldProcessor.class).toString());
        path.add(locationOf(com.palantir.javapoet.JavaFile.class).toString());
        path.add(runtime().toString());
        return String.join(File.pathSeparator, path);
    }

    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code .java} file under {@code dir}, sorted, as strings for a command line. */
    public static List<String> javaFiles(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
    }
}
