package org.bitunion.cimport.mapping;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** C names to Java names: {@code perf_event_attr} -> {@code PerfEventAttr}, {@code tot_len} -> {@code totLen}. */
public final class JavaNames {
    /**
     * Names of java.lang.Object and of the processor's generated API: a field by such a name gets a trailing _.
     * {@code fields} would generate {@code FIELDS_MASK}, the whole word's mask; {@code offset} in a struct nested as
     * {@code key} would be reached as {@code keyOffset}, the name of key's own byte offset.
     */
    private static final Set<String> TAKEN = Set.of("getClass", "hashCode", "equals", "toString", "clone",
            "finalize", "notify", "notifyAll", "wait", "diff", "appendDiff", "load", "store", "fields", "offset");

    private JavaNames() {}

    /** A type name: words of the C name, each capitalised; {@code iphdr} -> {@code Iphdr}. */
    public static String typeName(String cName) {
        StringBuilder name = new StringBuilder();
        for (String word : words(cName)) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return escape(name.length() == 0 ? "Unnamed" : name.toString());
    }

    /**
     * A member name: the first word in lower case at its start, later words capitalised; a Java keyword, or a name the generated class
     * already uses ({@code load}, {@code toString}, ...), gets a trailing {@code _}.
     */
    public static String memberName(String cName) {
        StringBuilder name = new StringBuilder();
        for (String word : words(cName)) {
            if (name.length() == 0) {
                // Java members start in lower case: TargetId -> targetId, LUN -> lun.
                String first = word.equals(word.toUpperCase(Locale.ROOT)) ? word.toLowerCase(Locale.ROOT)
                        : Character.toLowerCase(word.charAt(0)) + word.substring(1);
                name.append(Character.isDigit(first.charAt(0)) ? "_" + first : first);
            } else {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String result = escape(name.length() == 0 ? "unnamed" : name.toString());
        return TAKEN.contains(result) ? result + "_" : result;
    }

    /** An enum constant: the C enumerator as it is, unless it is a Java keyword. */
    public static String constantName(String cName) {
        return escape(cName);
    }

    /** The upper-case form of a field name, as the processor's constants use it ({@code totLen} -> {@code TOT_LEN}). */
    public static String constantCase(String memberName) {
        return memberName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String[] words(String cName) {
        return java.util.Arrays.stream(cName.split("_+")).filter(word -> !word.isEmpty()).toArray(String[]::new);
    }

    private static String escape(String name) {
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }
}
