package org.bitunion.cimport.c;

/**
 * A member of a struct or union: {@code name} null for an anonymous struct or union member; {@code bitOffset}
 * from the start of the enclosing record; {@code bitSize} the bitfield width, or -1 for a member that is not a
 * bitfield.
 */
public record CMember(String name, CType type, long bitOffset, long bitSize) {
    public boolean bitfield() {
        return bitSize >= 0;
    }

    public boolean anonymous() {
        return name == null;
    }
}
