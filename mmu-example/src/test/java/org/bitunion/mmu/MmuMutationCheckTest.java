package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mutation check of issue 6: the bug class the KVM review caught is a role that forgets an input that
 * reconfiguration reads, so a role-cache hit keeps a context built for other inputs. With such a defect switched
 * on ({@link RoleDefect}, package-private, test-only) in the role-caching vCPU, the differential fuzzer
 * must report a disagreement within the normal budget and seed; without one it must pass.
 *
 * <p>{@code FORGET_INHERITED_BASE} (the shadow-EPT role no longer inherits the L1 context's base role: cr0_wp,
 * nxe, smep/smap_andnot_wp, smm) is not caught, and should not be: EPT translation reads none of those inputs,
 * so forgetting them only changes which shadow pages are shared between L1 modes, never a result, an exit
 * qualification or an A/D flag. It is a performance/isolation defect invisible at the facade; the role-caching
 * unit tests (a miss for each input) are what catch it.
 */
class MmuMutationCheckTest {

    @ParameterizedTest
    @EnumSource(value = RoleDefect.class, names = {"FORGET_AD_DISABLED", "FORGET_MAXPHYADDR", "FORGET_ROOT_LEVEL"})
    void theFuzzerCatchesARoleThatForgetsAnInput(RoleDefect defect) {
        FuzzTarget.Factory defective = VcpuTarget.factory(true, defect);
        // a fixed seed: the check proves the fuzzer's power within the normal budget, it must not depend on luck
        DifferentialFuzzer.Report report = DifferentialFuzzer.fuzz(List.of(defective),
                MmuDifferentialFuzzTest.DEFAULT_SEED, DifferentialFuzzer.DEFAULT_OPERATIONS);
        System.out.println("mutation " + defect + ": " + report.describe());
        assertFalse(report.passed(), defect + " went unnoticed: " + report.describe());
        assertTrue(report.failure().message().startsWith(defective.name()), report::describe);
        assertEquals(report.failure(), new DifferentialRunner(List.of(defective)).run(report.shrunk()),
                "the shrunk program replays the failure");
    }

    @ParameterizedTest
    @EnumSource(value = RoleDefect.class, names = {"NONE", "FORGET_INHERITED_BASE"})
    void withoutAnObservableDefectTheFuzzerPasses(RoleDefect defect) {
        DifferentialFuzzer.Report report = DifferentialFuzzer.fuzz(List.of(VcpuTarget.factory(true, defect)),
                MmuDifferentialFuzzTest.masterSeed(), DifferentialFuzzer.operationBudget());
        assertTrue(report.passed(), report::describe);
    }
}
