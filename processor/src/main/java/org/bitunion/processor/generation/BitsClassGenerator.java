package org.bitunion.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;
import org.bitunion.processor.model.BitfieldModel;
import org.bitunion.processor.model.FieldKind;
import org.bitunion.processor.model.FieldModel;
import org.bitunion.processor.model.GeneratedNames;

/**
 * Turns a validated {@link BitfieldModel} into the source of its {@code ...Bits} class. Generation never fails
 * and never checks anything: every problem was reported before a model could exist. The output depends only on
 * the model, so the same declaration always gives the same bytes.
 */
public final class BitsClassGenerator {
    /** The value of the {@code @Generated} annotation: the processor, and no timestamp. */
    public static final String GENERATOR = "org.bitunion.processor.BitfieldProcessor";

    private static final AnnotationSpec GENERATED =
            AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", GENERATOR)
            .build();

    /** The width the bit range is padded to in the layout drawing, so the names line up. */
    private static final int BIT_RANGE_COLUMN = 7;

    private final GeneratedAnnotation generatedAnnotation;
    private final List<MemoryKind> memoryKinds;

    /**
     * @param elements       the compilation's elements: whether {@code @Generated} is visible depends on its modules
     * @param memorySegments whether the generated code is compiled for Java 22 or later, where
     *                       {@code java.lang.foreign} is final: then accessors over {@code MemorySegment} too
     */
    public BitsClassGenerator(Elements elements, boolean memorySegments) {
        this.generatedAnnotation = new GeneratedAnnotation(elements);
        this.memoryKinds = memorySegments ? List.of(MemoryKind.BYTES, MemoryKind.BUFFER, MemoryKind.SEGMENT)
                : List.of(MemoryKind.BYTES, MemoryKind.BUFFER);
    }

    public JavaFile generate(BitfieldModel model) {
        AnnotationSpec generated = generatedAnnotation.visibleFrom(model.element()) ? GENERATED : null;
        if (model.isStruct()) {
            return new StructClassGenerator(model, memoryKinds).generate(generated);
        }
        List<FieldModel> views = model.nestedFieldViews();
        TypeSpec.Builder type = TypeSpec.classBuilder(model.bitsClass())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addOriginatingElement(model.element());
        if (generated != null) {
            type.addAnnotation(generated);
        }
        // "$L", not the text as a format: nothing in it is read as a placeholder (a `$` in a name stays a `$`),
        // and JavaPoet does not scan the whole layout drawing for them.
        type.addJavadoc("$L", classJavadoc(model, views));

        List<FieldAccessors> accessors = new ArrayList<>();
        for (FieldModel field : model.fields()) {
            accessors.add(new FieldAccessors(model, field));
        }
        for (FieldModel view : views) {
            accessors.add(new FieldAccessors(model, view));
        }
        for (FieldAccessors field : accessors) {
            type.addFields(field.constants());
        }
        type.addField(FieldSpec.builder(FieldAccessors.wordType(model), GeneratedNames.FIELDS_MASK,
                        Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every bit that belongs to a named field.\n")
                .initializer("$L", Literals.hex(model.fieldsMask(), model.isLongWord()))
                .build());
        WordMemoryMethods memory = new WordMemoryMethods(model);
        type.addField(memory.size());
        if (memoryKinds.contains(MemoryKind.SEGMENT)) {
            type.addFields(SegmentLayouts.fields());
        }
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (FieldAccessors field : accessors) {
            type.addMethods(field.methods());
        }
        type.addMethods(new TextMethods(model).methods());
        for (MemoryKind kind : memoryKinds) {
            for (MethodSpec method : memory.methods(kind)) {
                type.addMethod(MemoryTwins.pointingAtBytes(method, kind));
            }
        }
        return JavaFile.builder(model.bitsClass().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** Says what the class is and draws the layout, one line per field, so the Javadoc is the C declaration. */
    private static String classJavadoc(BitfieldModel model, List<FieldModel> views) {
        StringBuilder doc = new StringBuilder()
                .append("Static accessors for the {@link ").append(model.type().canonicalName())
                .append("} packed union,\nwhose ").append(model.bits()).append(" bits are held in ")
                .append(model.isLongWord() ? "a {@code long}" : "an {@code int}").append(": fields are LSB first,\n")
                .append("as GCC lays out the same C bitfields on x86-64. Each field {@code foo} has\n")
                .append("{@code FOO_SHIFT}, its lowest bit, {@code FOO_WIDTH} and {@code FOO_MASK}, its bits in place")
                .append(model.fields().stream().anyMatch(FieldModel::isArray)
                        ? "\n(all elements of an array, which has {@code FOO_COUNT} of {@code FOO_WIDTH} bits).\n"
                        : ".\n")
                .append("\n<pre>\n");
        for (FieldModel field : model.fields()) {
            // Appended piece by piece rather than with String.format, which parses its format string on every call:
            // a measurable share of the processor's time in the cost benchmark's profile.
            int start = doc.length();
            doc.append(field.shift());
            if (field.width() > 1) {
                doc.append("..").append(field.lastBit());
            }
            while (doc.length() < start + BIT_RANGE_COLUMN) {
                doc.append(' ');
            }
            doc.append(' ').append(field.name());
            if (field.isArray()) {
                doc.append('[').append(field.count()).append(']');
            }
            doc.append(" (").append(typeName(field));
            if (field.kind() != FieldKind.BOOLEAN) {
                doc.append(", ").append(field.width()).append(" bits");
            }
            doc.append(")\n"); // "\n", not the platform's: the generated bytes must not depend on the platform
        }
        doc.append("</pre>\n");
        if (!views.isEmpty()) {
            FieldModel example = views.get(0);
            doc.append("\n<p>The fields of nested unions are reachable from this word too, each with its own\n")
                    .append("accessors and constants: {@code ").append(example.path()).append("} as {@code ")
                    .append(example.name()).append("}.\n");
        }
        return doc.toString();
    }

    private static String typeName(FieldModel field) {
        return switch (field.kind()) {
            case ENUM -> field.enumModel().type().simpleName();
            case NESTED -> field.nested().type().simpleName();
            default -> field.kind().javaName();
        };
    }
}
