package org.bitunion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.bitunion.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.DiagnosticRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad declaration is a compile error with a stable tag and a clear message on the exact element (the line
 * and column of the annotation value or method at fault), and never a processor crash. The one-error-per-row
 * cases are the table {@link DiagnosticTable}; the cases that need more than one source or check more than one
 * error's position follow it. A declaration gives exactly the errors its rows list: a spurious second error
 * (as {@code @Code(-1)} once gave a width error too) fails its rows.
 */
class DiagnosticsTest {
    /** Every error bitunion reports starts with a tag; {@code [BitfieldInternal]} is a crash of ours. */
    private static final Pattern TAGGED = Pattern.compile("\\[Bitfield\\w+\\] .*", Pattern.DOTALL);

    /** The tables of bad declarations; another table (for new kinds of declaration) joins here. */
    static Stream<DiagnosticRow> rows() {
        return Stream.concat(DiagnosticTable.ROWS.stream(), DiagnosticTable.STRUCT_ROWS.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void aBadDeclarationIsAnErrorWithItsTagOnTheElementAtFault(DiagnosticRow row) {
        JavaFileObject file = row.file();
        Compilation compilation = compile(file);

        List<Diagnostic<? extends JavaFileObject>> matching = compilation.errors().stream()
                .filter(error -> file.equals(error.getSource())
                        && error.getLineNumber() == row.line()
                        && error.getColumnNumber() == row.column()
                        && error.getMessage(null).startsWith("[" + row.tag() + "] ")
                        && error.getMessage(null).contains(row.message()))
                .toList();
        assertEquals(1, matching.size(), () -> "expected exactly one error " + row + ", got:\n"
                + describe(compilation.errors()));
        // and nothing else: every error of the declaration has its own row
        long rowsOfTheDeclaration = rows().filter(other -> other.source().equals(row.source())).count();
        assertEquals(rowsOfTheDeclaration, compilation.errors().size(), () -> "expected " + rowsOfTheDeclaration
                + " errors (one per row of this declaration), got:\n" + describe(compilation.errors()));
    }

    /**
     * Compiles {@code sources} with the processor: it must fail, and every error must be one of ours, tagged,
     * and none a crash.
     */
    private static Compilation compile(JavaFileObject... sources) {
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(sources);
        assertThat(compilation).failed();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String message = error.getMessage(null);
            if (!TAGGED.matcher(message).matches() || message.startsWith("[BitfieldInternal]")) {
                throw new AssertionError("not a tagged bitunion error, or a processor crash: " + message);
            }
        }
        return compilation;
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> errors) {
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            text.append("  ").append(error.getSource() == null ? "-" : error.getSource().getName()).append(':')
                    .append(error.getLineNumber()).append(':').append(error.getColumnNumber()).append(' ')
                    .append(error.getMessage(null)).append('\n');
        }
        return text.toString();
    }

    @Test
    void nestedTypesThatFormACycle() {
        JavaFileObject a = source("t.A", "@Bitfield(bits = 32) interface A { B b(); }");
        JavaFileObject b = source("t.B", "@Bitfield(bits = 32) interface B { A a(); }");
        Compilation compilation = compile(a, b);
        assertThat(compilation).hadErrorContaining("[BitfieldCycle] field b() nests B, which contains A again; a"
                + " union cannot contain itself").inFile(a).onLineContaining("B b()");
        assertThat(compilation).hadErrorContaining("[BitfieldCycle] field a() nests A, which contains B again")
                .inFile(b).onLineContaining("A a()");
    }

    @Test
    void everyMistakeOfOneDeclarationIsReportedInOneCompilation() {
        JavaFileObject source = source("t.Many",
                "@Bitfield(bits = 8) interface Many {",
                "    @Bits(2) boolean a();",
                "    @Bits(40) int b();",
                "    String c();",
                "}");
        Compilation compilation = compile(source);
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void typeThatNeverExistsIsReportedAfterTheLastRound() {
        JavaFileObject source = source("t.Missing",
                "@Bitfield(bits = 32) interface Missing {",
                "    DoesNotExist field();",
                "}");
        Compilation compilation = javac().withProcessors(new BitfieldProcessor()).compile(source);
        assertThat(compilation)
                .hadErrorContaining("[BitfieldUndefined] Missing refers to types that do not exist: DoesNotExist")
                .inFile(source).onLineContaining("interface Missing");
    }
}
