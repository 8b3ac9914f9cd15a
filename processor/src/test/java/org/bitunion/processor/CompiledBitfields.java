package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.lang.invoke.MethodType;
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
            if (candidate.getName().equals(method) && accepts(candidate.getParameterTypes(), args)) {
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
        throw new AssertionError("no method " + type + "." + method + " takes " + java.util.Arrays.toString(args));
    }

    /** Whether arguments of these classes can be passed as {@code types}: overloads differ by memory type. */
    private static boolean accepts(Class<?>[] types, Object[] args) {
        if (types.length != args.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            Object arg = args[i];
            if (arg == null) {
                if (type.isPrimitive()) {
                    return false;
                }
            } else if (type.isPrimitive()) {
                if (MethodType.methodType(type).wrap().returnType() != arg.getClass()) {
                    return false;
                }
            } else if (!type.isInstance(arg)) {
                return false;
            }
        }
        return true;
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
