package org.bitunion.processor.model;

import java.util.Locale;

/**
 * The names of generated members, in one place so that generation and the clash check can never disagree.
 */
public final class GeneratedNames {
    /** Whole-word members that no field may generate a name equal to. */
    public static final String FIELDS_MASK = "FIELDS_MASK";
    public static final String TO_STRING = "toString";
    public static final String DIFF = "diff";
    public static final String APPEND_DIFF = "appendDiff";
    /** The size in bytes in memory, of structs and (for load/store) of word unions. */
    public static final String SIZE = "SIZE";
    public static final String LOAD = "load";
    public static final String STORE = "store";

    private GeneratedNames() {}

    /** {@code level} gives {@code withLevel}. */
    public static String withMethod(String field) {
        return "with" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The memory setter of a struct field: {@code ttl} gives {@code setTtl}. */
    public static String setMethod(String field) {
        return "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** The raw-code memory setter of an enum field of a struct: {@code mode} gives {@code setModeCode}. */
    public static String setCodeMethod(String field) {
        return setMethod(codeMethod(field));
    }

    /** A nested struct's byte offset: {@code inner} gives {@code innerOffset}. */
    public static String offsetMethod(String field) {
        return field + "Offset";
    }

    /** A field of nested struct {@code holder} reached from the outer struct: {@code outerInner}. */
    public static String flatName(String holder, String field) {
        return holder + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    public static String offsetBitsConstant(String field) {
        return constantPrefix(field) + "_OFFSET_BITS";
    }

    public static String countConstant(String field) {
        return constantPrefix(field) + "_COUNT";
    }

    /** The raw-code getter of an enum field: {@code memType} gives {@code memTypeCode}. */
    public static String codeMethod(String field) {
        return field + "Code";
    }

    /** The raw-code writer of an enum field: {@code memType} gives {@code withMemTypeCode}. */
    public static String withCodeMethod(String field) {
        return withMethod(codeMethod(field));
    }

    /** The private helper that prints an array field of a word union: {@code nibbles} gives {@code nibblesText}. */
    public static String textMethod(String field) {
        return field + "Text";
    }

    /**
     * The private helper that decodes an enum field's code to its constant, or {@code null}: {@code memType}
     * gives {@code decodeMemType}. The getter and the text methods share it, so the constants are listed once.
     */
    public static String decodeMethod(String field) {
        return "decode" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /**
     * The private helper that prints an enum field's code for toString and diff: {@code mode} gives
     * {@code modeCodeText}.
     */
    public static String codeTextMethod(String field) {
        return field + "CodeText";
    }

    /** {@code cr4Pae} gives {@code CR4_PAE}; {@code smep_andnot_wp} gives {@code SMEP_ANDNOT_WP}. */
    public static String constantPrefix(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char previous = field.charAt(i - 1);
                boolean nextIsLower = i + 1 < field.length() && Character.isLowerCase(field.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    public static String shiftConstant(String field) {
        return constantPrefix(field) + "_SHIFT";
    }

    public static String widthConstant(String field) {
        return constantPrefix(field) + "_WIDTH";
    }

    public static String maskConstant(String field) {
        return constantPrefix(field) + "_MASK";
    }
}
