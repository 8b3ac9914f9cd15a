package org.bitunion.processor.generation;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The text of a generated file: JavaPoet's rendering, with each field's undocumented constants as one block.
 * JavaPoet separates every member by a blank line; for {@code LEVEL_SHIFT}, {@code LEVEL_WIDTH},
 * {@code LEVEL_MASK} that triples the lines and splits what a person would write as a group, so the blank line
 * between two such declarations is dropped unless the second starts the next field's group
 * ({@code _SHIFT} or {@code _OFFSET_BITS}). Only whole one-line {@code static final} declarations with no
 * Javadoc of their own are joined; everything else is JavaPoet's text unchanged.
 */
public final class GeneratedSource {
    private static final String INDENT = "    ";

    private GeneratedSource() {}

    public static String render(JavaFile file) {
        StringBuilder rendered = new StringBuilder(16 * 1024);
        try {
            file.writeTo(rendered);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return groupConstants(rendered);
    }

    static String groupConstants(CharSequence text) {
        String[] lines = text.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            boolean joinable = lines[i].isEmpty() && i > 0 && i + 1 < lines.length
                    && isConstant(lines[i - 1]) && isConstant(lines[i + 1]) && !startsGroup(lines[i + 1]);
            if (!joinable) {
                out.append(lines[i]);
                if (i + 1 < lines.length) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    /** A class-level {@code static final} field declared on one line (a Javadoc would end with {@code * /}). */
    private static boolean isConstant(String line) {
        return line.startsWith(INDENT) && !line.startsWith(INDENT + " ") && line.endsWith(";")
                && line.contains(" static final ") && line.contains(" = ");
    }

    private static boolean startsGroup(String line) {
        String name = line.substring(0, line.indexOf(" = "));
        name = name.substring(name.lastIndexOf(' ') + 1);
        return name.endsWith("_SHIFT") || name.endsWith("_OFFSET_BITS");
    }
}
