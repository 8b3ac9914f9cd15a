package org.bitunion.cimport.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.BitfieldProcessor;

/**
 * Imported sources compiled with the bitunion processor, in memory, and their classes (declared and generated)
 * loadable: the parent loader is the test's own, which holds the runtime.
 */
public final class ProcessedSources extends ClassLoader {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    private ProcessedSources(Compilation compilation) {
        super(ProcessedSources.class.getClassLoader());
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
            errors.add((diagnostic.getSource() == null ? "" : diagnostic.getSource().getName() + ":"
                    + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(null));
        }
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            int start = path.indexOf(CLASS_OUTPUT);
            String binaryName = path.substring(start + CLASS_OUTPUT.length(), path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(binaryName, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Compiles {@code files} with the processor; compilation errors are kept for {@link #errors()}. */
    public static ProcessedSources compile(List<Path> files) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ProcessedSources(javac().withProcessors(new BitfieldProcessor()).compile(sources));
    }

    public List<String> errors() {
        return errors;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** A class that must be there. */
    public Class<?> load(String binaryName) {
        try {
            return loadClass(binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class " + binaryName + " among " + classes.keySet(), e);
        }
    }
}
