package org.bitunion.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An enum used as a field type.
 *
 * @param type       the enum class
 * @param constants  its constants in declaration (ordinal) order, each with its code
 * @param codesAreOrdinals every constant's code is its ordinal, so encoding is {@code ordinal()}
 */
public record EnumModel(ClassName type, List<EnumConstant> constants, boolean codesAreOrdinals) {
    /** The largest code of any constant, or 0 for none. */
    public long maxCode() {
        return constants.stream().mapToLong(EnumConstant::code).max().orElse(0);
    }
}
