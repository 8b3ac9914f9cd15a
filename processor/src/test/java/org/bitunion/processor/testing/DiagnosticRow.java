package org.bitunion.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * One row of a diagnostics table: a bad declaration and one compile error it must give.
 *
 * @param source the whole compilation unit, package line and imports included
 * @param tag the stable tag the message starts with, without brackets ({@code "BitfieldOverlap"})
 * @param message text the message (after the tag) must contain
 * @param line the 1-based line of {@code source} the error points at
 * @param column the 1-based column javac reports: the start of the element or annotation value at fault
 */
public record DiagnosticRow(String source, String tag, String message, int line, int column) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("(?m)^(?:@.*?\\s)?(?:public\\s+)?(?:interface|class|enum|record)\\s+(\\w+)");

    /** The source as a file named after its first top-level type, as javac expects of a public one. */
    public JavaFileObject file() {
        Matcher type = TOP_LEVEL_TYPE.matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no top-level type in:\n" + source);
        }
        Matcher pkg = PACKAGE.matcher(source);
        String name = pkg.find() ? pkg.group(1) + "." + type.group(1) : type.group(1);
        return JavaFileObjects.forSourceString(name, source);
    }

    /** The expected error as a user reads it: {@code 4:27 [BitfieldOverlap] ...fields overlap...}. */
    @Override
    public String toString() {
        return line + ":" + column + " [" + tag + "] ..." + message + "...";
    }
}
