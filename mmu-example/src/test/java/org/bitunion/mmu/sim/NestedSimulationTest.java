package org.bitunion.mmu.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo runs a small workload, and role caching changes only the role-cache counters. */
class NestedSimulationTest {
    private static NestedSimulation small(String... extra) {
        String[] base = {"--guests", "3", "--memory-mib", "16", "--pages", "256", "--exits", "3000",
            "--cpuid-loop", "2000"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return new NestedSimulation(NestedSimulation.parse(args), new PrintStream(new ByteArrayOutputStream()), false);
    }

    @Test
    void roleCachingChangesOnlyTheRoleCacheCounters() {
        List<NestedSimulation.RunResult> results = small().runAll();
        assertEquals(2, results.size());
        var on = results.get(0).stats();
        var off = results.get(1).stats();
        long switches = results.get(0).vmfuncSwitches();
        assertEquals(switches, results.get(1).vmfuncSwitches());
        // the role is checked at every entry and at every VMFUNC that changes the EPTP
        assertEquals(3000 + switches, on.roleCacheHits() + on.roleCacheMisses());
        assertTrue(on.roleCacheMisses() < 10, "misses only for real role changes: " + on);
        assertEquals(3000 + switches, off.roleCacheMisses());
        assertEquals(on.guestWalks(), off.guestWalks());
        assertEquals(on.faultsFixed(), off.faultsFixed());
        assertEquals(on.rootCacheHits(), off.rootCacheHits());
        assertTrue(on.rootCacheHits() > 0);
        assertEquals(results.get(0).fromShadow(), results.get(1).fromShadow());
    }

    @Test
    void theIntrospectedGuestSwitchesViewsWithVmfuncAndFindsItsRootsCached() {
        NestedSimulation.RunResult run = small().runAll().get(0);
        assertTrue(run.vmfuncSwitches() > 0, "guest 0 switched views: " + run);
        assertEquals(0, run.vmfuncSwitches() % 2, "every switch to the read-write view is followed by one back");
        assertTrue(run.vmfuncRootHits() > run.vmfuncSwitches() / 2,
                "most switches find the other view's root in the previous-roots cache: " + run);
        assertTrue(run.vmfuncRootHits() <= run.stats().rootCacheHits());
    }

    @Test
    void withoutVmfuncNoViewIsSwitched() {
        NestedSimulation.RunResult run = small("--vmfunc-every", "0").runAll().get(0);
        assertEquals(0, run.vmfuncSwitches());
        assertEquals(0, run.vmfuncRootHits());
        assertEquals(3000, run.stats().roleCacheHits() + run.stats().roleCacheMisses());
    }

    @Test
    void ptePrefetchServesMoreFromTheShadowWithTheSameResults() {
        NestedSimulation.RunResult plain = small().runAll().get(0);
        NestedSimulation.RunResult prefetching = small("--pte-prefetch").runAll().get(0);
        assertEquals(0, plain.prefetched());
        assertTrue(prefetching.prefetched() > 0, "leaves prefetched: " + prefetching);
        assertEquals(plain.accesses(), prefetching.accesses());
        assertEquals(plain.stats().faultsReflected(), prefetching.stats().faultsReflected(),
                "prefetch changes no result, so L1 sees the same violations");
        assertTrue(prefetching.fromShadow() > plain.fromShadow());
        assertTrue(prefetching.stats().guestWalks() < plain.stats().guestWalks());
    }

    @Test
    void withoutRootCachingThereAreNoRootHitsAndMoreWalks() {
        var withCache = small().runAll().get(0).stats();
        var withoutRun = small("--no-root-cache").runAll().get(0);
        var without = withoutRun.stats();
        assertEquals(0, without.rootCacheHits());
        assertEquals(0, withoutRun.vmfuncRootHits());
        assertTrue(without.guestWalks() > withCache.guestWalks());
    }

    @Test
    void everyTimedRunOfTheSameSeedCountsTheSame() {
        List<NestedSimulation.RunResult> once = small("--rounds", "1").runAll();
        List<NestedSimulation.RunResult> thrice = small("--rounds", "3").runAll();   // throws if two runs differ
        for (int i = 0; i < once.size(); i++) {
            assertEquals(once.get(i).stats(), thrice.get(i).stats());
            assertEquals(once.get(i).fromShadow(), thrice.get(i).fromShadow());
        }
    }

    @Test
    void printsTheTable() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] args = {"--guests", "2", "--memory-mib", "8", "--pages", "128", "--exits", "500",
            "--cpuid-loop", "1000", "--no-role-cache"};
        new NestedSimulation(NestedSimulation.parse(args), new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
                .runAndReport();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("role-cache misses (full re-init)"), text);
        assertTrue(text.contains("ns per L2->L1->L2"), text);
        assertTrue(text.contains("run time (ms, best warm run)"), text);
        assertTrue(text.contains("VMFUNC EPTP switches (no exit)"), text);
        assertTrue(text.contains("ran once untimed to warm up, then 3 times"), text);
    }

    @Test
    void optionsAreValidated() {
        assertNull(NestedSimulation.parse(new String[] {"--help"}));
        assertThrows(IllegalArgumentException.class, () -> NestedSimulation.parse(new String[] {"--bogus"}));
        assertThrows(IllegalArgumentException.class, () -> NestedSimulation.parse(new String[] {"--guests"}));
        assertThrows(IllegalArgumentException.class,
                () -> NestedSimulation.parse(new String[] {"--guests", "64", "--memory-mib", "8"}));
        assertThrows(IllegalArgumentException.class, () -> NestedSimulation.parse(new String[] {"--rounds", "0"}));
        assertThrows(IllegalArgumentException.class,
                () -> NestedSimulation.parse(new String[] {"--vmfunc-every", "-1"}));
    }
}
