package org.bitunion.processor.generation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Decides whether a generated class may carry {@code @javax.annotation.processing.Generated}: only where the code
 * that gets it can see it. That annotation lives in the module {@code java.compiler}, which a named module such as
 * {@code module app { requires org.bitunion; }} does not read, so there the annotation would not compile
 * (MapStruct's issue 2629 is this bug). Dagger and auto-common ask {@code Elements.getTypeElement}, which answers
 * whether the type is anywhere in the compilation: enough on the class path (the unnamed module reads every
 * module; {@code --release 8} has no such type), but not for a named module when {@code java.compiler} is in the
 * graph without being read by it ({@code --add-modules}, or another module requiring it). A named module sees
 * what it reads: its {@code requires} (static ones too, at compile time), and what those pass on with
 * {@code requires transitive} ({@code java.se} does for {@code java.compiler}).
 *
 * <p>The answer depends only on the module graph of the compilation, so the output stays deterministic.
 */
final class GeneratedAnnotation {
    static final String MODULE = "java.compiler";
    static final String TYPE = "javax.annotation.processing.Generated";

    private final Elements elements;
    private final boolean typeExists;
    private final Map<ModuleElement, Boolean> readsCompilerModule = new HashMap<>();

    GeneratedAnnotation(Elements elements) {
        this.elements = elements;
        this.typeExists = elements.getTypeElement(TYPE) != null;
    }

    /** Whether the code generated from {@code element} can refer to {@code @Generated}. */
    boolean visibleFrom(Element element) {
        if (!typeExists) {
            return false;
        }
        ModuleElement module = elements.getModuleOf(element);
        if (module == null || module.isUnnamed()) {
            return true; // no modules (source level 8), or the class path's unnamed module, which reads them all
        }
        return readsCompilerModule.computeIfAbsent(module, GeneratedAnnotation::reads);
    }

    /**
     * Whether {@code module} reads {@code java.compiler}: it requires it, or requires a module that passes it on
     * with {@code requires transitive}, at any depth.
     */
    private static boolean reads(ModuleElement module) {
        Deque<ModuleElement> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            todo.add(requires.getDependency());
        }
        while (!todo.isEmpty()) {
            ModuleElement read = todo.remove();
            if (!seen.add(read.getQualifiedName().toString())) {
                continue;
            }
            if (read.getQualifiedName().contentEquals(MODULE)) {
                return true;
            }
            for (ModuleElement.RequiresDirective requires : ElementFilter.requiresIn(read.getDirectives())) {
                if (requires.isTransitive()) {
                    todo.add(requires.getDependency());
                }
            }
        }
        return false;
    }
}
