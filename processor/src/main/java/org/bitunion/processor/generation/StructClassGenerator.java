package org.bitunion.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;
import org.bitunion.processor.model.StructMember;

/**
 * Turns a validated struct model (a {@code @Bitfield} wider than 64 bits) into its {@code ...Bits} class: the
 * {@code SIZE} and per-field constants, the accessors of every member over each {@link MemoryKind}, the nested
 * structs' offsets, and {@code toString}.
 */
final class StructClassGenerator {
    private final BitfieldModel model;
    private final List<MemoryKind> kinds;

    StructClassGenerator(BitfieldModel model, List<MemoryKind> kinds) {
        this.model = model;
        this.kinds = kinds;
    }

    /** @param generated the {@code @Generated} annotation, or null where the consumer cannot see it */
    JavaFile generate(AnnotationSpec generated) {
        TypeSpec.Builder type = TypeSpec.classBuilder(model.bitsClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(model.element());
        if (generated != null) {
            type.addAnnotation(generated);
        }
        type.addJavadoc("$L", classJavadoc());
        type.addField(FieldSpec.builder(TypeName.INT, GeneratedNames.SIZE, Modifier.PUBLIC, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("The struct's size in bytes (C {@code sizeof}), the stride of an array of it.\n")
                .initializer("$L", model.sizeBytes())
                .build());
        List<FieldModel> constantHolders = new ArrayList<>(model.fields());
        constantHolders.addAll(model.nestedFieldViews());
        for (FieldModel field : constantHolders) {
            type.addFields(constants(field));
        }
        if (kinds.contains(MemoryKind.SEGMENT)) {
            type.addFields(SegmentLayouts.fields());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (FieldModel field : model.fields()) {
            if (field.isNestedStruct()) {
                type.addMethod(offsetMethod(field, TypeName.INT));
                if (kinds.contains(MemoryKind.SEGMENT)) {
                    type.addMethod(offsetMethod(field, TypeName.LONG));
                }
            }
        }
        List<MethodSpec> decoders = new ArrayList<>();
        for (StructMember member : StructMember.of(model)) {
            StructAccessors accessors = new StructAccessors(model, member);
            for (MemoryKind kind : kinds) {
                for (MethodSpec method : accessors.methods(kind)) {
                    type.addMethod(MemoryTwins.pointingAtBytes(method, kind));
                }
            }
            if (accessors.decodes()) {
                decoders.add(accessors.decodeMethod());
            }
        }
        StructText text = new StructText(model);
        for (MemoryKind kind : kinds) {
            type.addMethod(MemoryTwins.pointingAtBytes(text.toStringMethod(kind), kind));
        }
        type.addMethods(decoders);
        for (FieldModel field : model.fields()) {
            if (field.kind() == FieldKind.ENUM) {
                type.addMethod(EnumCodes.textMethod(field.name())); // what toString prints
            }
        }
        return JavaFile.builder(model.bitsClass().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * {@code _OFFSET_BITS}, {@code _WIDTH} (and {@code _COUNT} of an array): undocumented, as the class Javadoc
     * says once what they are and draws where every field lies; {@link GeneratedSource} prints them as one block
     * per field.
     */
    private List<FieldSpec> constants(FieldModel field) {
        List<FieldSpec> constants = new ArrayList<>();
        constants.add(FieldSpec.builder(TypeName.INT, GeneratedNames.offsetBitsConstant(field.name()),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", field.shift())
                .build());
        constants.add(FieldSpec.builder(TypeName.INT, GeneratedNames.widthConstant(field.name()),
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", field.width())
                .build());
        if (field.isArray()) {
            constants.add(FieldSpec.builder(TypeName.INT, GeneratedNames.countConstant(field.name()),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", field.count())
                    .build());
        }
        return constants;
    }

    /** {@code innerOffset(offset[, index])}: where the nested struct starts, to call its own accessors. */
    private MethodSpec offsetMethod(FieldModel field, TypeName offsetType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(GeneratedNames.offsetMethod(field.name()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Returns the byte offset of {@code $L}$L in the struct at {@code offset},\nfor the"
                        + " accessors of {@link $T}.\n", field.name(), field.isArray() ? "[index]" : "",
                        field.nested().bitsClass())
                .returns(offsetType)
                .addParameter(offsetType, "offset");
        if (field.isArray()) {
            method.addJavadoc("\n@throws IndexOutOfBoundsException if {@code index} is not in 0..$L\n",
                            field.count() - 1)
                    .addParameter(TypeName.INT, "index")
                    .addStatement("$T.checkIndex(index, $N)", MemoryKind.OBJECTS,
                            GeneratedNames.countConstant(field.name()))
                    .addStatement("return offset + $L + index * $T.$N", field.shift() / 8, field.nested().bitsClass(),
                            GeneratedNames.SIZE);
        } else {
            method.addStatement("return offset + $L", field.shift() / 8);
        }
        return method.build();
    }

    private String classJavadoc() {
        StringBuilder doc = new StringBuilder()
                .append("Static accessors for the {@link ").append(model.type().canonicalName())
                .append("} ").append(model.union() ? "union" : "struct").append(" in memory, ")
                .append(model.sizeBytes()).append(" bytes")
                .append(model.packed() ? " (packed)" : "").append(",\nlaid out as GCC lays out the same C declaration"
                        + " on x86-64 (little-endian,\nbitfields LSB first). Every accessor takes the memory and the"
                        + " struct's offset in it.\n"
                        + "Each field {@code foo} has {@code FOO_OFFSET_BITS}, its first bit in the struct, and\n"
                        + "{@code FOO_WIDTH}, its width (of each element of an array, which has {@code FOO_COUNT}).\n"
                        + "\n<pre>\n");
        for (FieldModel field : model.fields()) {
            doc.append(String.format("%-11s %s (%s)\n", StructAccessors.bitRange(field).replace("bits ", "")
                    .replace("bit ", ""), field.name() + (field.isArray() ? "[" + field.count() + "]" : ""),
                    StructAccessors.describeType(field)));
        }
        return doc.append("</pre>\n").toString();
    }

    /** {@code toString} of the struct in each kind of memory, and the enum code names it uses. */
    static final class StructText {
        private final BitfieldModel model;

        StructText(BitfieldModel model) {
            this.model = model;
        }

        MethodSpec toStringMethod(MemoryKind kind) {
            String mem = kind.parameterName();
            CodeBlock.Builder body = CodeBlock.builder()
                    .addStatement("$L", kind.checkStruct(GeneratedNames.SIZE))
                    .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class,
                            model.displayName() + "{");
            boolean first = true;
            for (FieldModel field : model.fields()) {
                String label = (first ? "" : ", ") + field.name() + "=";
                first = false;
                if (field.isArray()) {
                    body.addStatement("text.append($S)", label + "[")
                            .beginControlFlow("for (int i = 0; i < $N; i++)",
                                    GeneratedNames.countConstant(field.name()))
                            .addStatement("text.append(i == 0 ? $S : $S).append($L)", "", ", ",
                                    valueText(field, mem, CodeBlock.of("i")))
                            .endControlFlow()
                            .addStatement("text.append(']')");
                } else {
                    body.addStatement("text.append($S).append($L)", label, valueText(field, mem, null));
                }
            }
            body.addStatement("return text.append('}').toString()");
            return MethodSpec.methodBuilder(GeneratedNames.TO_STRING)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .addJavadoc("Returns every field of the struct at {@code offset} by name, as"
                            + " {@code $L{$L=...}}:\narrays in brackets, nested unions and structs in braces, enums"
                            + " by constant name\n(an undefined code as its number).\n", model.displayName(),
                            model.fields().get(0).name())
                    .returns(String.class)
                    .addParameter(kind.memoryParameter())
                    .addParameter(kind.offsetParameter())
                    .addCode(body.build())
                    .build();
        }

        private CodeBlock valueText(FieldModel field, String mem, CodeBlock index) {
            CodeBlock args = index == null ? CodeBlock.of("$N, offset", mem)
                    : CodeBlock.of("$N, offset, $L", mem, index);
            String name = field.name();
            if (field.isNestedStruct()) {
                CodeBlock at = index == null ? CodeBlock.of("$N(offset)", GeneratedNames.offsetMethod(name))
                        : CodeBlock.of("$N(offset, $L)", GeneratedNames.offsetMethod(name), index);
                return CodeBlock.of("$T.toString($N, $L)", field.nested().bitsClass(), mem, at);
            }
            return switch (field.kind()) {
                case BOOLEAN -> CodeBlock.of("$N($L)", name, args);
                case ENUM -> EnumCodes.text(name, args);
                case NESTED -> CodeBlock.of("$T.toString($N($L))", field.nested().bitsClass(), name, args);
                case INT, LONG -> field.fillsValueType() && !field.signed()
                        ? CodeBlock.of("$T.toUnsignedString($N($L))", field.hasLongValue() ? Long.class : Integer.class,
                                name, args)
                        : CodeBlock.of("$N($L)", name, args);
            };
        }
    }
}
