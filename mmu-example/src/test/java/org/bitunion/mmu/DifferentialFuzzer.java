package org.bitunion.mmu;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Spends an operation budget on generated programs, each run on the reference and the targets under test; stops
 * at the first failure and shrinks it.
 */
final class DifferentialFuzzer {
    /** The operation budget of a normal build; {@code -Dbitunion.fuzz.operations=N} raises it. */
    static final long DEFAULT_OPERATIONS = 30_000;
    private static final long SHRINK_BUDGET_MILLIS = 20_000;

    /** The outcome of a fuzz session; {@code failure} null when every program passed. */
    record Report(long masterSeed, int programs, DifferentialRunner.Tally tally, FuzzProgram original,
                  FuzzProgram shrunk, DifferentialRunner.Failure failure) {

        boolean passed() {
            return failure == null;
        }

        /** The seed, the failure and the shrunk program, ready to paste into a regression test. */
        String describe() {
            if (passed()) {
                return "master seed " + masterSeed + ": " + programs + " programs passed, " + tally;
            }
            return "master seed " + masterSeed + ", program seed " + original.seed() + " (program #" + programs
                    + ", " + original.ops().size() + " ops) failed " + failure
                    + "\nshrunk to " + shrunk.ops().size() + " ops; replay with FuzzProgram.parse(\"\"\"\n"
                    + shrunk.toText() + "\"\"\")";
        }
    }

    static long operationBudget() {
        return Long.getLong("bitunion.fuzz.operations", DEFAULT_OPERATIONS);
    }

    static Report fuzz(List<FuzzTarget.Factory> targets, long masterSeed, long operations) {
        DifferentialRunner runner = new DifferentialRunner(targets);
        SplittableRandom seeds = new SplittableRandom(masterSeed);
        DifferentialRunner.Tally total = new DifferentialRunner.Tally();
        int programs = 0;
        long spent = 0;
        while (spent < operations) {
            long seed = seeds.nextLong();
            int length = (int) Math.min(operations - spent, 100 + seeds.nextInt(700));
            FuzzProgram program = FuzzProgramGenerator.generate(seed, Math.max(length, 20));
            programs++;
            spent += program.ops().size();
            DifferentialRunner.Tally tally = new DifferentialRunner.Tally();
            DifferentialRunner.Failure failure = runner.run(program, tally);
            total.add(tally);
            if (failure != null) {
                Shrinker.Shrunk shrunk = new Shrinker(runner, SHRINK_BUDGET_MILLIS).shrink(program, failure);
                return new Report(masterSeed, programs, total, program, shrunk.program(), shrunk.failure());
            }
        }
        return new Report(masterSeed, programs, total, null, null, null);
    }

    private DifferentialFuzzer() {
    }
}
