package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code ValueLayout} constants that {@code MemorySegment} accessors use: unaligned, in an explicit byte order
 * (x86-64's little-endian for the struct, big-endian for {@code @BigEndian} fields), held in {@code static final}
 * fields of the generated class so the JIT sees constants. Only ever in generated code: the runtime stays Java 17.
 */
final class SegmentLayouts {
    private SegmentLayouts() {}

    static List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (int bytes : new int[] {2, 4, 8}) {
            for (boolean bigEndian : new boolean[] {false, true}) {
                String type = bytes == 2 ? "Short" : bytes == 4 ? "Int" : "Long";
                fields.add(FieldSpec.builder(MemoryKind.VALUE_LAYOUT.nestedClass("Of" + type),
                                MemoryKind.segmentLayout(bytes, bigEndian), Modifier.PRIVATE, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.JAVA_$L_UNALIGNED.withOrder($T.$L)", MemoryKind.VALUE_LAYOUT,
                                type.toUpperCase(java.util.Locale.ROOT), ClassName.get(ByteOrder.class),
                                bigEndian ? "BIG_ENDIAN" : "LITTLE_ENDIAN")
                        .build());
            }
        }
        return fields;
    }
}
