package org.bitunion.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the class files of an in-memory compile-testing {@link Compilation}, so a test can call the generated
 * accessors. The parent is the test's own loader, which holds the runtime ({@code org.bitunion.BitfieldErrors}).
 */
public final class CompiledClasses extends ClassLoader {
    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();

    public CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            int start = path.indexOf(CLASS_OUTPUT);
            if (start < 0) {
                throw new IllegalStateException("unexpected class output location " + file.toUri());
            }
            String binaryName = path.substring(start + CLASS_OUTPUT.length(), path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(binaryName, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** Loads a class that must be there, with a message listing what is when it is not. */
    public Class<?> load(String binaryName) {
        try {
            return loadClass(binaryName);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class " + binaryName + " among the compiled classes " + classes.keySet(), e);
        }
    }
}
