package org.bitunion.mmu;

import java.util.ArrayList;
import java.util.List;

/**
 * Delta debugging by dropping operations: cuts the program after the failing operation, then removes ever
 * smaller chunks while the program still fails the same way (the same target disagreeing), down to single
 * operations, until no single operation can go. Bounded by a deadline so a failing {@code mvn verify} still ends
 * quickly; the result is always a failing program.
 */
final class Shrinker {
    private final DifferentialRunner runner;
    private final long deadlineNanos;

    Shrinker(DifferentialRunner runner, long budgetMillis) {
        this.runner = runner;
        this.deadlineNanos = System.nanoTime() + budgetMillis * 1_000_000;
    }

    /** A failing program as small as the budget allows, and its failure. */
    record Shrunk(FuzzProgram program, DifferentialRunner.Failure failure) {
    }

    Shrunk shrink(FuzzProgram program, DifferentialRunner.Failure failure) {
        String culprit = culprit(failure);
        FuzzProgram best = truncate(program, failure);
        DifferentialRunner.Failure bestFailure = failure;
        int chunk = Math.max(1, best.ops().size() / 2);
        while (System.nanoTime() < deadlineNanos) {
            boolean removedAny = false;
            for (int end = best.ops().size(); end > 0 && System.nanoTime() < deadlineNanos; end -= chunk) {
                int start = Math.max(0, end - chunk);
                List<FuzzOp> candidateOps = new ArrayList<>(best.ops().subList(0, start));
                candidateOps.addAll(best.ops().subList(end, best.ops().size()));
                FuzzProgram candidate = best.withOps(candidateOps);
                DifferentialRunner.Failure candidateFailure = runner.run(candidate);
                if (candidateFailure != null && culprit(candidateFailure).equals(culprit)) {
                    best = truncate(candidate, candidateFailure);
                    bestFailure = candidateFailure;
                    removedAny = true;
                    end = Math.min(end, best.ops().size() + chunk);
                }
            }
            if (!removedAny) {
                if (chunk == 1) {
                    break;
                }
                chunk = Math.max(1, chunk / 2);
            }
        }
        return new Shrunk(best, bestFailure);
    }

    private static FuzzProgram truncate(FuzzProgram program, DifferentialRunner.Failure failure) {
        if (failure.opIndex() < 0) {
            return program.withOps(List.of());
        }
        return program.withOps(program.ops().subList(0, failure.opIndex() + 1));
    }

    /** Which target disagreed: the shrunk program must keep failing on that one. */
    private static String culprit(DifferentialRunner.Failure failure) {
        int colon = failure.message().indexOf(':');
        return colon < 0 ? failure.message() : failure.message().substring(0, colon);
    }
}
