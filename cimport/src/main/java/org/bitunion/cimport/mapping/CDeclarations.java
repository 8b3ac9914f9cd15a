package org.bitunion.cimport.mapping;

import java.util.List;
import org.bitunion.cimport.c.CMember;
import org.bitunion.cimport.c.CRecord;
import org.bitunion.cimport.c.CType;

/**
 * C declarations written back from gcc's debugging information, for the Javadoc of imported types: member order,
 * types (as their typedef names), widths and nesting as gcc saw them. Unnamed and zero-width bitfields leave no
 * trace in DWARF; they come from the preprocessed source ({@link org.bitunion.cimport.c.UnnamedBitfields}), as
 * written there.
 */
public final class CDeclarations {
    private static final String INDENT = "    ";

    private CDeclarations() {}

    /** One member, without the semicolon: {@code __u8 ihl : 4}, {@code char name[16]}, {@code int *p}. */
    public static String member(CMember member) {
        return declarator(member.type(), member.name() == null ? "" : member.name())
                + (member.bitfield() ? " : " + member.bitSize() : "");
    }

    /** The whole record, its anonymous and unnamed member records written inline. */
    public static String record(CRecord record) {
        StringBuilder text = new StringBuilder();
        body(record, "", text);
        return text.append(";").toString();
    }

    private static void body(CRecord record, String indent, StringBuilder text) {
        text.append(record.kind().keyword());
        if (record.tag() != null) {
            text.append(' ').append(record.tag());
        }
        text.append(" {\n");
        List<List<String>> unnamed = record.unnamedBitfields();
        for (int i = 0; i < record.members().size(); i++) {
            CMember member = record.members().get(i);
            if (!unnamed.isEmpty()) {
                unnamedBitfields(unnamed.get(i), indent, text);
            }
            text.append(indent).append(INDENT);
            CType type = member.type();
            if (type instanceof CRecord inner && inner.unnamed()) {
                body(inner, indent + INDENT, text);
                if (member.name() != null) {
                    text.append(' ').append(member.name());
                }
            } else {
                text.append(member(member));
            }
            text.append(";\n");
        }
        if (!unnamed.isEmpty()) {
            unnamedBitfields(unnamed.get(unnamed.size() - 1), indent, text);
        }
        text.append(indent).append("}");
    }

    private static void unnamedBitfields(List<String> declarations, String indent, StringBuilder text) {
        for (String declaration : declarations) {
            text.append(indent).append(INDENT).append(declaration).append(";\n");
        }
    }

    private static String declarator(CType type, String name) {
        if (type instanceof CType.Qualified qualified && qualified.target() instanceof CType.Array array) {
            // C has no qualified array types: "const T a[3]" qualifies the elements, and gcc says so on both.
            CType element = array.element() instanceof CType.Qualified inner
                    && inner.qualifier().equals(qualified.qualifier()) ? array.element()
                    : new CType.Qualified(qualified.qualifier(), array.element());
            return declarator(new CType.Array(element, array.counts()), name);
        }
        if (type instanceof CType.Array array) {
            StringBuilder dimensions = new StringBuilder();
            for (long count : array.counts()) {
                dimensions.append(count < 0 ? "[]" : "[" + count + "]");
            }
            return declarator(array.element(), name + dimensions);
        }
        if (type instanceof CType.Pointer pointer) {
            return (pointer.target() == null ? "void" : pointer.target().spelling()) + " *" + name;
        }
        return name.isEmpty() ? type.spelling() : type.spelling() + " " + name;
    }
}
