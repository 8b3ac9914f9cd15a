package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.EnumConstant;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * The whole-word text members: {@code toString} ({@code PageRole{level=4, cr4Pae=true, ...}}) and {@code diff}
 * ({@code level: 4 -> 5, cr0Wp: false -> true}), with nested unions printed by their own generated class.
 * Bits outside every field are shown only when set, so no information in the word is ever hidden.
 */
final class TextMethods {
    private static final ClassName TEXT = ClassName.get("org.bitunion", "BitfieldText");
    private static final String OTHER_BITS = "(other bits)";

    private final BitfieldModel model;
    private final TypeName word;

    TextMethods(BitfieldModel model) {
        this.model = model;
        this.word = FieldAccessors.wordType(model);
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(toStringMethod());
        methods.add(diff());
        methods.add(appendDiff());
        for (FieldModel field : model.fields()) {
            if (field.kind() == FieldKind.ENUM) {
                methods.add(codeName(field));
            }
        }
        return methods;
    }

    private MethodSpec toStringMethod() {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class,
                        model.displayName() + "{");
        boolean first = true;
        for (FieldModel field : model.fields()) {
            body.addStatement("text.append($S).append($L)", (first ? "" : ", ") + field.name() + "=",
                    valueText(field, "word"));
            first = false;
        }
        if (hasBitsOutsideFields()) {
            body.beginControlFlow("if ((word & ~$L) != 0)", GeneratedNames.FIELDS_MASK)
                    .addStatement("text.append($S).append($L)", (model.fields().isEmpty() ? "" : ", ") + OTHER_BITS
                            + "=0x", hexOf("word & ~" + GeneratedNames.FIELDS_MASK))
                    .endControlFlow();
        }
        body.addStatement("return text.append('}').toString()");
        return MethodSpec.methodBuilder(GeneratedNames.TO_STRING)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Returns every field of the word by name, as {@code $L{$L=...}}:\nenums by constant name"
                        + " (an undefined code as its number), nested unions in braces,\nand any set bits outside"
                        + " the fields as {@code $L}.\n", model.displayName(),
                        model.fields().isEmpty() ? "" : model.fields().get(0).name(), OTHER_BITS)
                .returns(String.class)
                .addParameter(word, "word")
                .addCode(body.build())
                .build();
    }

    private MethodSpec diff() {
        return MethodSpec.methodBuilder(GeneratedNames.DIFF)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Returns the fields that differ between two words, as {@code name: before -> after}\n"
                        + "separated by commas (nested fields as {@code outer.inner}); empty when none do.\n")
                .returns(String.class)
                .addParameter(word, "before")
                .addParameter(word, "after")
                .addStatement("$T text = new $T()", StringBuilder.class, StringBuilder.class)
                .addStatement("$N(text, $S, before, after)", GeneratedNames.APPEND_DIFF, "")
                .addStatement("return text.toString()")
                .build();
    }

    private MethodSpec appendDiff() {
        CodeBlock.Builder body = CodeBlock.builder();
        for (FieldModel field : model.fields()) {
            String mask = GeneratedNames.maskConstant(field.name());
            body.beginControlFlow("if (((before ^ after) & $L) != 0)", mask);
            if (field.kind() == FieldKind.NESTED) {
                body.addStatement("$T.$N(text, prefix + $S, $N(before), $N(after))", field.nested().bitsClass(),
                        GeneratedNames.APPEND_DIFF, field.name() + ".", field.name(), field.name());
            } else {
                body.addStatement("$T.startChange(text, prefix, $S)$Z.append($L)$Z.append($S)$Z.append($L)", TEXT,
                        field.name(), valueText(field, "before"), " -> ", valueText(field, "after"));
            }
            body.endControlFlow();
        }
        if (hasBitsOutsideFields()) {
            body.beginControlFlow("if (((before ^ after) & ~$L) != 0)", GeneratedNames.FIELDS_MASK)
                    .addStatement("$T.startChange(text, prefix, $S)$Z.append($S)$Z.append($L)$Z.append($S)$Z.append($L)",
                            TEXT, OTHER_BITS, "0x", hexOf("before & ~" + GeneratedNames.FIELDS_MASK), " -> 0x",
                            hexOf("after & ~" + GeneratedNames.FIELDS_MASK))
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder(GeneratedNames.APPEND_DIFF)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Appends {@link #diff}'s entries to {@code text}, each field name preceded by"
                        + " {@code prefix};\nhow an enclosing union's {@code diff} describes this one.\n")
                .addParameter(StringBuilder.class, "text")
                .addParameter(String.class, "prefix")
                .addParameter(word, "before")
                .addParameter(word, "after")
                .addCode(body.build())
                .build();
    }

    private MethodSpec codeName(FieldModel field) {
        CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
        for (EnumConstant constant : field.enumModel().constants()) {
            body.addStatement("case $L: return $S", constant.code(), constant.name());
        }
        body.addStatement("default: return $T.toUnsignedString(code)", Integer.class).endControlFlow();
        return MethodSpec.methodBuilder(GeneratedNames.codeNameMethod(field.name()))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeName.INT, "code")
                .addCode(body.build())
                .build();
    }

    /** The expression that prints {@code field} of {@code source} ({@code word}, {@code before}, ...). */
    private CodeBlock valueText(FieldModel field, String source) {
        String name = field.name();
        return switch (field.kind()) {
            case BOOLEAN -> CodeBlock.of("$N($N)", name, source);
            case ENUM -> CodeBlock.of("$N($N($N))", GeneratedNames.codeNameMethod(name),
                    GeneratedNames.codeMethod(name), source);
            case NESTED -> CodeBlock.of("$T.toString($N($N))", field.nested().bitsClass(), name, source);
            case INT, LONG -> field.fillsValueType() && !field.signed()
                    ? CodeBlock.of("$T.toUnsignedString($N($N))", field.hasLongValue() ? Long.class : Integer.class,
                            name, source)
                    : CodeBlock.of("$N($N)", name, source);
        };
    }

    /** Whether the word type has bits that no field covers: padding, or the top of an int wider than bits. */
    private boolean hasBitsOutsideFields() {
        long wordBits = model.isLongWord() ? -1L : 0xffff_ffffL;
        return (model.fieldsMask() & wordBits) != wordBits;
    }

    private CodeBlock hexOf(String expression) {
        return CodeBlock.of("$T.toHexString($L)", model.isLongWord() ? Long.class : Integer.class, expression);
    }
}
