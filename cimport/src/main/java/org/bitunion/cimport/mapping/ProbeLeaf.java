package org.bitunion.cimport.mapping;

/**
 * One store a layout probe makes into a zeroed instance of a top-level record, and the bits the declaration says it
 * sets: {@code lvalue} is a C expression over a variable {@code s}; the store sets bits {@code bitOffset ..
 * bitOffset + width - 1} of the record.
 *
 * <p>The store is written so that it compiles for every member gcc lays out: a {@code const} member (or one inside
 * a {@code const} record) cannot be assigned, and under {@code scalar_storage_order} gcc refuses the address of a
 * scalar. So values go in through a designated initializer of a static instance (whose padding C zeroes), and raw
 * bytes at {@code offsetof}, never through an assignment or the member's address.
 */
public record ProbeLeaf(String lvalue, Store store, long bitOffset, long width) {
    /** How the probe makes every bit of the member one. */
    public enum Store {
        /** {@code .member = -1}: integers, enums and bitfields (C converts modulo 2^width). */
        MINUS_ONE,
        /** {@code .member = 1}: a {@code _Bool}, whose one value bit is all a field holds. */
        ONE,
        /** All-ones bytes at the member's offset: pointers, floats, records, arrays. */
        MEMSET
    }

    /** The member as a path from the record, as {@code offsetof} and error messages want it: {@code a.b[2]}. */
    public String path() {
        return lvalue.substring(lvalue.indexOf('.') + 1);
    }

    /** The member's first byte in {@code s}, an instance of {@code cType}, without taking the member's address. */
    public String address(String cType) {
        return "((unsigned char *)&s + offsetof(" + cType + ", " + path() + "))";
    }

    /**
     * A C block that makes {@code s}, an instance of {@code cType}, hold {@code value} in this member (zero
     * elsewhere) and then runs {@code then}: {@code value} null for the store's own all-ones value.
     */
    public String block(String cType, String value, String then) {
        return switch (store) {
            case MINUS_ONE, ONE -> "{ static " + cType + " s = { ." + path() + " = "
                    + (value != null ? value : store == Store.ONE ? "1" : "-1") + " }; " + then + " }";
            case MEMSET -> "{ " + cType + " s; memset(&s, 0, sizeof s); "
                    + (value == null ? "memset(" + address(cType) + ", 0xff, sizeof " + lvalue + ");"
                            : "{ unsigned long long v = " + value + "; memcpy(" + address(cType) + ", &v, sizeof "
                                    + lvalue + "); }")
                    + " " + then + " }";
        };
    }
}
