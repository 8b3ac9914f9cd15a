package org.bitunion.cimport.mapping;

/**
 * One store a layout probe makes into a zeroed instance of a top-level record, and the bits the declaration says it
 * sets: {@code lvalue} is a C expression over a variable {@code s}; the store sets bits {@code bitOffset ..
 * bitOffset + width - 1} of the record.
 */
public record ProbeLeaf(String lvalue, Store store, long bitOffset, long width) {
    /** How the probe makes every bit of the member one. */
    public enum Store {
        /** {@code lvalue = -1}: integers, enums and bitfields (C converts modulo 2^width). */
        MINUS_ONE,
        /** {@code lvalue = 1}: a {@code _Bool}, whose one value bit is all a field holds. */
        ONE,
        /** {@code memset(&lvalue, 0xff, sizeof lvalue)}: pointers, floats, records, arrays. */
        MEMSET
    }

    public String statement() {
        return switch (store) {
            case MINUS_ONE -> lvalue + " = -1;";
            case ONE -> lvalue + " = 1;";
            case MEMSET -> "memset(&" + lvalue + ", 0xff, sizeof " + lvalue + ");";
        };
    }
}
