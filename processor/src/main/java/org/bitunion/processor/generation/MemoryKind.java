package org.bitunion.processor.generation;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * The memory that struct accessors (and word unions' {@code load}/{@code store}) work on: a {@code byte[]}, a
 * {@code ByteBuffer} at an absolute index, or a {@code MemorySegment} (only in code compiled for Java 22 or later,
 * where {@code java.lang.foreign} is final). Each kind says how to name its parameters, check that a struct lies
 * inside it, and load or store a window of 1, 2, 4 or 8 bytes in either byte order.
 */
enum MemoryKind {
    BYTES(ArrayTypeName.of(TypeName.BYTE), "bytes", TypeName.INT, "$N.length"),
    BUFFER(ClassName.get("java.nio", "ByteBuffer"), "buffer", TypeName.INT, "$N.limit()"),
    SEGMENT(ClassName.get("java.lang.foreign", "MemorySegment"), "segment", TypeName.LONG, "$N.byteSize()");

    static final ClassName MEMORY = ClassName.get("org.bitunion", "BitfieldMemory");
    static final ClassName VALUE_LAYOUT = ClassName.get("java.lang.foreign", "ValueLayout");
    static final ClassName OBJECTS = ClassName.get(Objects.class);

    private final TypeName type;
    private final String name;
    private final TypeName offsetType;
    private final String length;

    MemoryKind(TypeName type, String name, TypeName offsetType, String length) {
        this.type = type;
        this.name = name;
        this.offsetType = offsetType;
        this.length = length;
    }

    String parameterName() {
        return name;
    }

    ParameterSpec memoryParameter() {
        return ParameterSpec.builder(type, name).build();
    }

    ParameterSpec offsetParameter() {
        return ParameterSpec.builder(offsetType, "offset").build();
    }

    TypeName offsetType() {
        return offsetType;
    }

    /**
     * {@code Objects.checkIndex(offset, bytes.length - SIZE + 1)}: the whole struct must lie in memory, so the valid
     * offsets are {@code 0..length - SIZE}. {@code checkIndex} rather than {@code checkFromIndexSize}: it is a JIT
     * intrinsic, the same check the {@code VarHandle} access does, so the two fold into about one compare.
     */
    CodeBlock checkStruct(String size) {
        return CodeBlock.of("$T.checkIndex(offset, " + length + " - $L + 1)", OBJECTS, name, size);
    }

    /** A load of {@code bytes} bytes at {@code index}: an int (zero-extended for 1 and 2 bytes), a long for 8. */
    CodeBlock load(int bytes, boolean bigEndian, CodeBlock index) {
        if (this == SEGMENT) {
            return switch (bytes) {
                case 1 -> CodeBlock.of("$T.toUnsignedInt($N.get($T.JAVA_BYTE, $L))", Byte.class, name, VALUE_LAYOUT,
                        index);
                case 2 -> CodeBlock.of("$T.toUnsignedInt($N.get($N, $L))", Short.class, name,
                        segmentLayout(2, bigEndian), index);
                default -> CodeBlock.of("$N.get($N, $L)", name, segmentLayout(bytes, bigEndian), index);
            };
        }
        String method = switch (bytes) {
            case 1 -> "loadU8";
            case 2 -> "loadU16";
            case 4 -> "loadI32";
            default -> "loadI64";
        } + (bytes == 1 ? "" : bigEndian ? "BE" : "LE");
        return CodeBlock.of("$T.$N($N, $L)", MEMORY, method, name, index);
    }

    /** A store of the low {@code bytes} bytes of {@code value} (an int, a long for 8 bytes) at {@code index}. */
    CodeBlock store(int bytes, boolean bigEndian, CodeBlock index, CodeBlock value) {
        if (this == SEGMENT) {
            return switch (bytes) {
                case 1 -> CodeBlock.of("$N.set($T.JAVA_BYTE, $L, (byte) ($L))", name, VALUE_LAYOUT, index, value);
                case 2 -> CodeBlock.of("$N.set($N, $L, (short) ($L))", name, segmentLayout(2, bigEndian), index,
                        value);
                default -> CodeBlock.of("$N.set($N, $L, $L)", name, segmentLayout(bytes, bigEndian), index, value);
            };
        }
        String method = "store" + bytes * 8 + (bytes == 1 ? "" : bigEndian ? "BE" : "LE");
        return CodeBlock.of("$T.$N($N, $L, $L)", MEMORY, method, name, index, value);
    }

    /** The generated class's constant holding the unaligned {@code ValueLayout} of that size and order. */
    static String segmentLayout(int bytes, boolean bigEndian) {
        String type = switch (bytes) {
            case 2 -> "SHORT";
            case 4 -> "INT";
            default -> "LONG";
        };
        return type + (bigEndian ? "_BE" : "_LE");
    }
}
