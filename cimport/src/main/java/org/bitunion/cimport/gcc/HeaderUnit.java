package org.bitunion.cimport.gcc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bitunion.cimport.ImportException;

/**
 * The headers to import, included in a one-line-per-header translation unit: a header that exists as a file is
 * included by its absolute path, anything else as {@code #include <...>}, so gcc finds it as C code would.
 */
public final class HeaderUnit {
    private final List<String> headers;
    private final List<Path> includeDirectories;

    public HeaderUnit(List<String> headers, List<Path> includeDirectories) {
        this.headers = List.copyOf(headers);
        this.includeDirectories = List.copyOf(includeDirectories);
    }

    public List<String> headers() {
        return headers;
    }

    /** The {@code #include} lines. */
    public String includes() {
        StringBuilder text = new StringBuilder();
        for (String header : headers) {
            Path file = Path.of(header);
            if (Files.isRegularFile(file)) {
                text.append("#include \"").append(file.toAbsolutePath().normalize()).append("\"\n");
            } else {
                text.append("#include <").append(header).append(">\n");
            }
        }
        return text.toString();
    }

    /** gcc's {@code -I} options. */
    public List<String> includeOptions() {
        List<String> options = new ArrayList<>();
        for (Path directory : includeDirectories) {
            options.add("-I" + directory.toAbsolutePath().normalize());
        }
        return options;
    }

    /**
     * A header's name for messages and Javadoc, as an include would write it: {@code <linux/ip.h>}, or a file's
     * name in quotes (not its path, which would make the output depend on where the build runs).
     */
    public static String display(String header) {
        Path file = Path.of(header);
        return Files.isRegularFile(file) ? "\"" + file.getFileName() + "\"" : "<" + header + ">";
    }

    /**
     * Compiles the unit with debugging information for every declared type into {@code directory/unit.o}; also
     * writes {@code unit.d}, the files it read. gcc's own message on failure.
     */
    public Path compile(Toolchain toolchain, Path directory) throws ImportException {
        try {
            Files.writeString(directory.resolve("unit.c"), includes());
        } catch (IOException e) {
            throw new ImportException("cannot write to " + directory + ": " + e.getMessage(), e);
        }
        List<String> arguments = new ArrayList<>(List.of("-g", "-gdwarf-5", "-fno-eliminate-unused-debug-types",
                "-c", "-MD", "-MF", "unit.d"));
        arguments.addAll(includeOptions());
        arguments.addAll(List.of("-o", "unit.o", "unit.c"));
        Toolchain.Output output = toolchain.gcc(directory, arguments);
        if (output.status() != 0) {
            throw new ImportException("gcc cannot compile " + String.join(", ", headers.stream()
                    .map(HeaderUnit::display).toList()) + ":\n" + output.stderr().strip());
        }
        return directory.resolve("unit.o");
    }

    /**
     * gcc's preprocessed text of the unit compiled by {@link #compile} in {@code directory} (linemarkers name the
     * files), or null when gcc gives none: only the Javadoc's C declarations need it.
     */
    public String preprocess(Toolchain toolchain, Path directory) throws ImportException {
        List<String> arguments = new ArrayList<>(List.of("-E"));
        arguments.addAll(includeOptions());
        arguments.addAll(List.of("-o", "unit.i", "unit.c"));
        if (toolchain.gcc(directory, arguments).status() != 0) {
            return null;
        }
        try {
            return Files.readString(directory.resolve("unit.i"));
        } catch (IOException e) {
            return null;
        }
    }

    /** The files gcc read for the unit (from {@code unit.d}), the unit itself left out. */
    public static Set<Path> inputs(Path directory) throws ImportException {
        try {
            String rules = Files.readString(directory.resolve("unit.d")).replace("\\\n", " ");
            Set<Path> files = new LinkedHashSet<>();
            int colon = rules.indexOf(": ");
            for (String token : rules.substring(colon + 2).trim().split("\\s+")) {
                if (!token.isEmpty() && !token.equals("unit.c")) {
                    files.add(directory.resolve(token).toAbsolutePath().normalize());
                }
            }
            return files;
        } catch (IOException | RuntimeException e) {
            throw new ImportException("cannot read gcc's dependency list: " + e.getMessage(), e);
        }
    }
}
