package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.EnumConstant;
import org.bitunion.processor.model.EnumModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * The code of an enum field in both directions, for word unions and structs alike. Decoding lists the constants
 * once, in a private {@code switch} expression ({@code decodeMemoryType(code)}) that gives {@code null} for an
 * undefined code; the getter turns that into an {@code IllegalArgumentException} and the text methods into the
 * code's number, so neither repeats the constants.
 */
final class EnumCodes {
    static final ClassName TEXT = ClassName.get("org.bitunion", "BitfieldText");

    private EnumCodes() {}

    /** {@code private static E decodeFoo(int code)}: the constant with the code, or {@code null}. */
    static MethodSpec decodeMethod(String accessor, EnumModel enumModel) {
        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (code) {\n$>");
        for (EnumConstant constant : enumModel.constants()) {
            cases.add("case $L -> $T.$N;\n", constant.code(), enumModel.type(), constant.name());
        }
        cases.add("default -> null;\n$<};\n");
        return MethodSpec.methodBuilder(GeneratedNames.decodeMethod(accessor))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(enumModel.type())
                .addParameter(TypeName.INT, "code")
                .addCode(cases.build())
                .build();
    }

    /**
     * The getter's body: the code read with {@code codeArguments}, decoded, and an undefined code refused with the
     * field's name and the code (unsigned for a 32-bit field).
     */
    static CodeBlock checkedDecode(String accessor, EnumModel enumModel, int width, String qualifiedName,
            CodeBlock codeArguments) {
        return CodeBlock.builder()
                .addStatement("int code = $N($L)", GeneratedNames.codeMethod(accessor), codeArguments)
                .addStatement("$T value = $N(code)", enumModel.type(), GeneratedNames.decodeMethod(accessor))
                .beginControlFlow("if (value == null)")
                .addStatement("throw $T.undefinedCode($S, $S, $L)", FieldAccessors.ERRORS, qualifiedName,
                        enumModel.type().simpleName(), width == 32 ? "Integer.toUnsignedLong(code)" : "code")
                .endControlFlow()
                .addStatement("return value")
                .build();
    }

    /**
     * {@code int code = value.ordinal();}, or one comparison per constant when codes are explicit: constants
     * compared by identity need no synthetic switch-map class, and an enum changed since generation is refused
     * rather than encoded wrongly.
     */
    static CodeBlock encode(EnumModel enumModel, ClassName bitsClass) {
        if (enumModel.codesAreOrdinals()) {
            return CodeBlock.builder().addStatement("int code = value.ordinal()").build();
        }
        CodeBlock.Builder encode = CodeBlock.builder().addStatement("int code");
        boolean first = true;
        for (EnumConstant constant : enumModel.constants()) {
            if (first) {
                encode.beginControlFlow("if (value == $T.$N)", enumModel.type(), constant.name());
                first = false;
            } else {
                encode.nextControlFlow("else if (value == $T.$N)", enumModel.type(), constant.name());
            }
            encode.addStatement("code = $L", constant.code());
        }
        return encode.nextControlFlow("else")
                .addStatement("throw new $T($S$Z + value)", IllegalStateException.class,
                        enumModel.type().simpleName() + " changed after " + bitsClass.simpleName()
                                + " was generated; recompile: ")
                .endControlFlow()
                .build();
    }

    /** The text of the code read with {@code codeArguments}: the constant's name, or the code's number. */
    static CodeBlock text(String accessor, CodeBlock codeArguments) {
        return CodeBlock.of("$N($N($L))", GeneratedNames.codeTextMethod(accessor),
                GeneratedNames.codeMethod(accessor), codeArguments);
    }

    /** {@code private static String fooCodeText(int code)}, for {@code toString} and {@code diff}. */
    static MethodSpec textMethod(String accessor) {
        return MethodSpec.methodBuilder(GeneratedNames.codeTextMethod(accessor))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.INT, "code")
                .addStatement("return $T.codeText($N(code), code)", TEXT, GeneratedNames.decodeMethod(accessor))
                .build();
    }
}
