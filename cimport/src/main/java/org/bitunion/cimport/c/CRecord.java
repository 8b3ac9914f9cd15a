package org.bitunion.cimport.c;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A struct or union. Built in two steps (identity first, members after) because records refer to themselves
 * through pointers.
 */
public final class CRecord implements CType {
    /** {@code struct} or {@code union}. */
    public enum Kind {
        STRUCT("struct"), UNION("union");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }

    private final long id;
    private final Kind kind;
    private final String tag;
    private final long size;
    private final boolean declarationOnly;
    private final String declaringFile;
    private final List<CMember> members = new ArrayList<>();
    private final List<String> typedefNames = new ArrayList<>();
    private int declaringLine;
    private int declaringColumn;
    private List<List<String>> unnamedBitfields = List.of();

    public CRecord(long id, Kind kind, String tag, long size, boolean declarationOnly, String declaringFile) {
        this.id = id;
        this.kind = kind;
        this.tag = tag;
        this.size = size;
        this.declarationOnly = declarationOnly;
        this.declaringFile = declaringFile;
    }

    /** Where gcc says the record is declared: line and column (1-based; 0 when unknown) of {@link #declaringFile}. */
    public void declaredAt(int line, int column) {
        this.declaringLine = line;
        this.declaringColumn = column;
    }

    public int declaringLine() {
        return declaringLine;
    }

    public int declaringColumn() {
        return declaringColumn;
    }

    /**
     * The unnamed bitfields of the C source ({@code unsigned int : 3}), which leave no member in gcc's debugging
     * information: element {@code i} holds those declared just before member {@code i}, the last element those
     * after the last member; empty when the source was not read.
     */
    public List<List<String>> unnamedBitfields() {
        return unnamedBitfields;
    }

    public void unnamedBitfields(List<List<String>> declarations) {
        if (declarations.size() != members.size() + 1) {
            throw new IllegalArgumentException("one list per member and one after the last, not "
                    + declarations.size() + " for " + members.size() + " members");
        }
        this.unnamedBitfields = declarations.stream().map(List::copyOf).toList();
    }

    /** The entry's offset in the debugging information: unique within one import. */
    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The tag ({@code iphdr} of {@code struct iphdr}), or null for an untagged record. */
    public String tag() {
        return tag;
    }

    /** The typedef names of this record, in declaration order ({@code typedef struct {...} foo_t;}). */
    public List<String> typedefNames() {
        return Collections.unmodifiableList(typedefNames);
    }

    public void nameByTypedef(String name) {
        if (!typedefNames.contains(name)) {
            typedefNames.add(name);
        }
    }

    /** Whether {@code name} is this record's tag or one of its typedef names. */
    public boolean answersTo(String name) {
        return name.equals(tag) || typedefNames.contains(name);
    }

    /** The name a user would look it up by: the tag, else the first typedef name; null when it has neither. */
    public String cName() {
        return tag != null ? tag : typedefNames.isEmpty() ? null : typedefNames.get(0);
    }

    /** True when the record has neither tag nor typedef: it exists only as a member's type. */
    public boolean unnamed() {
        return cName() == null;
    }

    @Override
    public long size() {
        return size;
    }

    /** An incomplete type ({@code struct foo;}): no layout. */
    public boolean declarationOnly() {
        return declarationOnly;
    }

    /** The file that declares it, or null when unknown. */
    public String declaringFile() {
        return declaringFile;
    }

    public List<CMember> members() {
        return Collections.unmodifiableList(members);
    }

    public void addMember(CMember member) {
        members.add(member);
    }

    /** Whether this record or an anonymous member record of it has a bitfield member. */
    public boolean hasBitfield() {
        for (CMember member : members) {
            if (member.bitfield()) {
                return true;
            }
            if (member.anonymous() && member.type().resolved() instanceof CRecord inner && inner.hasBitfield()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String spelling() {
        if (tag != null) {
            return kind.keyword() + " " + tag;
        }
        return typedefNames.isEmpty() ? kind.keyword() + " {...}" : typedefNames.get(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CRecord record && record.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return spelling();
    }
}
