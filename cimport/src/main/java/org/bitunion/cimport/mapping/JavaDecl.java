package org.bitunion.cimport.mapping;

import java.util.List;
import org.bitunion.cimport.c.CRecord;

/**
 * A {@code @Bitfield} interface for a C struct or union: {@code bits} = 8 x sizeof; {@code nested} are the
 * interfaces declared inside it (records that are anonymous in C); {@code leaves} the probe stores that check its
 * layout against gcc (top-level declarations only).
 */
public record JavaDecl(String simpleName, CRecord record, long bits, boolean union, boolean packed,
        List<JavaField> fields, List<JavaDecl> nested, List<String> notes, List<ProbeLeaf> leaves) {}
