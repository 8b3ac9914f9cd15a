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
}
