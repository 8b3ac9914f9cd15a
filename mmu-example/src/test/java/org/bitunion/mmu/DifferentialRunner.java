package org.bitunion.mmu;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bitunion.mmu.reference.ReferenceEpt;

/**
 * Runs one {@link FuzzProgram} on the reference model and on every target under test, each on its own fresh copy
 * of L1's memory, and stops at the first operation after which they disagree.
 *
 * <p>Compared after every operation: the outcome of the call (the {@link AccessResult}'s kind, L1 address and
 * exit qualification; {@code vmEntry}'s boolean; or the class of the exception thrown, where the reference
 * throws one too), the guest words of the EPT entries the reference walk read (A/D flags), and every
 * {@value #FULL_MEMORY_CHECK_INTERVAL} operations and at the end all of memory. Each target also checks its own
 * invariants. An exception the reference does not throw is a failure ("escaped").
 */
final class DifferentialRunner {
    static final int FULL_MEMORY_CHECK_INTERVAL = 64;

    /** Why a program failed: the index of the operation after which the targets disagreed, and how. */
    record Failure(int opIndex, FuzzOp op, String message) {
        @Override
        public String toString() {
            return "after op #" + opIndex + " (" + op + "): " + message;
        }
    }

    /** What happened when an operation ran on one target: a value, or the exception it threw. */
    private record Outcome(Object value, Throwable thrown) {
        String describe() {
            return thrown != null ? "threw " + thrown : String.valueOf(value);
        }
    }

    /** Counts over a run, for the test's summary line. */
    static final class Tally {
        long ops, accesses, ok, violations, misconfigs, fromShadow, entries, refusedEntries, switches,
                switchExits;

        void add(Tally other) {
            ops += other.ops;
            accesses += other.accesses;
            ok += other.ok;
            violations += other.violations;
            misconfigs += other.misconfigs;
            fromShadow += other.fromShadow;
            entries += other.entries;
            refusedEntries += other.refusedEntries;
            switches += other.switches;
            switchExits += other.switchExits;
        }

        @Override
        public String toString() {
            return String.format("%d ops, %d L2 accesses (%d ok, %d violations, %d misconfigs, %d from shadow),"
                    + " %d entries (%d refused), %d VMFUNC EPTP switches (%d exited)", ops, accesses, ok,
                    violations, misconfigs, fromShadow, entries, refusedEntries, switches, switchExits);
        }
    }

    private final List<FuzzTarget.Factory> targetsUnderTest;

    DifferentialRunner(List<FuzzTarget.Factory> targetsUnderTest) {
        this.targetsUnderTest = List.copyOf(targetsUnderTest);
    }

    Failure run(FuzzProgram program) {
        return run(program, null);
    }

    /** Runs {@code program}; returns the first disagreement, or null. Counts into {@code tally} when not null. */
    Failure run(FuzzProgram program, Tally tally) {
        FuzzTarget.Reference reference =
                (FuzzTarget.Reference) FuzzTarget.Reference.FACTORY.create(new GuestMemory(program.memoryBytes()),
                        program.caps());
        List<FuzzTarget> targets = new ArrayList<>();
        for (FuzzTarget.Factory factory : targetsUnderTest) {
            try {
                targets.add(factory.create(new GuestMemory(program.memoryBytes()), program.caps()));
            } catch (RuntimeException e) {
                return new Failure(-1, null, factory.name() + ": construction threw " + e);
            }
        }
        List<FuzzOp> ops = program.ops();
        for (int i = 0; i < ops.size(); i++) {
            FuzzOp op = ops.get(i);
            if (!applies(op, reference)) {
                continue;
            }
            if (tally != null) {
                tally.ops++;
            }
            Outcome expected = execute(reference, op);
            for (FuzzTarget target : targets) {
                Outcome actual = execute(target, op);
                String mismatch = compare(expected, actual);
                if (mismatch != null) {
                    return new Failure(i, op, target.name() + ": " + mismatch);
                }
                String broken = target.checkInvariants(op,
                        actual.value instanceof AccessResult result ? result : null);
                if (broken != null) {
                    return new Failure(i, op, target.name() + ": invariant: " + broken);
                }
                if (tally != null && target == targets.get(0) && actual.value instanceof AccessResult result
                        && result.fromShadow()) {
                    tally.fromShadow++;
                }
            }
            if (op instanceof FuzzOp.L2Access && expected.value instanceof AccessResult) {
                String mismatch = compareWords(reference, targets, reference.vcpu.lastWalk().entriesRead());
                if (mismatch != null) {
                    return new Failure(i, op, mismatch + " (walk " + reference.vcpu.lastWalk() + ")");
                }
            }
            if (i % FULL_MEMORY_CHECK_INTERVAL == 0 || i == ops.size() - 1) {
                String mismatch = compareAllMemory(reference, targets);
                if (mismatch != null) {
                    return new Failure(i, op, mismatch);
                }
            }
            if (tally != null) {
                count(tally, op, expected);
            }
        }
        return null;
    }

    /**
     * Whether {@code op} is defined in the reference's current state: an entry needs L1 running, an exit L2, and
     * an access from L1 must have an address the facade would otherwise accept (so the expected exception is
     * unambiguous). Skipping keeps programs meaningful when the shrinker drops operations.
     */
    private static boolean applies(FuzzOp op, FuzzTarget.Reference reference) {
        boolean inL2 = reference.inL2();
        if (op instanceof FuzzOp.VmEntry) {
            return !inL2;
        }
        if (op instanceof FuzzOp.VmExit) {
            return inL2;
        }
        if (op instanceof FuzzOp.L2Access access && !inL2) {
            return access.gpa() >= 0 && access.gpa() < ReferenceEpt.GPA_LIMIT && access.origin() != null;
        }
        return true;
    }

    private static Outcome execute(FuzzTarget target, FuzzOp op) {
        try {
            Object value = null;
            if (op instanceof FuzzOp.Store store) {
                target.memory().writeLong(store.gpa(), store.value());
            } else if (op instanceof FuzzOp.L2Access access) {
                value = target.accessL2(access.gpa(), access.access(), access.origin());
            } else if (op instanceof FuzzOp.VmEntry entry) {
                value = target.vmEntry(entry.eptp());
            } else if (op instanceof FuzzOp.VmExit) {
                target.vmExit();
            } else if (op instanceof FuzzOp.SetControl control) {
                target.setControl(control.register(), control.value());
            } else if (op instanceof FuzzOp.Invept invept) {
                target.invept(invept.type(), invept.eptp());
            } else if (op instanceof FuzzOp.EptpList list) {
                target.setEptpList(list.gpa());
            } else if (op instanceof FuzzOp.Vmfunc vmfunc) {
                value = target.vmfuncEptpSwitch(vmfunc.index());
            }
            return new Outcome(value, null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, e);
        }
    }

    private static String compare(Outcome expected, Outcome actual) {
        if (expected.thrown != null || actual.thrown != null) {
            if (expected.thrown != null && actual.thrown != null
                    && expected.thrown.getClass() == actual.thrown.getClass()) {
                return null;
            }
            if (expected.thrown == null) {
                return "exception escaped: " + stackSummary(actual.thrown);
            }
            return "expected " + expected.describe() + " but got " + actual.describe();
        }
        if (expected.value instanceof AccessResult want && actual.value instanceof AccessResult got) {
            boolean same = want.kind() == got.kind() && want.l1Gpa() == got.l1Gpa()
                    && want.exitQualification() == got.exitQualification();
            return same ? null : "expected " + brief(want) + " but got " + brief(got);
        }
        return Objects.equals(expected.value, actual.value) ? null
                : "expected " + expected.describe() + " but got " + actual.describe();
    }

    static String brief(AccessResult result) {
        return switch (result.kind()) {
            case OK -> "OK l1Gpa=" + FuzzOp.hex(result.l1Gpa()) + (result.fromShadow() ? " (shadow)" : "");
            case EPT_VIOLATION -> "EPT_VIOLATION qual=" + FuzzOp.hex(result.exitQualification())
                    + (result.l1Gpa() != 0 ? " l1Gpa=" + FuzzOp.hex(result.l1Gpa()) : "");
            case EPT_MISCONFIG -> "EPT_MISCONFIG" + (result.exitQualification() != 0
                    ? " qual=" + FuzzOp.hex(result.exitQualification()) : "");
        };
    }

    private static String stackSummary(Throwable thrown) {
        StringBuilder text = new StringBuilder(thrown.toString());
        StackTraceElement[] stack = thrown.getStackTrace();
        for (int i = 0; i < Math.min(6, stack.length); i++) {
            text.append("\n        at ").append(stack[i]);
        }
        return text.toString();
    }

    private static String compareWords(FuzzTarget reference, List<FuzzTarget> targets, long[] addresses) {
        for (long address : addresses) {
            long want = reference.memory().readLong(address);
            for (FuzzTarget target : targets) {
                long got = target.memory().readLong(address);
                if (got != want) {
                    return target.name() + ": EPT entry at " + FuzzOp.hex(address) + " is " + FuzzOp.hex(got)
                            + ", expected " + FuzzOp.hex(want);
                }
            }
        }
        return null;
    }

    private static String compareAllMemory(FuzzTarget reference, List<FuzzTarget> targets) {
        long size = reference.memory().size();
        for (FuzzTarget target : targets) {
            for (long address = 0; address < size; address += 8) {
                long want = reference.memory().readLong(address);
                long got = target.memory().readLong(address);
                if (got != want) {
                    return target.name() + ": memory word at " + FuzzOp.hex(address) + " is " + FuzzOp.hex(got)
                            + ", expected " + FuzzOp.hex(want);
                }
            }
        }
        return null;
    }

    private static void count(Tally tally, FuzzOp op, Outcome expected) {
        if (op instanceof FuzzOp.L2Access && expected.value instanceof AccessResult result) {
            tally.accesses++;
            switch (result.kind()) {
                case OK -> tally.ok++;
                case EPT_VIOLATION -> tally.violations++;
                case EPT_MISCONFIG -> tally.misconfigs++;
            }
        } else if (op instanceof FuzzOp.VmEntry) {
            tally.entries++;
            if (Boolean.FALSE.equals(expected.value)) {
                tally.refusedEntries++;
            }
        } else if (op instanceof FuzzOp.Vmfunc && expected.value instanceof Boolean switched) {
            tally.switches++;
            if (!switched) {
                tally.switchExits++;
            }
        }
    }
}
