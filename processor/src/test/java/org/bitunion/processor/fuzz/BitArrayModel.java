package org.bitunion.processor.fuzz;

/**
 * The simplest possible model of a word: one boolean per bit, written and read one bit at a time, so it shares no
 * shift or mask arithmetic with the generated code it checks.
 */
final class BitArrayModel {
    private final boolean[] bits = new boolean[64];
    private final int size;

    /** A model of an {@code int} word (32 bits) or a {@code long} word (64 bits), holding {@code word}. */
    BitArrayModel(boolean longWord, long word) {
        this.size = longWord ? 64 : 32;
        for (int i = 0; i < size; i++) {
            bits[i] = ((word >>> i) & 1) != 0;
        }
    }

    /** Stores the low {@code width} bits of {@code value} at {@code shift}..{@code shift + width - 1}. */
    void store(int shift, int width, long value) {
        for (int i = 0; i < width; i++) {
            bits[shift + i] = ((value >>> i) & 1) != 0;
        }
    }

    /** The {@code width} bits at {@code shift}, zero-extended. */
    long load(int shift, int width) {
        long value = 0;
        for (int i = width - 1; i >= 0; i--) {
            value = (value << 1) | (bits[shift + i] ? 1 : 0);
        }
        return value;
    }

    /** The whole word, zero-extended from 32 bits for an {@code int} word. */
    long word() {
        long word = 0;
        for (int i = size - 1; i >= 0; i--) {
            word = (word << 1) | (bits[i] ? 1 : 0);
        }
        return word;
    }
}
