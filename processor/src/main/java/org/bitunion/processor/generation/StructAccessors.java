package org.bitunion.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;
import org.bitunion.processor.model.StructMember;

/**
 * The accessors of one struct member over one kind of memory: getter and {@code set...} (and the raw-code pair of
 * an enum). Each first checks that the struct lies in memory and that an index is in range, then any value, and
 * only then touches memory, so a failed call changes nothing. A member of a nested struct delegates to that
 * struct's own class at the nested struct's offset.
 */
final class StructAccessors {
    private final BitfieldModel model;
    private final StructMember member;
    private final FieldModel leaf;

    StructAccessors(BitfieldModel model, StructMember member) {
        this.model = model;
        this.member = member;
        this.leaf = member.leaf();
    }

    /** {@code bits 8..10}, {@code bit 4}, {@code bits 0..255 (8 x 32)} for an array. */
    static String bitRange(FieldModel field) {
        if (field.totalBits() == 1) {
            return "bit " + field.shift();
        }
        String range = "bits " + field.shift() + ".." + field.lastBit();
        return field.isArray() ? range + " (" + field.count() + " x " + field.width() + ")" : range;
    }

    /** {@code int, 4 bits}, {@code signed int, 13 bits}, {@code __be16 int} for the layout Javadoc. */
    static String describeType(FieldModel field) {
        String type = switch (field.kind()) {
            case ENUM -> field.enumModel().type().simpleName();
            case NESTED -> field.nested().type().simpleName();
            default -> field.kind().javaName();
        };
        if (field.signed()) {
            type = "signed " + type;
        }
        if (field.bigEndian()) {
            type = "big-endian " + type;
        }
        return field.kind() == FieldKind.BOOLEAN || field.kind() == FieldKind.NESTED ? type
                : type + ", " + field.width() + " bits";
    }

    /** The Java type the getter returns and the setter takes ({@code int} for enum codes). */
    private TypeName valueType() {
        return switch (leaf.kind()) {
            case BOOLEAN -> TypeName.BOOLEAN;
            case INT -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case ENUM -> leaf.enumModel().type();
            case NESTED -> leaf.nested().isLongWord() ? TypeName.LONG : TypeName.INT;
        };
    }

    List<MethodSpec> methods(MemoryKind kind) {
        List<MethodSpec> methods = new ArrayList<>();
        if (leaf.kind() == FieldKind.ENUM) {
            methods.add(getter(kind, GeneratedNames::codeMethod, TypeName.INT, true));
            methods.add(enumGetter(kind));
            methods.add(setter(kind, GeneratedNames::setMethod, valueType(), false));
            methods.add(setter(kind, GeneratedNames::setCodeMethod, TypeName.INT, true));
        } else {
            methods.add(getter(kind, n -> n, valueType(), false));
            methods.add(setter(kind, GeneratedNames::setMethod, valueType(), false));
        }
        return methods;
    }

    private MethodSpec.Builder accessor(MemoryKind kind, String name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(kind.memoryParameter())
                .addParameter(kind.offsetParameter());
        for (String index : member.indexNames()) {
            method.addParameter(TypeName.INT, index);
        }
        return method;
    }

    /** The user's doc comment of the declaring method, after ours. */
    private MethodSpec.Builder withUserDoc(MethodSpec.Builder method) {
        if (leaf.javadoc() != null && !leaf.javadoc().isBlank()) {
            method.addJavadoc("\n<p>$L\n", leaf.javadoc().strip());
        }
        return method;
    }

    /** {@code {@code ttl} (bits 64..71)}: the member, its indices, and where its bits are. */
    private String where() {
        String element = member.indexNames().isEmpty() ? "" : "[" + String.join("][", member.indexNames()) + "]";
        String place = member.isFlattened() ? " (of the nested " + member.holder().name() + ")"
                : " (" + bitRange(leaf) + (leaf.bigEndian() ? ", big-endian" : "") + ")";
        return "{@code " + member.name() + element + "}" + place;
    }

    /** The {@code @throws} of every accessor: the struct, and each index, must be in range. */
    private void addBoundsDoc(MethodSpec.Builder method) {
        method.addJavadoc("\n@throws IndexOutOfBoundsException if the struct is not all in memory$L\n",
                member.indexNames().isEmpty() ? "" : ", or an index is out of range");
    }

    private CodeBlock checks(MemoryKind kind) {
        CodeBlock.Builder code = CodeBlock.builder().addStatement("$L", kind.checkStruct(GeneratedNames.SIZE));
        if (!member.isFlattened() && leaf.isArray()) {
            code.addStatement("$T.checkIndex(index, $L)", MemoryKind.OBJECTS,
                    hasOwnConstants() ? GeneratedNames.countConstant(leaf.name()) : leaf.count());
        }
        return code.build();
    }

    /** The arguments a flattened accessor passes on: memory, the nested struct's offset, inner indices. */
    private CodeBlock delegatedArguments(MemoryKind kind) {
        FieldModel holder = member.holder();
        List<String> indices = member.indexNames();
        CodeBlock at = holder.isArray()
                ? CodeBlock.of("$N(offset, $N)", GeneratedNames.offsetMethod(holder.name()), indices.get(0))
                : CodeBlock.of("$N(offset)", GeneratedNames.offsetMethod(holder.name()));
        CodeBlock.Builder args = CodeBlock.builder().add("$N, $L", kind.parameterName(), at);
        for (String index : indices.subList(holder.isArray() ? 1 : 0, indices.size())) {
            args.add(", $N", index);
        }
        return args.build();
    }

    private ClassName innerClass() {
        return member.holder().nested().bitsClass();
    }

    /** The inner struct's accessor a flattened one calls: the same kind of accessor of the inner member. */
    private String innerName(UnaryOperator<String> naming) {
        return naming.apply(member.inner().name());
    }

    private MethodSpec getter(MemoryKind kind, UnaryOperator<String> naming, TypeName type, boolean code) {
        MethodSpec.Builder getter = accessor(kind, naming.apply(member.name())).returns(type);
        getter.addJavadoc(code ? "Returns the raw code of $L in the struct at {@code offset},\nwhether or not a"
                + " constant has it.\n" : "Returns $L in the struct at {@code offset}.\n", where());
        withUserDoc(getter);
        addBoundsDoc(getter);
        getter.addCode(checks(kind));
        if (member.isFlattened()) {
            return getter.addStatement("return $T.$N($L)", innerClass(), innerName(naming), delegatedArguments(kind))
                    .build();
        }
        BitWindow.Located located = locate();
        getter.addCode(located.setup());
        BitWindow window = located.window();
        if (leaf.kind() == FieldKind.BOOLEAN) {
            return getter.addStatement("return $L", window.readBoolean(kind)).build();
        }
        return getter.addStatement("return $L", window.read(kind, !code && leaf.hasLongValue(), leaf.signed()))
                .build();
    }

    private MethodSpec enumGetter(MemoryKind kind) {
        String name = member.name();
        MethodSpec.Builder getter = accessor(kind, name).returns(valueType())
                .addJavadoc("Returns $L in the struct at {@code offset}.\n", where());
        withUserDoc(getter);
        addBoundsDoc(getter);
        getter.addJavadoc("@throws IllegalArgumentException if no constant of {@link $T} has the code in memory\n",
                leaf.enumModel().type());
        if (member.isFlattened()) {
            return getter.addCode(checks(kind))
                    .addStatement("return $T.$N($L)", innerClass(), member.inner().name(), delegatedArguments(kind))
                    .build();
        }
        return getter.addCode(EnumCodes.checkedDecode(name, leaf.enumModel(), leaf.width(), qualifiedName(),
                        CodeBlock.of("$N, offset", kind.parameterName())))
                .build();
    }

    /** The private decoder the enum getters of every kind of memory share, for a member read in place. */
    MethodSpec decodeMethod() {
        return EnumCodes.decodeMethod(member.name(), leaf.enumModel());
    }

    /** Whether this member has a {@link #decodeMethod()}: an enum read here, not delegated to a nested struct. */
    boolean decodes() {
        return leaf.kind() == FieldKind.ENUM && !member.isFlattened();
    }

    private MethodSpec setter(MemoryKind kind, UnaryOperator<String> naming, TypeName type, boolean code) {
        String value = code ? "code" : "value";
        MethodSpec.Builder setter = accessor(kind, naming.apply(member.name())).addParameter(type, value);
        setter.addJavadoc(code ? "Sets the raw code of $L in the struct at {@code offset},\nwhether or not a constant"
                + " has it; every other bit of memory stays as it was.\n"
                : "Sets $L in the struct at {@code offset}; other memory stays as it was.\n", where());
        withUserDoc(setter);
        addBoundsDoc(setter);
        setter.addCode(checks(kind));
        if (member.isFlattened()) {
            return setter.addStatement("$T.$N($L, $N)", innerClass(), innerName(naming), delegatedArguments(kind),
                    value).build();
        }
        CodeBlock stored;
        boolean longValue = !code && leaf.hasLongValue();
        int typeBits = leaf.kind() == FieldKind.BOOLEAN ? 1 : longValue ? 64 : 32;
        if (leaf.kind() == FieldKind.ENUM && !code) {
            setter.addJavadoc("@throws NullPointerException if {@code value} is null\n");
            setter.beginControlFlow("if (value == null)")
                    .addStatement("throw $T.nullValue($S)", FieldAccessors.ERRORS, qualifiedName())
                    .endControlFlow();
            setter.addCode(EnumCodes.encode(leaf.enumModel(), model.bitsClass()));
            stored = CodeBlock.of("code");
        } else {
            stored = CodeBlock.of("$N", value);
            if (leaf.kind() != FieldKind.BOOLEAN && leaf.width() < typeBits) {
                addRangeCheck(setter, value, typeBits);
            }
        }
        BitWindow.Located located = locate();
        setter.addCode(located.setup());
        if (leaf.kind() == FieldKind.BOOLEAN) {
            return setter.addCode(located.window().writeBoolean(kind, stored)).build();
        }
        boolean mask = leaf.signed() || leaf.width() == typeBits || (leaf.kind() == FieldKind.ENUM
                && leaf.width() == 32);
        return setter.addCode(located.window().write(kind, stored, longValue, mask)).build();
    }

    private void addRangeCheck(MethodSpec.Builder setter, String value, int typeBits) {
        String width = hasOwnConstants() ? GeneratedNames.widthConstant(leaf.name()) : String.valueOf(leaf.width());
        if (leaf.signed()) {
            long min = -(1L << (leaf.width() - 1));
            long max = (1L << (leaf.width() - 1)) - 1;
            setter.addJavadoc("@throws IllegalArgumentException if {@code $N} is not in $L..$L\n", value, min, max)
                    .beginControlFlow("if (($N << $L) >> $L != $N)", value, typeBits - leaf.width(),
                            typeBits - leaf.width(), value)
                    .addStatement("throw $T.outOfSignedRange($S, $N, $L)", FieldAccessors.ERRORS, qualifiedName(),
                            value, width)
                    .endControlFlow();
        } else {
            setter.addJavadoc("@throws IllegalArgumentException if {@code $N} is not in 0..$L\n", value,
                            Long.toUnsignedString(FieldModel.lowMask(leaf.width())))
                    .beginControlFlow("if (($N >>> $L) != 0)", value, width)
                    .addStatement("throw $T.outOfRange($S, $N, $L)", FieldAccessors.ERRORS, qualifiedName(), value,
                            width)
                    .endControlFlow();
        }
    }

    /** Where the leaf's bits are: a fixed window, or one computed from the index for an array element. */
    private BitWindow.Located locate() {
        if (!leaf.isArray()) {
            return new BitWindow.Located(CodeBlock.builder().build(),
                    BitWindow.fixed(leaf.shift(), leaf.width(), leaf.bigEndian(), model.sizeBytes()));
        }
        int width = leaf.width();
        if (leaf.shift() % 8 == 0 && (width == 8 || width == 16 || width == 32 || width == 64)) {
            return new BitWindow.Located(CodeBlock.builder().build(), BitWindow.wholeElement(leaf));
        }
        return BitWindow.element(leaf, model.sizeBytes());
    }

    /**
     * Whether this class declares the leaf's constants ({@code _WIDTH}, {@code _COUNT}): its own fields and the
     * fields of its nested word unions do; fields of a nested struct read in place use literals (their constants
     * are the nested struct's class's).
     */
    private boolean hasOwnConstants() {
        return model.fields().contains(leaf) || model.nestedFieldViews().contains(leaf);
    }

    private String qualifiedName() {
        return model.displayName() + "." + leaf.path();
    }
}
