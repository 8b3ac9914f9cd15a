package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 6's differential fuzz test of the shadow-EPT MMU: seeded random programs of L1 stores to EPT tables
 * (well-formed, adversarial, repairs), L2 reads, writes and fetches, VM entries and exits with changing
 * CR0/CR4/EFER/SMM and MAXPHYADDR, EPTP switches among several L2 guests with and without A/D, and INVEPT of both
 * types, run on {@link NestedVcpu} with role caching on, with role caching off, with a shadow-page cap of 8 (constant
 * eviction), and on the reference model
 * ({@code reference.ReferenceEpt}). After every operation all three must agree (see {@link DifferentialRunner}).
 *
 * <p>The budget is {@code -Dbitunion.fuzz.operations} (30,000 by default), the seed {@code -Dbitunion.fuzz.seed}.
 * A failure prints the program's seed and the shrunk operation list, ready for {@link MmuFuzzRegressionTest}.
 */
class MmuDifferentialFuzzTest {
    static final long DEFAULT_SEED = 0x6_2026L;

    /** {@code -Dbitunion.fuzz.seed}: a number, or {@code random} for a fresh seed (printed with the report). */
    static final long SEED = parseSeed(System.getProperty("bitunion.fuzz.seed"));

    static long masterSeed() {
        return SEED;
    }

    private static long parseSeed(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_SEED;
        }
        if (property.equals("random")) {
            return new java.security.SecureRandom().nextLong();
        }
        try {
            return Long.decode(property);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bitunion.fuzz.seed must be a number or 'random', was " + property);
        }
    }

    /**
     * Role caching on and off, as the issue asks, a vCPU with a tiny shadow cap that evicts all the time, and one
     * with KVM's {@code pte_prefetch}.
     */
    static final List<FuzzTarget.Factory> TARGETS = List.of(
            VcpuTarget.factory(true, RoleDefect.NONE),
            VcpuTarget.factory(false, RoleDefect.NONE),
            VcpuTarget.factory(true, RoleDefect.NONE, 8),
            VcpuTarget.factory(true, RoleDefect.NONE, 0, true));

    @Test
    void nestedVcpuAgreesWithTheReferenceWithRoleCachingOnAndOff() {
        long start = System.nanoTime();
        DifferentialFuzzer.Report report =
                DifferentialFuzzer.fuzz(TARGETS, masterSeed(), DifferentialFuzzer.operationBudget());
        System.out.printf("MMU differential fuzz: %s (%.1f s)%n", report.describe(),
                (System.nanoTime() - start) / 1e9);
        assertTrue(report.passed(), report::describe);
    }
}
