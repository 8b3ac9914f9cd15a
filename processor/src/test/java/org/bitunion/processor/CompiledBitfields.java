package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Compiles declarations with the processor in-process and runs the generated code: classes are loaded from the
 * compilation's output, and accessors called by name.
 */
final class CompiledBitfields extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    private CompiledBitfields(Compilation compilation) {
        super(CompiledBitfields.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
                        path.length() - ".class".length()).replace('/', '.');
                try (InputStream in = file.openInputStream()) {
                    classes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Compiles {@code sources} with the processor; fails the test on any error or warning. */
    static CompiledBitfields compile(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledBitfields(compilation);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** The generated or declared class {@code name}. */
    Class<?> type(String name) {
        try {
            return loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + name, e);
        }
    }

    /** Calls static {@code method} of {@code type} with {@code args}, rethrowing what it throws. */
    @SuppressWarnings("unchecked")
    <T> T call(String type, String method, Object... args) {
        for (Method candidate : type(type).getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == args.length) {
                try {
                    return (T) candidate.invoke(null, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new AssertionError(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("no method " + type + "." + method + " with " + args.length + " parameters");
    }

    /** The value of static constant {@code name} of {@code type}. */
    @SuppressWarnings("unchecked")
    <T> T constant(String type, String name) {
        try {
            return (T) type(type).getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("no constant " + type + "." + name, e);
        }
    }
}
