package org.bitunion.processor.generation;

/** Java literals for masks, written the way a person would: hex, grouped in fours, {@code L} for longs. */
final class Literals {
    private Literals() {}

    /** {@code mask} as an int literal ({@code 0xff00_0000}) or a long literal ({@code 0xffff_ffffL}). */
    static String hex(long mask, boolean longWord) {
        String digits = longWord ? Long.toHexString(mask) : Integer.toHexString((int) mask);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 4 == 0) {
                grouped.append('_');
            }
            grouped.append(digits.charAt(i));
        }
        return "0x" + grouped + (longWord ? "L" : "");
    }
}
