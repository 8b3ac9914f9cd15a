package org.bitunion.cimport.gcc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.bitunion.cimport.ImportException;

/** Runs gcc and readelf: the commands are configurable (a cross-checked gcc elsewhere on the machine, say). */
public final class Toolchain {
    private final String gcc;
    private final String readelf;

    public Toolchain(String gcc, String readelf) {
        this.gcc = gcc;
        this.readelf = readelf;
    }

    public static Toolchain standard() {
        return new Toolchain("gcc", "readelf");
    }

    public String gcc() {
        return gcc;
    }

    /** The outcome of one command: exit status and what it printed. */
    public record Output(int status, String stdout, String stderr) {}

    /** Runs gcc with {@code arguments} in {@code directory}. */
    public Output gcc(Path directory, List<String> arguments) throws ImportException {
        return run(directory, gcc, arguments, "gcc (the C compiler whose layout is imported)");
    }

    /** Runs readelf with {@code arguments}; a failure is an error (the object file was just written by gcc). */
    public String readelf(Path directory, List<String> arguments) throws ImportException {
        Output output = run(directory, readelf, arguments, "readelf (binutils)");
        if (output.status() != 0) {
            throw new ImportException("readelf failed (" + output.status() + "): " + output.stderr().strip());
        }
        return output.stdout();
    }

    /** Runs a program gcc built. */
    public Output program(Path directory, Path executable) throws ImportException {
        return run(directory, executable.toString(), List.of(), "the layout probe");
    }

    private static Output run(Path directory, String command, List<String> arguments, String what)
            throws ImportException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command);
        commandLine.addAll(arguments);
        Process process;
        try {
            process = new ProcessBuilder(commandLine).directory(directory.toFile()).start();
        } catch (IOException e) {
            throw new ImportException("cannot run " + command + ": " + what + " is needed and was not found ("
                    + e.getMessage() + ")", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            String stdout = read(process.getInputStream());
            int status = process.waitFor();
            return new Output(status, stdout, stderr.join());
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException("reading the output of " + command + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ImportException("interrupted while " + command + " ran", e);
        }
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
