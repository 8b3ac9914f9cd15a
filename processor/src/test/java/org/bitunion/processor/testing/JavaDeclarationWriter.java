package org.bitunion.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/** Writes the Java source a user would write for a {@link BitfieldSpec}, exactly as the spec says (valid or not). */
public final class JavaDeclarationWriter {
    private JavaDeclarationWriter() {}

    public static String source(BitfieldSpec spec) {
        StringBuilder out = new StringBuilder();
        if (!spec.packageName().isEmpty()) {
            out.append("package ").append(spec.packageName()).append(";\n\n");
        }
        out.append("import org.bitunion.BigEndian;\n");
        out.append("import org.bitunion.Bitfield;\n");
        out.append("import org.bitunion.Bits;\n");
        out.append("import org.bitunion.Code;\n\n");
        out.append("@Bitfield(bits = ").append(spec.bits());
        if (spec.union()) {
            out.append(", union = true");
        }
        if (spec.packed()) {
            out.append(", packed = true");
        }
        out.append(")\n");
        out.append("public ").append(spec.typeKeyword()).append(' ').append(spec.name())
                .append(spec.typeParameters()).append(" {\n");
        if (spec.typeKeyword().equals("enum")) {
            out.append("    ;\n"); // an enum body needs its (empty) constant list before members
        }
        String modifier = spec.typeKeyword().equals("interface") ? "" : "abstract ";
        for (FieldSpec field : spec.fields()) {
            out.append("    ");
            if (field.bigEndian()) {
                out.append("@BigEndian ");
            }
            appendBitsAnnotation(out, field);
            out.append(modifier);
            if (!field.methodTypeParameters().isEmpty()) {
                out.append(field.methodTypeParameters()).append(' ');
            }
            out.append(field.javaType()).append(' ').append(field.name())
                    .append('(').append(field.parameters()).append(");\n");
        }
        for (EnumSpec enumSpec : spec.enums()) {
            out.append("\n    enum ").append(enumSpec.name()).append(" {");
            List<EnumSpec.Constant> constants = enumSpec.constants();
            for (int i = 0; i < constants.size(); i++) {
                EnumSpec.Constant constant = constants.get(i);
                out.append(i == 0 ? " " : ", ");
                if (constant.code() != null) {
                    out.append("@Code(").append(constant.code()).append(") ");
                }
                out.append(constant.name());
            }
            out.append(" }\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static void appendBitsAnnotation(StringBuilder out, FieldSpec field) {
        boolean hasAt = field.at() >= 0 || field.at() < -1;
        if (field.signed() || field.count() != 0) {
            // The wide-struct attributes: value only where it is written out (int and long need it).
            StringBuilder parts = new StringBuilder();
            if (field.printBits()) {
                parts.append("value = ").append(field.width());
            }
            if (hasAt) {
                parts.append(parts.length() > 0 ? ", " : "").append("at = ").append(field.at());
            }
            if (field.signed()) {
                parts.append(parts.length() > 0 ? ", " : "").append("signed = true");
            }
            if (field.count() != 0) {
                parts.append(parts.length() > 0 ? ", " : "").append("count = ").append(field.count());
            }
            out.append("@Bits(").append(parts).append(") ");
            return;
        }
        if (!field.printBits() && !hasAt) {
            return;
        }
        int value = field.kind() == BitfieldSpec.Kind.NESTED && !field.printBits()
                ? field.nested().bits() : field.width();
        if (hasAt) {
            out.append("@Bits(value = ").append(value).append(", at = ").append(field.at()).append(") ");
        } else {
            out.append("@Bits(").append(value).append(") ");
        }
    }

    public static JavaFileObject file(BitfieldSpec spec) {
        return JavaFileObjects.forSourceString(spec.qualifiedName(), source(spec));
    }
}
