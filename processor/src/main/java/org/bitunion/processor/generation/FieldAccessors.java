package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * The members generated for one field: its {@code _SHIFT}/{@code _WIDTH}/{@code _MASK} constants, the getter,
 * the raw-code getter of enum fields, and the range-checked {@code with...}. Each accessor is a mask and a shift
 * over the primitive word, written with the constants so it reads like hand-written code and folds like it.
 */
final class FieldAccessors {
    static final ClassName ERRORS = ClassName.get("org.bitunion", "BitfieldErrors");

    private final BitfieldModel model;
    private final FieldModel field;
    private final TypeName word;
    private final String shift;
    private final String width;
    private final String mask;

    FieldAccessors(BitfieldModel model, FieldModel field) {
        this.model = model;
        this.field = field;
        this.word = wordType(model);
        this.shift = GeneratedNames.shiftConstant(field.name());
        this.width = GeneratedNames.widthConstant(field.name());
        this.mask = GeneratedNames.maskConstant(field.name());
    }

    static TypeName wordType(BitfieldModel model) {
        return model.isLongWord() ? TypeName.LONG : TypeName.INT;
    }

    /** The Java type the getter returns and {@code with...} takes. */
    TypeName valueType() {
        return switch (field.kind()) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case ENUM -> field.enumModel().type();
            case NESTED -> field.nested().isLongWord() ? TypeName.LONG : TypeName.INT;
        };
    }

    /**
     * {@code _SHIFT}, {@code _WIDTH}, {@code _MASK} (and {@code _COUNT} of an array): undocumented, as in Rust's
     * bitfield-struct, because the names say what they are and the class Javadoc draws every field's bits once;
     * {@link GeneratedSource} prints them as one block per field.
     */
    List<FieldSpec> constants() {
        List<FieldSpec> constants = new ArrayList<>(List.of(
                FieldSpec.builder(TypeName.INT, shift, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", field.shift())
                        .build(),
                FieldSpec.builder(TypeName.INT, width, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", field.width())
                        .build(),
                FieldSpec.builder(word, mask, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", Literals.hex(field.maskInPlace(), model.isLongWord()))
                        .build()));
        if (field.isArray()) {
            constants.add(FieldSpec.builder(TypeName.INT, GeneratedNames.countConstant(field.name()), Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", field.count())
                    .build());
        }
        return constants;
    }

    List<MethodSpec> methods() {
        List<MethodSpec> methods = new ArrayList<>();
        if (field.isArray()) {
            methods.add(elementGetter());
            methods.add(withElement());
        } else if (field.kind() == FieldKind.ENUM) {
            methods.add(codeGetter());
            methods.add(enumGetter());
            methods.add(with());
            methods.add(withCode());
            methods.add(EnumCodes.decodeMethod(field.name(), field.enumModel()));
        } else {
            methods.add(getter());
            methods.add(with());
        }
        return methods;
    }

    /** {@code bits 8..10} or {@code bit 4}. */
    String bitRange() {
        return field.width() == 1 ? "bit " + field.shift() : "bits " + field.shift() + ".." + field.lastBit();
    }

    private MethodSpec.Builder accessor(String name) {
        return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
    }

    /** The declaring method's own doc comment, as a paragraph after ours, so the user's words reach the caller. */
    private MethodSpec.Builder addUserDoc(MethodSpec.Builder method) {
        if (field.javadoc() != null && !field.javadoc().isBlank()) {
            method.addJavadoc("\n<p>$L\n", field.javadoc().strip());
        }
        return method;
    }

    private MethodSpec getter() {
        MethodSpec.Builder getter = accessor(field.name())
                .addJavadoc("Returns {@code $L}, $L of the word$L.\n", field.path(), bitRange(), valueDescription());
        getter = addUserDoc(getter)
                .returns(valueType())
                .addParameter(word, "word");
        if (field.kind() == FieldKind.BOOLEAN) {
            return getter.addStatement("return (word & $L) != 0", mask).build();
        }
        if (field.bigEndian()) {
            return getter.addJavadoc("\n<p>Big-endian: its bytes in the stored word are in network order; the value is the"
                            + " host value.\n")
                    .addStatement("return $L", swapped(unsignedBits()))
                    .build();
        }
        return getter.addStatement("return $L", extractAs(field.hasLongValue())).build();
    }

    /** The field's bits, zero-extended, for a big-endian field about to be swapped. */
    private CodeBlock unsignedBits() {
        if (!field.signed()) {
            return extractAs(field.hasLongValue());
        }
        FieldModel unsigned = new FieldModel(field.name(), field.method(), field.kind(), field.shift(), field.width(),
                field.enumModel(), field.nested(), field.javadoc(), field.path(), false, true, field.count());
        return new FieldAccessors(model, unsigned).extractAs(field.hasLongValue());
    }

    /**
     * The host value of a big-endian field's {@code bits} (its bytes as they lie in the word): the bytes reversed,
     * then moved down ({@code >>} for a signed field, so it sign-extends).
     */
    private CodeBlock swapped(CodeBlock bits) {
        boolean longValue = field.hasLongValue();
        int down = (longValue ? 64 : 32) - field.width();
        CodeBlock reversed = CodeBlock.of("$T.reverseBytes($L)", longValue ? Long.class : Integer.class, bits);
        return down == 0 ? reversed : CodeBlock.of("$L $L $L", reversed, field.signed() ? ">>" : ">>>", down);
    }

    private MethodSpec codeGetter() {
        return addUserDoc(accessor(GeneratedNames.codeMethod(field.name()))
                .addJavadoc("Returns the raw code of {@code $L}, $L of the word,\nwhether or not a constant of"
                        + " {@link $T} has it.\n", field.path(), bitRange(), field.enumModel().type()))
                .returns(TypeName.INT)
                .addParameter(word, "word")
                .addStatement("return $L", extractAs(false))
                .build();
    }

    /** The constant with the code in the word, or {@code IllegalArgumentException}: never a silent mapping. */
    private MethodSpec enumGetter() {
        return addUserDoc(accessor(field.name())
                .addJavadoc("Returns {@code $L}, $L of the word.\n", field.path(), bitRange()))
                .addJavadoc("\n@throws IllegalArgumentException if no constant of {@link $T} has the code"
                        + "\n    in the word\n", field.enumModel().type())
                .returns(valueType())
                .addParameter(word, "word")
                .addCode(EnumCodes.checkedDecode(field.name(), field.enumModel(), field.width(), qualifiedName(),
                        CodeBlock.of("word")))
                .build();
    }

    private MethodSpec with() {
        MethodSpec.Builder with = accessor(GeneratedNames.withMethod(field.name()))
                .addJavadoc("Returns the word with {@code $L} ($L) set to {@code value}, other bits kept.\n",
                        field.path(), bitRange());
        with = addUserDoc(with)
                .returns(word)
                .addParameter(word, "word")
                .addParameter(valueType(), "value");
        switch (field.kind()) {
            case BOOLEAN -> with.addStatement("return value ? word | $L : word & ~$L", mask, mask);
            case ENUM -> {
                with.addJavadoc("\n@throws NullPointerException if {@code value} is null\n");
                with.beginControlFlow("if (value == null)")
                        .addStatement("throw $T.nullValue($S)", ERRORS, qualifiedName())
                        .endControlFlow();
                with.addCode(EnumCodes.encode(field.enumModel(), model.bitsClass()));
                with.addStatement("return $L", insert("code", false));
            }
            default -> {
                if (field.bigEndian()) {
                    addRangeCheck(with);
                    // the host value's bytes reversed into the field's width: network order in the stored word
                    int up = field.valueTypeBits() - field.width();
                    with.addStatement("$T bytes = $T.reverseBytes($L)", field.hasLongValue() ? TypeName.LONG : TypeName.INT,
                            field.hasLongValue() ? Long.class : Integer.class,
                            up == 0 ? "value" : "value << " + up);
                    with.addStatement("return $L", insert("bytes", field.hasLongValue()));
                    break;
                }
                if (field.signed() && !field.fillsValueType()) {
                    int typeBits = field.valueTypeBits();
                    with.addJavadoc("\n@throws IllegalArgumentException if {@code value} is not in $L\n",
                            valueDescription().substring(2));
                    with.beginControlFlow("if ((value << $L) >> $L != value)", typeBits - field.width(),
                                    typeBits - field.width())
                            .addStatement("throw $T.outOfSignedRange($S, value, $L)", ERRORS, qualifiedName(), width)
                            .endControlFlow();
                    // the sign bits above the field are cut off before the field goes into the word
                    String cast = model.isLongWord() == field.hasLongValue() ? ""
                            : model.isLongWord() ? "(long) " : "(int) ";
                    String masked = "(" + cast + "value & " + Literals.hex(FieldModel.lowMask(field.width()),
                            model.isLongWord()) + ")";
                    with.addStatement("return $L", insert(masked, model.isLongWord()));
                    break;
                }
                if (!field.fillsValueType()) {
                    with.addJavadoc("\n@throws IllegalArgumentException if {@code value} is not in $L\n",
                            valueDescription().substring(2));
                    with.beginControlFlow("if ((value >>> $L) != 0)", width)
                            .addStatement("throw $T.outOfRange($S, value, $L)", ERRORS, qualifiedName(), width)
                            .endControlFlow();
                }
                with.addStatement("return $L", insert("value", field.hasLongValue()));
            }
        }
        return with.build();
    }

    /**
     * Writes a raw code, defined by a constant or not: what an emulator needs to reproduce any word the hardware
     * could hold, and what a test needs to build an entry with an undefined code.
     */
    private MethodSpec withCode() {
        MethodSpec.Builder with = addUserDoc(accessor(GeneratedNames.withCodeMethod(field.name()))
                .addJavadoc("Returns the word with the raw code of {@code $L} ($L) set to {@code code},\nwhether or"
                        + " not a constant of {@link $T} has it, and every other bit kept.\n", field.path(),
                        bitRange(), field.enumModel().type()))
                .addJavadoc("\n@throws IllegalArgumentException if {@code code} is not in $L\n",
                        valueDescription().substring(2))
                .returns(word)
                .addParameter(word, "word")
                .addParameter(TypeName.INT, "code");
        if (field.width() < 32) {
            with.beginControlFlow("if ((code >>> $L) != 0)", width)
                    .addStatement("throw $T.outOfRange($S, code, $L)", ERRORS, qualifiedName(), width)
                    .endControlFlow();
        }
        return with.addStatement("return $L", insert("code", false)).build();
    }

    /** The range check of {@code with}, signed or unsigned, for a field narrower than its value type. */
    private void addRangeCheck(MethodSpec.Builder with) {
        if (field.fillsValueType()) {
            return;
        }
        with.addJavadoc("\n@throws IllegalArgumentException if {@code value} is not in $L\n",
                valueDescription().substring(2));
        if (field.signed()) {
            int typeBits = field.valueTypeBits();
            with.beginControlFlow("if ((value << $L) >> $L != value)", typeBits - field.width(),
                            typeBits - field.width())
                    .addStatement("throw $T.outOfSignedRange($S, value, $L)", ERRORS, qualifiedName(), width)
                    .endControlFlow();
        } else {
            with.beginControlFlow("if ((value >>> $L) != 0)", width)
                    .addStatement("throw $T.outOfRange($S, value, $L)", ERRORS, qualifiedName(), width)
                    .endControlFlow();
        }
    }

    /** {@code shift}: where element {@code index} starts, after the index check. */
    private void locateElement(MethodSpec.Builder method) {
        method.addStatement("$T.checkIndex(index, $N)", Objects.class, GeneratedNames.countConstant(field.name()))
                .addStatement("int shift = $N + index * $N", shift, width);
    }

    /** Element {@code index} of an array field: a shift by a computed amount and the element's mask. */
    private MethodSpec elementGetter() {
        MethodSpec.Builder getter = addUserDoc(accessor(field.name())
                .addJavadoc("Returns element {@code index} of {@code $L}, $L of the word$L,\neach element $L.\n",
                        field.path(), bitRange(), field.kind() == FieldKind.BOOLEAN ? "" : valueDescription(),
                        field.width() == 1 ? "one bit" : field.width() + " bits"))
                .addJavadoc("\n@throws IndexOutOfBoundsException if {@code index} is not in 0..$L\n", field.count() - 1)
                .returns(valueType())
                .addParameter(word, "word")
                .addParameter(TypeName.INT, "index");
        locateElement(getter);
        boolean longWord = model.isLongWord();
        int wordBits = longWord ? 64 : 32;
        String one = longWord ? "1L" : "1";
        if (field.kind() == FieldKind.BOOLEAN) {
            return getter.addStatement("return (word & ($L << shift)) != 0", one).build();
        }
        String elementMask = Literals.hex(FieldModel.lowMask(field.width()), longWord);
        String bits;
        if (field.signed() && !field.bigEndian()) {
            // the element's top bit up to the word's, then an arithmetic shift down
            int down = wordBits - field.width();
            bits = "(word << (" + down + " - shift)) >> " + down;
        } else {
            bits = "(word >>> shift) & " + elementMask;
        }
        // a sign-extended int widens to a long by itself; unsigned bits must not
        boolean signExtended = field.signed() && !field.bigEndian();
        CodeBlock value = signExtended && !longWord ? CodeBlock.of("$L", bits)
                : narrowTo(bits, longWord, field.hasLongValue());
        if (field.bigEndian()) {
            value = swapped(value);
        }
        return getter.addStatement("return $L", value).build();
    }

    /** {@code bits} (an expression of the word's type) as the value's type. */
    private static CodeBlock narrowTo(String bits, boolean longWord, boolean longValue) {
        if (longWord && !longValue) {
            return CodeBlock.of("(int) ($L)", bits);
        }
        if (!longWord && longValue) {
            return CodeBlock.of("$T.toUnsignedLong($L)", Integer.class, bits);
        }
        return CodeBlock.of("$L", bits);
    }

    /** The word with element {@code index} of an array field replaced. */
    private MethodSpec withElement() {
        MethodSpec.Builder with = addUserDoc(accessor(GeneratedNames.withMethod(field.name()))
                .addJavadoc("Returns the word with element {@code index} of {@code $L} ($L) set to {@code value}\nand"
                        + " every other bit kept.\n", field.path(), bitRange()))
                .addJavadoc("\n@throws IndexOutOfBoundsException if {@code index} is not in 0..$L\n", field.count() - 1)
                .returns(word)
                .addParameter(word, "word")
                .addParameter(TypeName.INT, "index")
                .addParameter(valueType(), "value");
        boolean longWord = model.isLongWord();
        String one = longWord ? "1L" : "1";
        if (field.kind() == FieldKind.BOOLEAN) {
            locateElement(with);
            return with.addStatement("return value ? word | ($L << shift) : word & ~($L << shift)", one, one).build();
        }
        with.addStatement("$T.checkIndex(index, $N)", Objects.class, GeneratedNames.countConstant(field.name()));
        addRangeCheck(with);
        String source = "value";
        if (field.bigEndian()) {
            int up = field.valueTypeBits() - field.width();
            with.addStatement("$T bytes = $T.reverseBytes($L)", field.hasLongValue() ? TypeName.LONG : TypeName.INT,
                    field.hasLongValue() ? Long.class : Integer.class, up == 0 ? "value" : "value << " + up);
            source = "bytes";
        }
        with.addStatement("int shift = $N + index * $N", shift, width);
        String cast = longWord == field.hasLongValue() ? "" : longWord ? "(long) " : "(int) ";
        String elementMask = Literals.hex(FieldModel.lowMask(field.width()), longWord);
        return with.addStatement("return (word & ~($L << shift)) | (($L$L & $L) << shift)", elementMask, cast, source,
                elementMask).build();
    }

    /**
     * The field's bits as an unsigned value of type {@code int} or {@code long}: mask, then unsigned shift (no mask
     * for the field at the top of the word, none of shift for the one at bit 0).
     * A field that fills the whole word is the word; a 32-bit field read as {@code long} is zero-extended.
     */
    private CodeBlock extractAs(boolean asLong) {
        int wordBits = model.isLongWord() ? 64 : 32;
        if (field.signed() && field.width() < wordBits) {
            // up to put the field's top bit at the word's, then an arithmetic shift down: C's `int x : w`
            int up = wordBits - field.shift() - field.width();
            String raised = up == 0 ? "word" : "word << " + up;
            String value = "(" + raised + ") >> " + (wordBits - field.width());
            return CodeBlock.of("$L", model.isLongWord() && !asLong ? "(int) (" + value + ")" : value);
        }
        String bits;
        if (field.width() == wordBits) {
            bits = "word";
        } else if (field.shift() == 0) {
            bits = "word & " + mask;
        } else if (field.shift() + field.width() == wordBits) {
            bits = "word >>> " + shift;                 // the top field: the unsigned shift alone clears the rest
        } else {
            bits = "(word & " + mask + ") >>> " + shift;
        }
        if (model.isLongWord() && !asLong) {
            return CodeBlock.of("(int) $L", bits.equals("word") ? "word" : "(" + bits + ")");
        }
        if (!model.isLongWord() && asLong && field.width() == 32) {
            // a signed field is C's `int x : 32`: the int word widens to long sign-extended by itself
            return field.signed() ? CodeBlock.of("word") : CodeBlock.of("$T.toUnsignedLong(word)", Integer.class);
        }
        return CodeBlock.of("$L", bits);
    }

    /**
     * The word with the field replaced by {@code value} (already range-checked). A 32-bit int going into a long
     * word is zero-extended first, so a negative value cannot smear its sign over the bits above.
     */
    private CodeBlock insert(String value, boolean longValue) {
        String placed;
        if (model.isLongWord() && !longValue) {
            placed = field.width() == 32 ? "(" + value + " & 0xffff_ffffL)" : "(long) " + value;
        } else if (!model.isLongWord() && longValue) {
            placed = "(int) " + value;
        } else {
            placed = value;
        }
        if (field.shift() != 0) {
            placed = "(" + placed + " << " + shift + ")";
        }
        int wordBits = model.isLongWord() ? 64 : 32;
        if (field.width() == wordBits) {
            return CodeBlock.of("$L", placed);
        }
        return CodeBlock.of("(word & ~$L) | $L", mask, placed);
    }

    /** {@code , 0..15} for the getter's Javadoc; empty for booleans. */
    private String valueDescription() {
        if (field.kind() == FieldKind.BOOLEAN) {
            return "";
        }
        if (field.signed() && !field.fillsValueType()) {
            return ", " + -(1L << (field.width() - 1)) + ".." + ((1L << (field.width() - 1)) - 1);
        }
        if (field.fillsValueType() && field.kind() != FieldKind.ENUM) {
            return ", all " + field.width() + " bits of the " + (field.hasLongValue() ? "long" : "int");
        }
        return ", 0.." + Long.toUnsignedString(FieldModel.lowMask(field.width()));
    }

    String qualifiedName() {
        return model.displayName() + "." + field.path();
    }
}
