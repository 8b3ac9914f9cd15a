package org.bitunion.cimport.source;

import java.util.ArrayList;
import java.util.List;
import org.bitunion.cimport.mapping.CDeclarations;
import org.bitunion.cimport.mapping.FieldType;
import org.bitunion.cimport.mapping.JavaDecl;
import org.bitunion.cimport.mapping.JavaEnum;
import org.bitunion.cimport.mapping.JavaField;

/**
 * Writes imported declarations as Java source: the same input gives the same bytes (no dates, no paths of the
 * machine, {@code \n} line ends).
 */
public final class SourceWriter {
    private static final String INDENT = "    ";

    private final String packageName;
    private final String header;

    /** {@code header}: how the Javadoc names where the C came from, e.g. {@code <linux/ip.h>}. */
    public SourceWriter(String packageName, String header) {
        this.packageName = packageName;
        this.header = header;
    }

    /** The source of a top-level declaration and the interfaces nested in it. */
    public String declaration(JavaDecl decl) {
        StringBuilder text = preamble();
        List<String> imports = new ArrayList<>(List.of("org.bitunion.Bitfield", "org.bitunion.Bits"));
        if (usesBigEndian(decl)) {
            imports.add(0, "org.bitunion.BigEndian");
        }
        for (String name : imports) {
            text.append("import ").append(name).append(";\n");
        }
        text.append('\n');
        interfaceSource(decl, "", true, text);
        return text.toString();
    }

    /** The source of a Java enum for a C enum. */
    public String enumeration(JavaEnum javaEnum) {
        StringBuilder text = preamble();
        text.append("import org.bitunion.Code;\n\n");
        text.append("/**\n * {@code ").append(javaEnum.source().spelling()).append("} from {@code ").append(header)
                .append("}: each constant's {@code @Code} is its C value.\n */\n");
        text.append("public enum ").append(javaEnum.simpleName()).append(" {\n");
        List<JavaEnum.Constant> constants = javaEnum.constants();
        for (int i = 0; i < constants.size(); i++) {
            JavaEnum.Constant constant = constants.get(i);
            text.append(INDENT).append("@Code(").append(constant.code()).append(") ").append(constant.name())
                    .append(i == constants.size() - 1 ? "\n" : ",\n");
        }
        return text.append("}\n").toString();
    }

    private StringBuilder preamble() {
        StringBuilder text = new StringBuilder();
        text.append("// Imported from ").append(header).append(" by bitunion-cimport; regenerate rather than edit.\n");
        if (!packageName.isEmpty()) {
            text.append("package ").append(packageName).append(";\n\n");
        }
        return text;
    }

    private static boolean usesBigEndian(JavaDecl decl) {
        return decl.fields().stream().anyMatch(JavaField::bigEndian)
                || decl.nested().stream().anyMatch(SourceWriter::usesBigEndian);
    }

    private void interfaceSource(JavaDecl decl, String indent, boolean topLevel, StringBuilder text) {
        text.append(indent).append("/**\n");
        if (topLevel) {
            text.append(indent).append(" * {@code ").append(decl.record().spelling()).append("} from {@code ")
                    .append(header).append("}: ").append(bytes(decl.bits())).append(",\n").append(indent)
                    .append(" * gcc's layout on x86-64, checked against gcc member by member.\n");
            text.append(indent).append(" *\n").append(indent).append(" * <pre>{@code\n");
            for (String line : CDeclarations.record(decl.record()).split("\n")) {
                text.append(indent).append(" * ").append(javadocSafe(line)).append('\n');
            }
            text.append(indent).append(" * }</pre>\n");
        } else {
            text.append(indent).append(" * The ").append(decl.record().kind().keyword())
                    .append(" of the C declaration that has no name of its own: ").append(bytes(decl.bits()))
                    .append(".\n");
        }
        for (String note : decl.notes()) {
            text.append(indent).append(" *\n");
            for (String line : wrap("<p>" + note, 110 - indent.length())) {
                text.append(indent).append(" * ").append(line).append('\n');
            }
        }
        if (decl.packed()) {
            text.append(indent).append(" *\n");
            for (String line : wrap("<p>{@code packed = true}: gcc's layout has a field across a storage unit, or"
                    + " a size bitunion's alignment rule would not give; every field is placed explicitly.",
                    110 - indent.length())) {
                text.append(indent).append(" * ").append(line).append('\n');
            }
        }
        text.append(indent).append(" */\n");
        text.append(indent).append("@Bitfield(bits = ").append(decl.bits());
        if (decl.union()) {
            text.append(", union = true");
        }
        if (decl.packed()) {
            text.append(", packed = true");
        }
        text.append(")\n");
        text.append(indent).append(topLevel ? "public " : "").append("interface ").append(decl.simpleName())
                .append(" {\n");
        boolean first = true;
        for (JavaDecl nested : decl.nested()) {
            if (!first) {
                text.append('\n');
            }
            interfaceSource(nested, indent + INDENT, false, text);
            first = false;
        }
        for (JavaField field : decl.fields()) {
            if (!first) {
                text.append('\n');
            }
            first = false;
            field(field, indent + INDENT, text);
        }
        text.append(indent).append("}\n");
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word on a line of its own). */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String bytes(long bits) {
        return bits == 8 ? "1 byte" : bits / 8 + " bytes";
    }

    private static void field(JavaField field, String indent, StringBuilder text) {
        String doc = "{@code " + javadocSafe(field.cDeclaration()) + "}"
                + (field.note() == null ? "" : ": " + field.note()) + ".";
        if (indent.length() + doc.length() + 7 <= 120) {
            text.append(indent).append("/** ").append(doc).append(" */\n");
        } else {
            text.append(indent).append("/**\n");
            for (String line : wrap(doc, 117 - indent.length())) {
                text.append(indent).append(" * ").append(line).append('\n');
            }
            text.append(indent).append(" */\n");
        }
        text.append(indent);
        if (field.bigEndian()) {
            text.append("@BigEndian ");
        }
        List<String> values = new ArrayList<>();
        boolean implied = field.type() == FieldType.Scalar.BOOLEAN && field.width() == 1
                || field.type() instanceof FieldType.Nested;
        if (!implied) {
            values.add("value = " + field.width());
        }
        values.add("at = " + field.at());
        if (field.signed()) {
            values.add("signed = true");
        }
        if (field.array()) {
            values.add("count = " + field.count());
        }
        text.append("@Bits(").append(String.join(", ", values)).append(") ")
                .append(field.type().javaName()).append(field.array() ? "[]" : "").append(' ')
                .append(field.name()).append("();\n");
    }

    /** Javadoc cannot hold {@code *}{@code /}; C declarations only produce it as a pointer declarator. */
    private static String javadocSafe(String text) {
        return text.replace("*/", "* /");
    }
}
