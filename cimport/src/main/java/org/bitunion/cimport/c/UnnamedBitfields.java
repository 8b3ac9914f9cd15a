package org.bitunion.cimport.c;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the unnamed bitfields ({@code unsigned int : 3;}, {@code unsigned int : 0;}) of records in gcc's
 * preprocessed source: gcc's debugging information has no member for them, only their effect on the positions, but
 * a reader of the imported Javadoc should see the declaration as it is in C.
 *
 * <p>Each record's body is read from where gcc says the record is declared and matched member by member with the
 * members gcc reports; anything that does not match exactly (a body produced by an unusual macro, say) leaves the
 * record without this detail rather than with a guess. Positions never come from here: only the Javadoc does.
 */
public final class UnnamedBitfields {
    /** Preprocessed lines by file (as linemarkers name them) and line number. */
    private final Map<String, NavigableMap<Integer, String>> lines = new HashMap<>();

    private UnnamedBitfields() {}

    /**
     * Reads gcc's {@code -E} output and attaches the unnamed bitfields to each record it can match;
     * {@code canonical} maps a file name from a linemarker or from the debugging information to one spelling.
     */
    public static void attach(String preprocessed, List<CRecord> records, Function<String, String> canonical) {
        UnnamedBitfields source = new UnnamedBitfields();
        source.read(preprocessed, canonical);
        for (CRecord record : records) {
            if (record.declarationOnly() || record.declaringFile() == null || record.declaringLine() <= 0) {
                continue;
            }
            NavigableMap<Integer, String> file = source.lines.get(canonical.apply(record.declaringFile()));
            if (file == null) {
                continue;
            }
            List<List<String>> found = match(record, tokens(file, record.declaringLine(), record.declaringColumn()));
            if (found != null) {
                record.unnamedBitfields(found);
            }
        }
    }

    private void read(String preprocessed, Function<String, String> canonical) {
        NavigableMap<Integer, String> current = null;
        int line = 0;
        for (String text : preprocessed.split("\n", -1)) {
            if (text.startsWith("# ") && text.length() > 2 && Character.isDigit(text.charAt(2))) {
                // A linemarker: # LINE "FILE" FLAGS...
                int space = text.indexOf(' ', 2);
                int open = text.indexOf('"');
                int close = text.lastIndexOf('"');
                if (space > 0 && open > 0 && close > open) {
                    line = Integer.parseInt(text.substring(2, space));
                    current = lines.computeIfAbsent(canonical.apply(text.substring(open + 1, close)),
                            key -> new TreeMap<>());
                    continue;
                }
            }
            if (current != null) {
                current.putIfAbsent(line, text);
            }
            line++;
        }
    }

    /** The tokens of {@code file} from {@code line}, {@code column} on (to the end of the file). */
    private static List<String> tokens(NavigableMap<Integer, String> file, int line, int column) {
        List<String> tokens = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : file.tailMap(line, true).entrySet()) {
            String text = entry.getValue();
            if (entry.getKey() == line && column > 1 && column - 1 <= text.length()) {
                text = text.substring(column - 1);
            }
            tokenize(text, tokens);
        }
        return tokens;
    }

    private static void tokenize(String text, List<String> tokens) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isJavaIdentifierPart(c)) {
                int start = i;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else if (c == '"' || c == '\'') {
                int start = i++;
                while (i < text.length() && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(i + 1, text.length());
                tokens.add(text.substring(start, i));
            } else {
                tokens.add(String.valueOf(c));
                i++;
            }
        }
    }

    /** The unnamed bitfields before each member and after the last, or null when the body does not match. */
    static List<List<String>> match(CRecord record, List<String> tokens) {
        int open = tokens.indexOf("{");
        if (open < 0 || tokens.subList(0, open).contains(";") || tokens.subList(0, open).contains("}")) {
            return null;
        }
        List<List<String>> declarations = new ArrayList<>();
        int depth = 0;
        List<String> current = new ArrayList<>();
        int i = open + 1;
        for (; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (depth == 0 && token.equals("}")) {
                break;
            }
            if (depth == 0 && token.equals(";")) {
                declarations.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += opens(token) ? 1 : closes(token) ? -1 : 0;
            if (depth < 0) {
                return null;
            }
            current.add(token);
        }
        if (i == tokens.size() || !current.isEmpty()) {
            return null;
        }

        List<CMember> members = record.members();
        List<List<String>> unnamed = new ArrayList<>();
        unnamed.add(new ArrayList<>());
        int next = 0;
        for (List<String> declaration : declarations) {
            if (declaration.isEmpty()) {
                continue;
            }
            List<String> specifiers;
            List<String> rest;
            int body = declaration.indexOf("{");
            if (body >= 0) {
                // An inline struct, union or enum definition: the declarators follow its closing brace.
                int end = matching(declaration, body);
                if (end < 0) {
                    return null;
                }
                specifiers = declaration.subList(0, end + 1);
                rest = withoutAttributes(declaration.subList(end + 1, declaration.size()));
                boolean isRecord = specifiers.contains("struct") || specifiers.contains("union");
                boolean tagged = body > 0 && identifier(declaration.get(body - 1))
                        && !declaration.get(body - 1).equals("struct") && !declaration.get(body - 1).equals("union");
                if (rest.isEmpty()) {
                    if (isRecord && !tagged) {
                        if (next >= members.size() || !members.get(next).anonymous()) {
                            return null;
                        }
                        next++;
                        unnamed.add(new ArrayList<>());
                    }
                    continue;
                }
            } else {
                specifiers = null;
                rest = declaration;
            }
            for (List<String> declarator : split(rest)) {
                String expected = next < members.size() ? members.get(next).name() : null;
                int name = expected == null ? -1 : declarator.indexOf(expected);
                if (name >= 0) {
                    if (specifiers == null) {
                        specifiers = leadingSpecifiers(declarator.subList(0, name));
                    }
                    next++;
                    unnamed.add(new ArrayList<>());
                    continue;
                }
                int colon = declarator.indexOf(":");
                if (colon < 0) {
                    return null;
                }
                List<String> type = specifiers != null ? specifiers : declarator.subList(0, colon);
                if (specifiers == null) {
                    specifiers = type;
                }
                if (type.isEmpty()) {
                    return null;
                }
                unnamed.get(unnamed.size() - 1).add(join(type) + " : " + join(declarator.subList(colon + 1,
                        declarator.size())));
            }
        }
        return next == members.size() ? unnamed : null;
    }

    private static boolean opens(String token) {
        return token.equals("(") || token.equals("[") || token.equals("{");
    }

    private static boolean closes(String token) {
        return token.equals(")") || token.equals("]") || token.equals("}");
    }

    private static boolean identifier(String token) {
        return !token.isEmpty() && Character.isJavaIdentifierStart(token.charAt(0));
    }

    private static int matching(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += opens(tokens.get(i)) ? 1 : closes(tokens.get(i)) ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The tokens without {@code __attribute__((...))}. */
    private static List<String> withoutAttributes(List<String> tokens) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("__attribute__") && i + 1 < tokens.size() && tokens.get(i + 1).equals("(")) {
                i = matching(tokens, i + 1);
                if (i < 0) {
                    return tokens;
                }
                continue;
            }
            kept.add(tokens.get(i));
        }
        return kept;
    }

    /** The declarators of a declaration: split at commas outside parentheses, brackets and braces. */
    private static List<List<String>> split(List<String> tokens) {
        List<List<String>> parts = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int depth = 0;
        for (String token : tokens) {
            if (depth == 0 && token.equals(",")) {
                parts.add(current);
                current = new ArrayList<>();
                continue;
            }
            depth += opens(token) ? 1 : closes(token) ? -1 : 0;
            current.add(token);
        }
        parts.add(current);
        return parts;
    }

    /** The type written before a declarator's name: {@code __u8} of {@code __u8 *p}. */
    private static List<String> leadingSpecifiers(List<String> tokens) {
        int end = tokens.size();
        while (end > 0 && (tokens.get(end - 1).equals("*") || tokens.get(end - 1).equals("("))) {
            end--;
        }
        return tokens.subList(0, end);
    }

    /** Tokens as C is usually written: spaces between them, none inside parentheses and brackets. */
    private static String join(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String token : tokens) {
            if (previous != null && !previous.equals("(") && !previous.equals("[") && !token.equals(")")
                    && !token.equals("]") && !token.equals(",")) {
                text.append(' ');
            }
            text.append(token);
            previous = token;
        }
        return text.toString();
    }
}
