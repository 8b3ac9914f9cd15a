package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bitunion.mmu.reference.ReferenceVcpu;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer's own machinery, checked without the MMU: the reference agrees with itself, a deliberately stale
 * cache is caught and shrunk to a handful of operations, and programs print and parse back unchanged.
 */
class DifferentialFuzzerSelfTest {

    /** The reference plus a translation cache that only INVEPT and EPTP changes clear: no write tracking. */
    private static final class StaleCache extends ForwardingTarget {
        private final ReferenceVcpu inner;
        private final Map<String, AccessResult> cache = new HashMap<>();

        StaleCache(ReferenceVcpu inner) {
            super("stale-cache", inner);
            this.inner = inner;
        }

        @Override
        public boolean vmEntry(long eptp) {
            if (eptp != inner.eptp()) {
                cache.clear();
            }
            return inner.vmEntry(eptp);
        }

        @Override
        public AccessResult accessL2(long gpa, Access access, AccessOrigin origin) {
            String key = (gpa >>> 12) + " " + access + " " + origin;
            AccessResult cached = cache.get(key);
            if (cached != null && cached.kind() == AccessResult.Kind.OK) {
                return new AccessResult(cached.kind(), (cached.l1Gpa() & ~0xFFFL) | (gpa & 0xFFF), 0, true);
            }
            AccessResult result = inner.accessL2(gpa, access, origin);
            cache.put(key, result);
            return result;
        }

        @Override
        public void invept(InveptType type, long eptp) {
            cache.clear();
        }
    }

    private static final FuzzTarget.Factory STALE = new FuzzTarget.Factory() {
        @Override
        public String name() {
            return "stale-cache";
        }

        @Override
        public FuzzTarget create(GuestMemory memory, EptCapabilities caps) {
            return new StaleCache(new ReferenceVcpu(memory, caps));
        }
    };

    @Test
    void referenceAgreesWithItself() {
        DifferentialFuzzer.Report report =
                DifferentialFuzzer.fuzz(List.of(FuzzTarget.Reference.FACTORY), 1, 5_000);
        assertTrue(report.passed(), report::describe);
        DifferentialRunner.Tally tally = report.tally();
        assertTrue(tally.ok > tally.accesses / 2, "most accesses translate: " + tally);
        assertTrue(tally.violations > 0 && tally.misconfigs > 0, "failures of both kinds occur: " + tally);
    }

    @Test
    void aCacheWithoutWriteTrackingIsCaughtAndShrunk() {
        DifferentialFuzzer.Report report = DifferentialFuzzer.fuzz(List.of(STALE), 2, 30_000);
        assertFalse(report.passed());
        System.out.println(report.describe());
        assertTrue(report.shrunk().ops().size() <= 12, report::describe);
        DifferentialRunner.Failure replayed = new DifferentialRunner(List.of(STALE)).run(report.shrunk());
        assertEquals(report.failure(), replayed, "the printed program replays the failure");
    }

    @Test
    void programsRoundTripThroughText() {
        FuzzProgram program = FuzzProgramGenerator.generate(3, 400);
        assertEquals(program, FuzzProgram.parse(program.toText()));
        assertNull(new DifferentialRunner(List.of(FuzzTarget.Reference.FACTORY)).run(program));
    }
}
