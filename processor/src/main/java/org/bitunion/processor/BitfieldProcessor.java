package org.bitunion.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.generation.BitsClassGenerator;
import org.bitunion.processor.generation.GeneratedSource;
import org.bitunion.processor.validation.DeclarationReader;
import org.bitunion.processor.validation.EnumCache;
import org.bitunion.processor.validation.Problem;
import org.bitunion.processor.validation.Problem.Tag;

/**
 * Generates a {@code ...Bits} accessor class for every {@code @Bitfield} interface.
 *
 * <p>Each round: read and validate each declaration into a model; print its problems on the elements at fault;
 * generate only from a clean model. A declaration that refers to a type not yet generated (by another processor)
 * is remembered by name and retried next round; only if it is still unresolved when processing is over is that an
 * error. The annotation is never claimed, so other processors see it too.
 */
@AutoService(Processor.class)
public final class BitfieldProcessor extends AbstractProcessor {
    static final String BITFIELD = "org.bitunion.Bitfield";

    /** Qualified names of declarations to retry next round: elements may be new objects in a new round. */
    private final Set<String> deferred = new LinkedHashSet<>();
    /** Each enum field type read once per compilation, its problems printed once on the enum. */
    private final EnumCache enums = new EnumCache();
    private BitsClassGenerator generator;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        generator = new BitsClassGenerator(processingEnv.getElementUtils(), memorySegments());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(BITFIELD);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Set<TypeElement> todo = new LinkedHashSet<>();
        for (String name : deferred) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
            if (type != null) {
                todo.add(type);
            }
        }
        deferred.clear();
        TypeElement bitfield = processingEnv.getElementUtils().getTypeElement(BITFIELD);
        if (bitfield != null) {
            for (Element element : round.getElementsAnnotatedWith(bitfield)) {
                if (element instanceof TypeElement type) {
                    todo.add(type);
                }
            }
        }
        DeclarationReader reader = new DeclarationReader(processingEnv.getElementUtils(), enums);
        for (TypeElement type : todo) {
            try {
                process(type, reader, round.processingOver());
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Tag.FILE.format("could not write the"
                        + " class generated for " + type.getSimpleName() + " (does a type of that name exist already?): "
                        + e.getMessage()), type);
            } catch (RuntimeException e) {
                reportCrash(type, e);
            }
        }
        return false;
    }

    private void process(TypeElement type, DeclarationReader reader, boolean lastRound) throws IOException {
        DeclarationReader.Result result = reader.read(type);
        // an enum's own problems, once, whichever declaration read it first (even one deferred to a later round)
        for (Problem problem : enums.takeProblems()) {
            problem.printTo(processingEnv.getMessager());
        }
        // Java 17: instanceof over the sealed result (a pattern switch would need 21)
        if (result instanceof DeclarationReader.Valid valid) {
            write(generator.generate(valid.model()));
        } else if (result instanceof DeclarationReader.Invalid invalid) {
            for (Problem problem : invalid.report().problems()) {
                problem.printTo(processingEnv.getMessager());
            }
        } else if (result instanceof DeclarationReader.Deferred later) {
            if (lastRound) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Tag.UNDEFINED.format(
                        type.getSimpleName() + " refers to types that do not exist: "
                        + String.join(", ", later.unresolvedTypes())), type);
            } else {
                deferred.add(type.getQualifiedName().toString());
            }
        }
    }

    /**
     * Writes the file as JavaPoet's {@code writeTo(Filer)} would (same name, same originating elements), but
     * renders it to a string first and hands the Filer's writer that one string: JavaPoet appends token by token,
     * and each append through the Filer's unbuffered {@code OutputStreamWriter} is a separate charset-encoder call
     * (about 4% of a processed build's time in the cost benchmark's profile). Rendering first also means a
     * failure while rendering never leaves a half-written file behind, and {@link GeneratedSource} can group each
     * field's constants.
     */
    private void write(JavaFile file) throws IOException {
        String text = GeneratedSource.render(file);
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name,
                file.typeSpec().originatingElements().toArray(Element[]::new));
        try (Writer writer = source.openWriter()) {
            writer.write(text);
        }
    }

    /**
     * Whether the code being compiled targets Java 22 or later, where {@code java.lang.foreign} is final and
     * {@code MemorySegment} accessors can be generated. Compared by ordinal: this processor is compiled for Java 17,
     * where {@code SourceVersion.RELEASE_22} does not exist.
     */
    private boolean memorySegments() {
        return processingEnv.getSourceVersion().ordinal() >= FIRST_FOREIGN_MEMORY_RELEASE;
    }

    /** {@code SourceVersion.RELEASE_22}'s ordinal: the release where {@code java.lang.foreign} became final. */
    private static final int FIRST_FOREIGN_MEMORY_RELEASE = 22;

    /** A bug of ours, never the user's: say so on the element being processed, with the trace to report. */
    private void reportCrash(TypeElement type, Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, Tag.INTERNAL.format("bitunion could not"
                + " generate " + type.getSimpleName() + "Bits: " + e + ". Please report this with the trace:\n"
                + trace), type);
    }
}
