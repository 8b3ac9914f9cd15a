package org.bitunion.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import java.util.List;

/**
 * The accessors over a {@code ByteBuffer} or a {@code MemorySegment} do what their {@code byte[]} twin does, in
 * other memory: their Javadoc is one line that links to the twin (whose Javadoc carries the bit range, the
 * user's own comment and the exceptions) instead of a copy of it.
 */
final class MemoryTwins {
    private MemoryTwins() {}

    /** {@code method}, generated for {@code kind}, with its Javadoc replaced by a link to the {@code byte[]} twin. */
    static MethodSpec pointingAtBytes(MethodSpec method, MemoryKind kind) {
        if (kind == MemoryKind.BYTES) {
            return method;
        }
        List<ParameterSpec> parameters = method.parameters();
        CodeBlock.Builder doc = CodeBlock.builder().add("As {@link #$L(byte[], int", method.name());
        for (ParameterSpec parameter : parameters.subList(2, parameters.size())) {
            doc.add(", $T", parameter.type());
        }
        doc.add(")}, $L.\n", kind == MemoryKind.BUFFER
                ? "in a {@code ByteBuffer} (absolute offset, any byte order)"
                : "in a {@code MemorySegment}");
        return MethodSpec.methodBuilder(method.name())
                .addModifiers(method.modifiers())
                .addJavadoc(doc.build())
                .returns(method.returnType())
                .addParameters(parameters)
                .addCode(method.code())
                .build();
    }
}
