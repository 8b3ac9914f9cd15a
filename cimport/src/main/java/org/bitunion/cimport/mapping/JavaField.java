package org.bitunion.cimport.mapping;

/**
 * One field of a declaration: a method {@code name()} of {@code type}, {@code width} bits (of each element when
 * {@code count > 0}) at bit {@code at} of its declaration. {@code cDeclaration} is the C member it comes from;
 * {@code note} says how a member Java has no exact type for is held (null when nothing needs saying); {@code probe}
 * how a gcc probe stores into the member of a top-level record (null inside records that are nested or checked
 * on their own).
 */
public record JavaField(String name, FieldType type, long width, long at, boolean signed, long count,
        boolean bigEndian, String cDeclaration, String note, ProbeLeaf probe) {
    public boolean array() {
        return count > 0;
    }
}
