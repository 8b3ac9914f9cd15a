package org.bitunion.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.BitfieldErrors;
import org.bitunion.mmu.types.PageRoleBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Is the range check what the generated {@code withLevel} pays over hand-written code (AccessorBenchmark measures
 * it at 1.03-1.05x)? Four writers of {@code PageRole.level} (bits 0..3), measured one call per invocation (as
 * AccessorBenchmark does) and in a batch of {@value #BATCH} dependent writes (so JMH's own per-call overhead
 * does not hide a fraction of a nanosecond):
 *
 * <ul>
 *   <li>generated: {@code PageRoleBits.withLevel}, which checks {@code (value >>> 4) != 0} and throws through
 *       {@code BitfieldErrors.outOfRange};
 *   <li>sameCheck: hand-written with exactly that check and throw;
 *   <li>maskCheck: {@link HandWrittenRoles#withLevel}, AccessorBenchmark's baseline: {@code (value & ~0xf) != 0}
 *       and an exception message built inline;
 *   <li>unchecked: the mask and the or, no check at all (what C does).
 * </ul>
 *
 * If generated equals sameCheck and both exceed unchecked, the check is the cost; if generated equals unchecked,
 * the 1.03-1.05x is noise.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
public class WriteCheckBenchmark {
    static final int BATCH = 1024;
    private static final int LEVEL_MASK = 0xf;
    private static final int LEVEL_WIDTH = 4;

    private final SplittableRandom random = new SplittableRandom(2018);
    int role;
    int level;
    final int[] levels = new int[BATCH];

    @Setup(Level.Iteration)
    public void randomInputs() {
        role = random.nextInt();
        level = random.nextInt(16);
        for (int i = 0; i < BATCH; i++) {
            levels[i] = random.nextInt(16);
        }
        int g = PageRoleBits.withLevel(role, level);
        if (g != sameCheck(role, level) || g != HandWrittenRoles.withLevel(role, level)
                || g != unchecked(role, level) || batchGenerated() != batchUnchecked()
                || batchSameCheck() != batchUnchecked() || batchMaskCheck() != batchUnchecked()) {
            throw new AssertionError("the writers disagree");
        }
    }

    static int sameCheck(int word, int value) {
        if ((value >>> LEVEL_WIDTH) != 0) {
            throw BitfieldErrors.outOfRange("PageRole.level", value, LEVEL_WIDTH);
        }
        return (word & ~LEVEL_MASK) | value;
    }

    static int unchecked(int word, int value) {
        return (word & ~LEVEL_MASK) | value;
    }

    // ---- one write per invocation

    @Benchmark
    public int generated() {
        return PageRoleBits.withLevel(role, level);
    }

    @Benchmark
    public int sameCheck() {
        return sameCheck(role, level);
    }

    @Benchmark
    public int maskCheck() {
        return HandWrittenRoles.withLevel(role, level);
    }

    @Benchmark
    public int unchecked() {
        return unchecked(role, level);
    }

    // ---- a batch of dependent writes: each result is the next word

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int batchGenerated() {
        int word = role;
        for (int value : levels) {
            word = PageRoleBits.withLevel(word, value) + 1;
        }
        return word;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int batchSameCheck() {
        int word = role;
        for (int value : levels) {
            word = sameCheck(word, value) + 1;
        }
        return word;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int batchMaskCheck() {
        int word = role;
        for (int value : levels) {
            word = HandWrittenRoles.withLevel(word, value) + 1;
        }
        return word;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int batchUnchecked() {
        int word = role;
        for (int value : levels) {
            word = unchecked(word, value) + 1;
        }
        return word;
    }
}
