package org.bitunion.processor.model;

/** What a field's Java type is, which decides how its bits are read and written. */
public enum FieldKind {
    /** {@code boolean}: exactly one bit. */
    BOOLEAN,
    /** {@code int}: 1 to 32 bits, unsigned unless it fills the whole int. */
    INT,
    /** {@code long}: 1 to 64 bits, unsigned unless it fills the whole long. */
    LONG,
    /** An enum: the field holds a code, from {@code @Code} or the ordinal. */
    ENUM,
    /** Another {@code @Bitfield} interface: the field holds that union's word. */
    NESTED;

    /** The name of the Java type, as a user would write it in a message. */
    public String javaName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
