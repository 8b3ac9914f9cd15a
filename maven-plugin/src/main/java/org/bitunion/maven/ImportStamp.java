package org.bitunion.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the last import read and wrote: its configuration, every file gcc read (with size and modification time)
 * and the sources written. The import is up to date when the configuration is the same, no input changed and
 * every output is still there.
 */
final class ImportStamp {
    private static final String CONFIGURATION = "configuration ";
    private static final String INPUT = "input ";
    private static final String OUTPUT = "output ";

    private final String configuration;
    private final List<String> inputLines;
    private final List<Path> outputs;

    private ImportStamp(String configuration, List<String> inputLines, List<Path> outputs) {
        this.configuration = configuration;
        this.inputLines = inputLines;
        this.outputs = outputs;
    }

    ImportStamp(String configuration, Collection<Path> inputs, Collection<Path> outputs) throws IOException {
        this(configuration, describe(inputs), List.copyOf(outputs));
    }

    private static List<String> describe(Collection<Path> inputs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path input : inputs) {
            lines.add(describe(input));
        }
        return lines;
    }

    /** {@code size mtime path}; a file that is gone describes as missing, which never matches. */
    private static String describe(Path input) throws IOException {
        if (!Files.isRegularFile(input)) {
            return "missing " + input;
        }
        return Files.size(input) + " " + Files.getLastModifiedTime(input).toMillis() + " " + input;
    }

    static Optional<ImportStamp> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String configuration = null;
        List<String> inputs = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(CONFIGURATION)) {
                configuration = line.substring(CONFIGURATION.length()).replace("\\n", "\n");
            } else if (line.startsWith(INPUT)) {
                inputs.add(line.substring(INPUT.length()));
            } else if (line.startsWith(OUTPUT)) {
                outputs.add(Path.of(line.substring(OUTPUT.length())));
            }
        }
        return configuration == null ? Optional.empty()
                : Optional.of(new ImportStamp(configuration, inputs, outputs));
    }

    /** Deletes the sources the last import wrote, so a type that is no longer imported does not linger. */
    static void deleteOutputs(Path stampFile) throws IOException {
        Optional<ImportStamp> stamp = read(stampFile);
        if (stamp.isPresent()) {
            for (Path output : stamp.get().outputs) {
                Files.deleteIfExists(output);
            }
        }
    }

    boolean upToDate(String currentConfiguration) throws IOException {
        if (!configuration.equals(currentConfiguration)) {
            return false;
        }
        for (Path output : outputs) {
            if (!Files.isRegularFile(output)) {
                return false;
            }
        }
        for (String line : inputLines) {
            String path = line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1);
            if (!describe(Path.of(path)).equals(line)) {
                return false;
            }
        }
        return true;
    }

    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CONFIGURATION + configuration.replace("\n", "\\n"));
        inputLines.forEach(line -> lines.add(INPUT + line));
        outputs.forEach(output -> lines.add(OUTPUT + output));
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
