package org.bitunion.processor.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.CStructWriter;
import org.bitunion.processor.testing.CUnionWriter;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.Gcc;
import org.bitunion.processor.testing.GccCrossCheck;
import org.bitunion.processor.testing.GccMemoryCrossCheck;
import org.bitunion.processor.testing.GeneratedBitfield;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.JavaDeclarationWriter;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Test;

/**
 * Random {@code @Bitfield} declarations through the processor, many per compilation.
 *
 * <ul>
 *   <li>Valid ones compile without errors; their generated code agrees with a boolean-per-bit model on every
 *       {@code with}/getter of random, minimal and maximal values, never touches a neighbour's bits, rejects values
 *       that do not fit, and agrees with GCC (one C program for the whole run) where C can express the layout.
 *   <li>Invalid ones (each a valid declaration broken in one named way) get at least one error on an element of
 *       their own file, and no compilation ever crashes or reports a processor exception.
 * </ul>
 *
 * <p>{@code -Dbitunion.fuzz.declarations=N} sets the budget (default 300, two thirds valid);
 * {@code -Dbitunion.fuzz.seed=S} replays a run ({@code random} picks a new seed). Failures print the seed and the
 * failing declarations' sources.
 */
class ProcessorFuzzTest {
    private static final int DECLARATIONS = Integer.getInteger("bitunion.fuzz.declarations", 300);
    private static final long SEED = seed();
    private static final int VALID_PER_COMPILATION = 250;
    private static final int INVALID_CASES_PER_COMPILATION = 100;
    private static final int GCC_BATCH = 2000;
    private static final int STRUCTS_PER_COMPILATION = 100;
    private static final int STRUCT_GCC_BATCH = 200;
    private static final int MAX_REPORTED = 10;

    /** A processor exception or a javac crash showing through a diagnostic. */
    private static final Pattern CRASH = Pattern.compile(
            "An annotation processor threw|java\\.lang\\.\\w+(Exception|Error)\\b|\\n\\s+at [\\w.$]+\\(");

    private static long seed() {
        String property = System.getProperty("bitunion.fuzz.seed", "20260101");
        return property.equals("random") ? new Random().nextLong() : Long.parseLong(property);
    }

    private static long chunkSeed(long salt, int chunk) {
        return SEED * 0x9E3779B97F4A7C15L + salt * 1_000_003L + chunk;
    }

    private static String replay() {
        return "replay with -Dbitunion.fuzz.seed=" + SEED + " -Dbitunion.fuzz.declarations=" + DECLARATIONS;
    }

    // ------------------------------------------------------------------------------------------------ valid

    @Test
    void validDeclarationsCompileRoundTripEveryFieldAndMatchGcc() throws Exception {
        int total = Math.max(1, DECLARATIONS * 2 / 3);
        List<String> failures = new ArrayList<>();
        List<GeneratedBitfield> forGcc = new ArrayList<>();
        int gccChecked = 0;
        for (int chunk = 0; chunk * VALID_PER_COMPILATION < total && failures.size() < MAX_REPORTED; chunk++) {
            int count = Math.min(VALID_PER_COMPILATION, total - chunk * VALID_PER_COMPILATION);
            Random random = new Random(chunkSeed(1, chunk));
            RandomBitfields generator = new RandomBitfields(random, "fuzz.valid.c" + chunk); // one package per chunk: unique C names
            List<BitfieldSpec> specs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                specs.add(generator.valid("Valid" + i, specs));
            }
            CompiledClasses classes = compileValid(specs, chunk, failures);
            if (classes == null) {
                continue;
            }
            for (BitfieldSpec spec : specs) {
                if (failures.size() >= MAX_REPORTED) {
                    break;
                }
                GeneratedBitfield generated;
                try {
                    generated = new GeneratedBitfield(spec, classes);
                    new RoundTripCheck(generated, new Random(random.nextLong())).run();
                } catch (Throwable e) {
                    failures.add("chunk " + chunk + ", " + spec.name() + ": " + describe(e) + "\n" + sources(spec));
                    continue;
                }
                if (CUnionWriter.expressibleInC(spec)) {
                    forGcc.add(generated);
                }
            }
            if (forGcc.size() >= GCC_BATCH) {
                gccChecked += crossCheckWithGcc(forGcc, failures);
                forGcc.clear();
            }
        }
        if (!forGcc.isEmpty() && failures.isEmpty()) {
            gccChecked += crossCheckWithGcc(forGcc, failures);
        }
        System.out.printf("processor fuzz: %d valid declarations, %d cross-checked with gcc, seed %d%n", total,
                gccChecked, SEED);
        if (!failures.isEmpty()) {
            fail(failures.size() + " valid-declaration failure(s), seed " + SEED + " (" + replay() + "):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    /** Compiles a chunk; on errors or a crash, records the culprits (compiled alone) and returns null. */
    private static CompiledClasses compileValid(List<BitfieldSpec> specs, int chunk, List<String> failures) {
        Compilation compilation;
        try {
            compilation = ProcessorRun.compile(specs);
        } catch (Throwable e) {
            failures.addAll(isolateValid(specs, chunk));
            if (failures.isEmpty()) {
                failures.add("chunk " + chunk + ": the compilation crashed, but no declaration alone does: "
                        + describe(e));
            }
            return null;
        }
        String crash = crashIn(compilation);
        if (compilation.status() != Compilation.Status.SUCCESS || !compilation.errors().isEmpty() || crash != null) {
            List<String> culprits = isolateValid(specs, chunk);
            failures.addAll(culprits.isEmpty()
                    ? List.of("chunk " + chunk + ": errors only when compiled together:\n"
                            + ProcessorRun.describeDiagnostics(compilation))
                    : culprits);
            return null;
        }
        return new CompiledClasses(compilation);
    }

    /** Each declaration of a failed chunk compiled on its own (with what it nests), to name the bad ones. */
    private static List<String> isolateValid(List<BitfieldSpec> specs, int chunk) {
        List<String> culprits = new ArrayList<>();
        for (BitfieldSpec spec : specs) {
            if (culprits.size() >= MAX_REPORTED) {
                break;
            }
            try {
                Compilation alone = ProcessorRun.compile(List.of(spec));
                String crash = crashIn(alone);
                if (alone.status() != Compilation.Status.SUCCESS || crash != null) {
                    culprits.add("chunk " + chunk + ", valid " + spec.name() + " did not compile:\n"
                            + ProcessorRun.describeDiagnostics(alone) + sources(spec));
                }
            } catch (Throwable e) {
                culprits.add("chunk " + chunk + ", valid " + spec.name() + " crashed the compilation: "
                        + describe(e) + "\n" + sources(spec));
            }
        }
        return culprits;
    }

    private static int crossCheckWithGcc(List<GeneratedBitfield> declarations, List<String> failures)
            throws Exception {
        if (Boolean.getBoolean(Gcc.SKIP_PROPERTY)) {
            System.out.println("processor fuzz: GCC cross-check skipped (-D" + Gcc.SKIP_PROPERTY + "=true)");
            return 0;
        }
        List<String> problems = new ArrayList<>(GccCrossCheck.compare(declarations));
        // And their bytes in memory through load/store (big-endian fields in network order), one more gcc run.
        List<GeneratedStruct> inMemory = declarations.stream()
                .map(d -> new GeneratedStruct(d.spec(), d.classes())).toList();
        problems.addAll(GccMemoryCrossCheck.compare(inMemory));
        for (String problem : problems.subList(0, Math.min(problems.size(), MAX_REPORTED))) {
            String name = problem.substring(0, problem.indexOf(':'));
            BitfieldSpec spec = declarations.stream().map(GeneratedBitfield::spec)
                    .filter(s -> name.startsWith(s.qualifiedName() + ".")).findFirst().orElse(null);
            failures.add("GCC disagrees: " + problem + (spec == null ? "" : "\n" + sources(spec)));
        }
        return declarations.size();
    }

    // ------------------------------------------------------------------------------------ structs in memory

    @Test
    void validStructsCompileMatchTheByteModelAfterEverySetAndMatchGcc() throws Exception {
        int total = Math.max(1, DECLARATIONS / 3);
        List<String> failures = new ArrayList<>();
        List<GeneratedStruct> forGcc = new ArrayList<>();
        List<GeneratedBitfield> wordsForGcc = new ArrayList<>();
        for (int chunk = 0; chunk * STRUCTS_PER_COMPILATION < total && failures.size() < MAX_REPORTED; chunk++) {
            int count = Math.min(STRUCTS_PER_COMPILATION, total - chunk * STRUCTS_PER_COMPILATION);
            Random random = new Random(chunkSeed(3, chunk));
            RandomStructs generator = new RandomStructs(random, "fuzz.struct.c" + chunk);
            List<BitfieldSpec> pool = new ArrayList<>();
            List<BitfieldSpec> structs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BitfieldSpec struct = generator.valid("Struct" + i, pool);
                structs.add(struct);
                pool.add(struct);
            }
            CompiledClasses classes = compileValid(structs, chunk, failures);
            if (classes == null) {
                continue;
            }
            for (BitfieldSpec spec : ProcessorRun.withNestedTypes(structs)) {
                if (failures.size() >= MAX_REPORTED) {
                    break;
                }
                try {
                    if (spec.wide()) {
                        GeneratedStruct generated = new GeneratedStruct(spec, classes);
                        new StructRoundTripCheck(generated, new Random(random.nextLong())).run();
                        if (CStructWriter.expressibleInC(spec)) {
                            forGcc.add(generated);
                        }
                    } else {
                        GeneratedBitfield generated = new GeneratedBitfield(spec, classes);
                        new RoundTripCheck(generated, new Random(random.nextLong())).run();
                        if (CUnionWriter.expressibleInC(spec)) {
                            wordsForGcc.add(generated);
                        }
                    }
                } catch (Throwable e) {
                    failures.add("chunk " + chunk + ", " + spec.name() + ": " + describe(e) + "\n" + sources(spec));
                }
            }
        }
        int gccChecked = 0;
        if (failures.isEmpty() && !Boolean.getBoolean(Gcc.SKIP_PROPERTY)) {
            for (int from = 0; from < forGcc.size(); from += STRUCT_GCC_BATCH) {
                List<GeneratedStruct> batch = forGcc.subList(from, Math.min(forGcc.size(), from + STRUCT_GCC_BATCH));
                for (String problem : GccMemoryCrossCheck.compare(batch)) {
                    if (failures.size() < MAX_REPORTED) {
                        failures.add("GCC disagrees: " + problem + "\n" + sourcesOfProblem(problem,
                                batch.stream().map(GeneratedStruct::spec).toList()));
                    }
                }
                gccChecked += batch.size();
            }
            if (!wordsForGcc.isEmpty()) {
                gccChecked += crossCheckWithGcc(wordsForGcc, failures);
            }
        }
        System.out.printf("processor fuzz: %d valid structs (and the word unions they nest), %d cross-checked with"
                + " gcc, seed %d%n", total, gccChecked, SEED);
        if (!failures.isEmpty()) {
            fail(failures.size() + " valid-struct failure(s), seed " + SEED + " (" + replay() + "):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    private static String sourcesOfProblem(String problem, List<BitfieldSpec> specs) {
        for (BitfieldSpec spec : specs) {
            if (problem.startsWith(spec.qualifiedName() + ".") || problem.startsWith(spec.qualifiedName() + ":")
                    || problem.startsWith(spec.qualifiedName() + " ")) {
                return sources(spec);
            }
        }
        return "";
    }

    @Test
    void invalidStructsGetAnErrorOnAnElementAndNeverCrashTheCompiler() {
        int total = Math.max(1, DECLARATIONS / 6);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> mutations = new HashMap<>();
        for (int chunk = 0; chunk * INVALID_CASES_PER_COMPILATION < total && failures.size() < MAX_REPORTED;
                chunk++) {
            int count = Math.min(INVALID_CASES_PER_COMPILATION, total - chunk * INVALID_CASES_PER_COMPILATION);
            RandomStructs generator = new RandomStructs(new Random(chunkSeed(4, chunk)), "fuzz.badstruct.c" + chunk);
            List<BitfieldSpec> pool = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                pool.add(generator.valid("Ok" + i, pool));
            }
            List<RandomBitfields.InvalidCase> cases = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RandomBitfields.InvalidCase invalid = generator.invalid("Bad" + i, pool);
                cases.add(invalid);
                mutations.merge(invalid.mutation().replaceAll("[-\\d]+", "N"), 1, Integer::sum);
            }
            checkInvalidChunk(chunk, ProcessorRun.withNestedTypes(pool), cases, failures);
        }
        System.out.printf("processor fuzz: %d invalid structs (%d kinds of mistake), seed %d%n", total,
                mutations.size(), SEED);
        if (!failures.isEmpty()) {
            fail(failures.size() + " invalid-struct failure(s), seed " + SEED + " (" + replay() + "):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    // ---------------------------------------------------------------------------------------------- invalid

    @Test
    void invalidDeclarationsGetAnErrorOnAnElementAndNeverCrashTheCompiler() {
        int total = Math.max(1, DECLARATIONS - DECLARATIONS * 2 / 3);
        List<String> failures = new ArrayList<>();
        Map<String, Integer> mutations = new HashMap<>();
        for (int chunk = 0; chunk * INVALID_CASES_PER_COMPILATION < total && failures.size() < MAX_REPORTED;
                chunk++) {
            int count = Math.min(INVALID_CASES_PER_COMPILATION, total - chunk * INVALID_CASES_PER_COMPILATION);
            RandomBitfields generator = new RandomBitfields(new Random(chunkSeed(2, chunk)), "fuzz.invalid");
            List<BitfieldSpec> pool = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                pool.add(generator.valid("Ok" + i, pool));
            }
            List<RandomBitfields.InvalidCase> cases = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RandomBitfields.InvalidCase invalid = generator.invalid("Bad" + i, pool);
                cases.add(invalid);
                mutations.merge(invalid.mutation().replaceAll("[-\\d]+", "N"), 1, Integer::sum);
            }
            checkInvalidChunk(chunk, pool, cases, failures);
        }
        System.out.printf("processor fuzz: %d invalid declarations (%d kinds of mistake), seed %d%n", total,
                mutations.size(), SEED);
        if (!failures.isEmpty()) {
            fail(failures.size() + " invalid-declaration failure(s), seed " + SEED + " (" + replay() + "):\n\n"
                    + String.join("\n\n", failures));
        }
    }

    private static void checkInvalidChunk(int chunk, List<BitfieldSpec> pool,
            List<RandomBitfields.InvalidCase> cases, List<String> failures) {
        Map<String, JavaFileObject> files = new LinkedHashMap<>();
        Map<String, Integer> caseOfFile = new HashMap<>();
        for (BitfieldSpec spec : pool) {
            files.put(spec.qualifiedName(), JavaDeclarationWriter.file(spec));
        }
        for (int i = 0; i < cases.size(); i++) {
            for (BitfieldSpec spec : cases.get(i).specs()) {
                JavaFileObject file = JavaDeclarationWriter.file(spec);
                files.put(spec.qualifiedName(), file);
                caseOfFile.put(file.toUri().toString(), i);
            }
        }
        Compilation compilation;
        try {
            compilation = ProcessorRun.compileFiles(new ArrayList<>(files.values()));
        } catch (Throwable e) {
            for (RandomBitfields.InvalidCase invalid : cases) {
                checkInvalidAlone(chunk, pool, invalid, failures);
            }
            if (failures.isEmpty()) {
                failures.add("chunk " + chunk + ": the compilation crashed, but no case alone does: " + describe(e));
            }
            return;
        }
        boolean[] reported = new boolean[cases.size()];
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(null);
            Integer owner = d.getSource() == null ? null : caseOfFile.get(d.getSource().toUri().toString());
            if (CRASH.matcher(message).find()) {
                failures.add("chunk " + chunk + ": a crash reported as a diagnostic: " + message
                        + (owner == null ? "" : "\n" + describeCase(cases.get(owner))));
            }
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (owner != null && d.getLineNumber() > 0) {
                reported[owner] = true;
            } else if (d.getSource() != null && owner == null) {
                failures.add("chunk " + chunk + ": an error on a valid declaration (" + d.getSource().getName()
                        + ":" + d.getLineNumber() + "): " + message);
            }
        }
        for (int i = 0; i < cases.size() && failures.size() < MAX_REPORTED; i++) {
            if (!reported[i]) {
                // Compiled with 100 others it got no error; alone, it shows whether the batch hid one.
                checkInvalidAlone(chunk, pool, cases.get(i), failures);
            }
        }
    }

    private static void checkInvalidAlone(int chunk, List<BitfieldSpec> pool, RandomBitfields.InvalidCase invalid,
            List<String> failures) {
        List<JavaFileObject> files = new ArrayList<>();
        Map<String, Boolean> own = new HashMap<>();
        for (BitfieldSpec spec : pool) {
            files.add(JavaDeclarationWriter.file(spec));
        }
        for (BitfieldSpec spec : invalid.specs()) {
            JavaFileObject file = JavaDeclarationWriter.file(spec);
            files.add(file);
            own.put(file.toUri().toString(), true);
        }
        Compilation alone;
        try {
            alone = ProcessorRun.compileFiles(files);
        } catch (Throwable e) {
            failures.add("chunk " + chunk + ": the compiler crashed: " + describe(e) + "\n" + describeCase(invalid));
            return;
        }
        boolean reported = alone.errors().stream().anyMatch(d -> d.getSource() != null
                && own.containsKey(d.getSource().toUri().toString()) && d.getLineNumber() > 0);
        String crash = crashIn(alone);
        if (crash != null) {
            failures.add("chunk " + chunk + ": a crash reported as a diagnostic: " + crash + "\n"
                    + describeCase(invalid));
        } else if (!reported) {
            failures.add("chunk " + chunk + ": no error on an element for an invalid declaration ("
                    + invalid.mutation() + "); diagnostics:\n" + ProcessorRun.describeDiagnostics(alone)
                    + describeCase(invalid));
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String crashIn(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
            String message = d.getMessage(null);
            if (CRASH.matcher(message).find()) {
                return message;
            }
        }
        return null;
    }

    private static String describeCase(RandomBitfields.InvalidCase invalid) {
        StringBuilder out = new StringBuilder("mistake: " + invalid.mutation() + "\n");
        for (BitfieldSpec spec : invalid.specs()) {
            out.append(sources(spec));
        }
        return out.toString();
    }

    /** The declaration's source and the sources of the declarations it nests. */
    private static String sources(BitfieldSpec spec) {
        StringBuilder out = new StringBuilder();
        for (BitfieldSpec each : ProcessorRun.withNestedTypes(List.of(spec))) {
            out.append("--- ").append(each.qualifiedName()).append(".java\n")
                    .append(JavaDeclarationWriter.source(each));
        }
        return out.toString();
    }

    private static String describe(Throwable e) {
        java.io.StringWriter text = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(text));
        String trace = text.toString();
        return trace.length() > 3000 ? trace.substring(0, 3000) + "..." : trace;
    }
}
