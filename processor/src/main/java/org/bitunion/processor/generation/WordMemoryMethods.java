package org.bitunion.processor.generation;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * A word union's {@code SIZE} and its {@code load}/{@code store}: the word as it lies in little-endian memory,
 * exactly {@code SIZE} bytes (the fewest that hold its bits), moved in the fewest 1, 2, 4 and 8-byte windows.
 */
final class WordMemoryMethods {
    private final BitfieldModel model;
    private final TypeName word;

    WordMemoryMethods(BitfieldModel model) {
        this.model = model;
        this.word = FieldAccessors.wordType(model);
    }

    FieldSpec size() {
        return FieldSpec.builder(TypeName.INT, GeneratedNames.SIZE, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The word's size in memory in bytes: the fewest that hold its $L bits.\n", model.bits())
                .initializer("$L", model.sizeBytes())
                .build();
    }

    List<MethodSpec> methods(MemoryKind kind) {
        return List.of(load(kind), store(kind));
    }

    /** The windows that make up {@code SIZE} bytes, largest first: 7 bytes are 4 + 2 + 1. */
    private List<int[]> windows() {
        List<int[]> windows = new ArrayList<>();
        int at = 0;
        for (int bytes : new int[] {8, 4, 2, 1}) {
            if (model.sizeBytes() - at >= bytes) {
                windows.add(new int[] {at, bytes});
                at += bytes;
            }
        }
        return windows;
    }

    private static CodeBlock index(int at) {
        return at == 0 ? CodeBlock.of("offset") : CodeBlock.of("offset + $L", at);
    }

    private MethodSpec load(MemoryKind kind) {
        MethodSpec.Builder load = MethodSpec.methodBuilder(GeneratedNames.LOAD)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Returns the word stored little-endian in the $L at {@code offset}$L.\n", bytesText(),
                        8 * model.sizeBytes() < wordBits() ? "; its bits from " + 8 * model.sizeBytes() + " up are 0"
                                : "")
                .addJavadoc("\n@throws IndexOutOfBoundsException if the bytes are not all in memory\n")
                .returns(word)
                .addParameter(kind.memoryParameter())
                .addParameter(kind.offsetParameter());
        List<int[]> windows = windows();
        if (windows.size() > 1) {
            load.addStatement("$L", kind.checkStruct(GeneratedNames.SIZE));
        }
        CodeBlock.Builder value = CodeBlock.builder();
        for (int i = 0; i < windows.size(); i++) {
            int at = windows.get(i)[0];
            int bytes = windows.get(i)[1];
            CodeBlock part = kind.load(bytes, false, index(at));
            if (model.isLongWord() && bytes < 8) {
                part = bytes == 4 ? CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, part)
                        : CodeBlock.of("(long) $L", part);
            }
            if (at > 0) {
                part = CodeBlock.of("$L << $L", part, 8 * at);
            }
            value.add(i == 0 ? "$L" : "$W| $L", part);
        }
        return load.addStatement("return $L", value.build()).build();
    }

    private MethodSpec store(MemoryKind kind) {
        MethodSpec.Builder store = MethodSpec.methodBuilder(GeneratedNames.STORE)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Stores {@code word} little-endian in the $L at {@code offset}$L.\n", bytesText(),
                        8 * model.sizeBytes() < wordBits()
                                ? "; its bits from " + 8 * model.sizeBytes() + " up are not stored" : "")
                .addJavadoc("\n@throws IndexOutOfBoundsException if the bytes are not all in memory (then none is"
                        + " written)\n")
                .addParameter(kind.memoryParameter())
                .addParameter(kind.offsetParameter())
                .addParameter(word, "word");
        List<int[]> windows = windows();
        if (windows.size() > 1) {
            store.addStatement("$L", kind.checkStruct(GeneratedNames.SIZE));
        }
        for (int[] window : windows) {
            int at = window[0];
            int bytes = window[1];
            CodeBlock part = at == 0 ? CodeBlock.of("word") : CodeBlock.of("word >>> $L", 8 * at);
            if (model.isLongWord() && bytes < 8) {
                part = CodeBlock.of("(int) ($L)", part);
            }
            store.addStatement("$L", kind.store(bytes, false, index(at), part));
        }
        return store.build();
    }

    private String bytesText() {
        return model.sizeBytes() == 1 ? "byte" : model.sizeBytes() + " bytes";
    }

    private int wordBits() {
        return model.isLongWord() ? 64 : 32;
    }
}
