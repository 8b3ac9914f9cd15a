package org.bitunion.processor.testing;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.BitfieldProcessor;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/** Compiles {@link BitfieldSpec}s in memory with a fresh {@link BitfieldProcessor}, one file per declaration. */
public final class ProcessorRun {
    private ProcessorRun() {}

    /** Every declaration once, nested types included, in a stable order (dependencies first). */
    public static List<BitfieldSpec> withNestedTypes(List<BitfieldSpec> specs) {
        Map<String, BitfieldSpec> all = new LinkedHashMap<>();
        for (BitfieldSpec spec : specs) {
            add(spec, all);
        }
        return new ArrayList<>(all.values());
    }

    private static void add(BitfieldSpec spec, Map<String, BitfieldSpec> all) {
        if (all.containsKey(spec.qualifiedName())) {
            return;
        }
        all.put(spec.qualifiedName(), spec); // before the fields: a cycle must not recurse forever
        for (FieldSpec field : spec.fields()) {
            if (field.nested() != null) {
                add(field.nested(), all);
            }
        }
    }

    public static Compilation compile(List<BitfieldSpec> specs) {
        List<JavaFileObject> files = new ArrayList<>();
        for (BitfieldSpec spec : withNestedTypes(specs)) {
            files.add(JavaDeclarationWriter.file(spec));
        }
        return compileFiles(files);
    }

    public static Compilation compileFiles(List<JavaFileObject> files) {
        // Many declarations share one compilation; javac's default of 100 reported errors would hide the rest.
        return Compiler.javac()
                .withProcessors(new BitfieldProcessor())
                .withOptions("-Xmaxerrs", "1000000", "-Xmaxwarns", "1000000")
                .compile(files);
    }

    /** The errors and warnings of a compilation, one per line, for failure messages. */
    public static String describeDiagnostics(Compilation compilation) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            out.append(d.getKind()).append(' ')
                    .append(d.getSource() == null ? "<no file>" : d.getSource().getName())
                    .append(':').append(d.getLineNumber()).append(": ")
                    .append(d.getMessage(null)).append('\n');
        }
        return out.toString();
    }
}
