package org.bitunion.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Bitfield} declaration that passed validation: everything generation needs, nothing it has to check.
 *
 * @param element   the annotated interface, the generated class's originating element
 * @param type      the interface's name
 * @param bitsClass the class to generate ({@code PageRoleBits}, {@code Outer_RoleBits})
 * @param bits      the declared width, 1..64
 * @param fields    the fields in declaration order, with their final positions
 */
public record BitfieldModel(
        TypeElement element, ClassName type, ClassName bitsClass, int bits, List<FieldModel> fields) {

    /** Whether the word is a {@code long} (bits above 32), else an {@code int}. */
    public boolean isLongWord() {
        return bits > 32;
    }

    /** The name users know the declaration by: its simple name, with enclosing classes ({@code Outer.Role}). */
    public String displayName() {
        return String.join(".", type.simpleNames());
    }

    /** Every bit that belongs to a named field. */
    public long fieldsMask() {
        long mask = 0;
        for (FieldModel field : fields) {
            mask |= field.maskInPlace();
        }
        return mask;
    }

    /** The generated class for a {@code @Bitfield} interface: {@code Outer_InnerBits} for nested ones. */
    public static ClassName bitsClassOf(ClassName type) {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "Bits");
    }
}
