package org.bitunion;

/**
 * Text helpers for the generated {@code toString} and {@code diff}; debugging output only, never on a hot path.
 */
public final class BitfieldText {
    private BitfieldText() {}

    /**
     * Starts one {@code name: } entry of a diff, after a {@code ", "} separator when one is needed.
     *
     * @param text the diff so far
     * @param prefix the path of the nested union the field is in ({@code "ext."}), or {@code ""}
     * @param field the field's name
     * @return {@code text}, for chaining
     */
    public static StringBuilder startChange(StringBuilder text, String prefix, String field) {
        if (text.length() > 0) {
            text.append(", ");
        }
        return text.append(prefix).append(field).append(": ");
    }

    /**
     * The text of an enum field's code: the constant's name, or, for a code no constant has, the code as an
     * unsigned number, so a word is always printable.
     *
     * @param constant the constant with the code, or {@code null} when none has it
     * @param code the raw code
     * @return the constant's name or the code's number
     */
    public static String codeText(Enum<?> constant, int code) {
        return constant != null ? constant.name() : Integer.toUnsignedString(code);
    }

    /**
     * Appends one {@code name: before -> after} entry of a diff, after a {@code ", "} separator when one is
     * needed.
     *
     * @param text the diff so far
     * @param prefix the path of the nested union the field is in ({@code "ext."}), or {@code ""}
     * @param field the field's name
     * @param before the field's value before
     * @param after the field's value after
     */
    public static void change(StringBuilder text, String prefix, String field, long before, long after) {
        startChange(text, prefix, field).append(before).append(" -> ").append(after);
    }

    /**
     * Appends one {@code name: before -> after} entry of a diff for a flag.
     *
     * @param text the diff so far
     * @param prefix the path of the nested union the field is in ({@code "ext."}), or {@code ""}
     * @param field the field's name
     * @param before the flag before
     * @param after the flag after
     */
    public static void change(StringBuilder text, String prefix, String field, boolean before, boolean after) {
        startChange(text, prefix, field).append(before).append(" -> ").append(after);
    }

    /**
     * Appends one {@code name: before -> after} entry of a diff, each value already as text (an enum constant's
     * name, an unsigned number, an array).
     *
     * @param text the diff so far
     * @param prefix the path of the nested union the field is in ({@code "ext."}), or {@code ""}
     * @param field the field's name
     * @param before the value before, as text
     * @param after the value after, as text
     */
    public static void change(StringBuilder text, String prefix, String field, String before, String after) {
        startChange(text, prefix, field).append(before).append(" -> ").append(after);
    }
}
