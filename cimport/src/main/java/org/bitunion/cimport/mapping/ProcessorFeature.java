package org.bitunion.cimport.mapping;

import java.util.EnumSet;
import java.util.Set;

/**
 * Declaration features of {@code @Bitfield} that an import may use. The processor gains them in steps (CONTRACT
 * section 4); a C construct that needs a feature the processor lacks is refused, naming the feature, rather than
 * written in a form the processor would lay out differently.
 */
public enum ProcessorFeature {
    /** {@code bits} above 64: a struct in memory. */
    WIDE_STRUCTS("structs over 64 bits (structs in memory)"),
    /** {@code @Bits(signed = true)}. */
    SIGNED("signed fields (@Bits(signed = true))"),
    /** {@code @BigEndian}. */
    BIG_ENDIAN("big-endian fields (@BigEndian)"),
    /** {@code @Bits(count = n)} on array types. */
    ARRAYS("array fields (@Bits(count = n))"),
    /** A nested {@code @Bitfield} struct over 64 bits as a member. */
    NESTED_STRUCTS("nested structs over 64 bits"),
    /** {@code @Bitfield(union = true)}. */
    C_UNIONS("C unions (@Bitfield(union = true))"),
    /** {@code @Bitfield(packed = true)}. */
    PACKED("packed structs (@Bitfield(packed = true))");

    private final String description;

    ProcessorFeature(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * What the processor this import is built with supports: all of them since the processor declares structs in
     * memory (CONTRACT section 4). The UAPI and golden tests compile every import with that processor and check
     * its accessors against gcc, so a feature listed here that the processor got wrong fails the build.
     */
    public static Set<ProcessorFeature> supported() {
        return EnumSet.allOf(ProcessorFeature.class);
    }
}
