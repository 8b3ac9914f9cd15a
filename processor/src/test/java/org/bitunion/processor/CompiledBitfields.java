package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.CompiledClasses;

/**
 * Compiles declarations with the processor in-process and runs the generated code: classes are loaded from the
 * compilation's output, and accessors called by name.
 */
final class CompiledBitfields {
    private final CompiledClasses classes;

    private CompiledBitfields(Compilation compilation) {
        this.classes = new CompiledClasses(compilation);
    }

    /** Compiles {@code sources} with the processor; fails the test on any error or warning. */
    static CompiledBitfields compile(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new CompiledBitfields(compilation);
    }

    /** The generated or declared class {@code name}. */
    Class<?> type(String name) {
        return classes.load(name);
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
