package org.bitunion.cimport.mapping;

import java.util.List;
import org.bitunion.cimport.c.CType;

/** A Java enum written for a C enum used as a field type: constants named as in C, codes their C values. */
public record JavaEnum(String simpleName, CType.Enum source, List<Constant> constants) {
    public record Constant(String name, long code) {}
}
