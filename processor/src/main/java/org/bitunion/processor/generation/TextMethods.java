package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
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
    /** Fields of nested unions that an inlined nested diff prints: arrays and enums need their text helper too. */
    private final List<FieldModel> inlinedViews = new ArrayList<>();

    TextMethods(BitfieldModel model) {
        this.model = model;
        this.word = FieldAccessors.wordType(model);
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(toStringMethod());
        methods.add(diff());
        methods.add(appendDiff());
        List<FieldModel> printed = new ArrayList<>(model.fields());
        printed.addAll(inlinedViews);
        for (FieldModel field : printed) {
            if (field.isArray()) {
                methods.add(arrayText(field));
            } else if (field.kind() == FieldKind.ENUM) {
                methods.add(EnumCodes.textMethod(field.name()));
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
        if (hasBitsOutsideFields(model)) {
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

    /**
     * The entries of {@code diff}, each name after {@code prefix}. Package-private: besides {@code diff} only an
     * enclosing union in the same package calls it; one in another package writes the same entries itself
     * ({@link #inlineNestedDiff}), so this is no public API.
     */
    private MethodSpec appendDiff() {
        CodeBlock.Builder body = CodeBlock.builder();
        for (FieldModel field : model.fields()) {
            String mask = GeneratedNames.maskConstant(field.name());
            body.beginControlFlow("if (((before ^ after) & $L) != 0)", mask);
            if (field.kind() == FieldKind.NESTED && !field.isArray()) {
                nestedDiff(body, field);
            } else {
                addChange(body, field);
            }
            body.endControlFlow();
        }
        if (hasBitsOutsideFields(model)) {
            body.beginControlFlow("if (((before ^ after) & ~$L) != 0)", GeneratedNames.FIELDS_MASK)
                    .addStatement("$T.startChange(text, prefix, $S)$Z.append($S)$Z.append($L)$Z.append($S)$Z.append($L)",
                            TEXT, OTHER_BITS, "0x", hexOf("before & ~" + GeneratedNames.FIELDS_MASK), " -> 0x",
                            hexOf("after & ~" + GeneratedNames.FIELDS_MASK))
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder(GeneratedNames.APPEND_DIFF)
                .addModifiers(Modifier.STATIC)
                .addJavadoc("Appends {@link #diff}'s entries to {@code text}, each name after {@code prefix}.\n")
                .addParameter(StringBuilder.class, "text")
                .addParameter(String.class, "prefix")
                .addParameter(word, "before")
                .addParameter(word, "after")
                .addCode(body.build())
                .build();
    }

    /** {@code name: before -> after} for one field (or view) of this word. */
    private void addChange(CodeBlock.Builder body, FieldModel field) {
        body.addStatement("$T.change(text, prefix, $S, $L,$W$L)", TEXT, field.path(), valueText(field, "before"),
                valueText(field, "after"));
    }

    /** The changed fields of a nested union, as {@code outer.inner} entries. */
    private void nestedDiff(CodeBlock.Builder body, FieldModel holder) {
        ClassName inner = holder.nested().bitsClass();
        if (inner.packageName().equals(model.bitsClass().packageName())) {
            body.addStatement("$T.$N(text, prefix + $S, $N(before), $N(after))", inner, GeneratedNames.APPEND_DIFF,
                    holder.name() + ".", holder.name(), holder.name());
        } else if (model.flatten() && BitfieldModel.hasFieldViews(holder)) {
            inlineNestedDiff(body, holder, holder.nested().model());
        } else {
            // from another package without accessors of the nested fields here (a byte-swapped nested word, or
            // flatten = false): the whole nested word on each side
            body.addStatement("$T.change(text, prefix, $S, $T.toString($N(before)),$W$T.toString($N(after)))", TEXT,
                    holder.name(), inner, holder.name(), inner, holder.name());
        }
    }

    /**
     * What the nested union's own {@code appendDiff} would append, written with this class's accessors of its
     * fields ({@code baseLevel} for {@code base.level}), in the same order: the nested class's {@code appendDiff}
     * is package-private, out of reach from another package.
     *
     * @param holder the nested field, as a field of this word ({@code base}, or the view {@code a.b} deeper down)
     */
    private void inlineNestedDiff(CodeBlock.Builder body, FieldModel holder, BitfieldModel inner) {
        for (FieldModel innerField : inner.fields()) {
            FieldModel view = innerField.seenThrough(holder);
            boolean nested = innerField.kind() == FieldKind.NESTED && !innerField.isArray();
            if (nested && BitfieldModel.hasFieldViews(innerField) && inner.flatten()) {
                body.beginControlFlow("if (((before ^ after) & $L) != 0)", GeneratedNames.maskConstant(view.name()));
                inlineNestedDiff(body, view, innerField.nested().model());
                body.endControlFlow();
                continue;
            }
            body.beginControlFlow("if (((before ^ after) & $L) != 0)", GeneratedNames.maskConstant(view.name()));
            if (nested) {
                body.addStatement("$T.change(text, prefix, $S, $T.toString($N(before)),$W$T.toString($N(after)))",
                        TEXT, view.path(), innerField.nested().bitsClass(), view.name(),
                        innerField.nested().bitsClass(), view.name());
            } else {
                addChange(body, view);
                inlinedViews.add(view);
            }
            body.endControlFlow();
        }
        if (hasBitsOutsideFields(inner)) {
            // the nested word's padding, as the nested class prints it: its bits outside its FIELDS_MASK
            String outside = "$N($N) & ~$T." + GeneratedNames.FIELDS_MASK;
            Class<?> hex = inner.isLongWord() ? Long.class : Integer.class;
            body.beginControlFlow("if ((($N(before) ^ $N(after)) & ~$T.$N) != 0)", holder.name(), holder.name(),
                            inner.bitsClass(), GeneratedNames.FIELDS_MASK)
                    .addStatement("$T.startChange(text, prefix, $S)$Z.append($S)$Z.append($T.toHexString(" + outside
                                    + "))$Z.append($S)$Z.append($T.toHexString(" + outside + "))", TEXT,
                            holder.path() + "." + OTHER_BITS, "0x", hex, holder.name(), "before", inner.bitsClass(),
                            " -> 0x", hex, holder.name(), "after", inner.bitsClass())
                    .endControlFlow();
        }
    }

    /** {@code [1, 2, 3]}: the elements of an array field, each printed as a field of its type would be. */
    private MethodSpec arrayText(FieldModel field) {
        CodeBlock text = readText(field, CodeBlock.of("word, i"));
        return MethodSpec.methodBuilder(GeneratedNames.textMethod(field.name()))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(word, "word")
                .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class, "[")
                .beginControlFlow("for (int i = 0; i < $N; i++)", GeneratedNames.countConstant(field.name()))
                .addStatement("text.append(i == 0 ? $S : $S).append($L)", "", ", ", text)
                .endControlFlow()
                .addStatement("return text.append(']').toString()")
                .build();
    }

    /** The expression that prints {@code field} of {@code source} ({@code word}, {@code before}, ...). */
    private CodeBlock valueText(FieldModel field, String source) {
        if (field.isArray()) {
            return CodeBlock.of("$N($N)", GeneratedNames.textMethod(field.name()), source);
        }
        return readText(field, CodeBlock.of("$N", source));
    }

    /** The expression that prints the value the getter of {@code field} returns for {@code arguments}. */
    private static CodeBlock readText(FieldModel field, CodeBlock arguments) {
        String name = field.name();
        return switch (field.kind()) {
            case BOOLEAN -> CodeBlock.of("$N($L)", name, arguments);
            case ENUM -> EnumCodes.text(name, arguments);
            case NESTED -> CodeBlock.of("$T.toString($N($L))", field.nested().bitsClass(), name, arguments);
            case INT, LONG -> field.fillsValueType() && !field.signed()
                    ? CodeBlock.of("$T.toUnsignedString($N($L))", field.hasLongValue() ? Long.class : Integer.class,
                            name, arguments)
                    : CodeBlock.of("$N($L)", name, arguments);
        };
    }

    /** Whether the word type has bits that no field covers: padding, or the top of an int wider than bits. */
    private static boolean hasBitsOutsideFields(BitfieldModel model) {
        long wordBits = model.isLongWord() ? -1L : 0xffff_ffffL;
        return (model.fieldsMask() & wordBits) != wordBits;
    }

    private CodeBlock hexOf(String expression) {
        return CodeBlock.of("$T.toHexString($L)", model.isLongWord() ? Long.class : Integer.class, expression);
    }
}
