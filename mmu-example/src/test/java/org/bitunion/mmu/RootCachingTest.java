package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.types.Cr0Bits;
import org.bitunion.mmu.context.L1ControlState;
import org.junit.jupiter.api.Test;

/** The current root and the three previous roots (KVM's {@code prev_roots}), matched by EPTP and role. */
class RootCachingTest {
    static final long L2 = EptPermissionMatrixTest.L2;

    private final GuestMemory memory = new GuestMemory(8 << 20);
    private final EptTables[] guests = new EptTables[5];
    private final NestedVcpu vcpu;

    RootCachingTest() {
        for (int i = 0; i < guests.length; i++) {
            guests[i] = new EptTables(memory, (2L + i) << 20);
            guests[i].map4k(L2, 0x10000L * (i + 1), 0b111);
        }
        vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
    }

    private AccessResult run(int guest) {
        vcpu.vmExit();
        assertTrue(vcpu.vmEntry(guests[guest].eptp(false)));
        return vcpu.accessL2(L2, Access.READ);
    }

    @Test
    void switchingBetweenFourGuestsReusesTheirShadowTables() {
        for (int i = 0; i < 4; i++) {
            assertFalse(run(i).fromShadow());
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                AccessResult result = run(i);
                assertTrue(result.fromShadow(), "guest " + i + " round " + round);
                assertEquals(0x10000L * (i + 1) + 0x123, result.l1Gpa());
            }
        }
        assertEquals(12, vcpu.stats().rootCacheHits());
        assertEquals(4, vcpu.stats().guestWalks());
    }

    @Test
    void theLeastRecentlyUsedRootFallsOutOfTheCache() {
        for (int i = 0; i < 5; i++) {
            run(i);
        }
        // cache now: current 4, previous 3, 2, 1; guest 0 was dropped
        long walks = vcpu.stats().guestWalks();
        assertTrue(run(1).fromShadow());
        assertFalse(run(0).fromShadow());
        assertEquals(walks + 1, vcpu.stats().guestWalks());
        assertTrue(vcpu.stats().shadowPagesZapped() > 0, "the evicted root's pages are freed");
    }

    @Test
    void reEnteringTheSameEptpKeepsTheCurrentRootWithoutARootCacheHit() {
        run(0);
        assertTrue(run(0).fromShadow());
        assertEquals(0, vcpu.stats().rootCacheHits());
    }

    @Test
    void aRootWhoseRoleNoLongerMatchesIsNotReused() {
        run(0);
        run(1);
        vcpu.vmExit();
        vcpu.setCr0(Cr0Bits.withWp(L1ControlState.typical64Bit().cr0(), false));
        assertFalse(run(0).fromShadow(), "cached root of guest 0 has the old role");
        assertEquals(0, vcpu.stats().rootCacheHits());
        vcpu.vmExit();
        vcpu.setCr0(L1ControlState.typical64Bit().cr0());
        assertTrue(run(1).fromShadow(), "guest 1's root with the original role is still cached");
        assertEquals(1, vcpu.stats().rootCacheHits());
    }

    @Test
    void withoutRootCachingEverySwitchRebuilds() {
        vcpu.setRootCaching(false);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                assertFalse(run(i).fromShadow());
            }
        }
        assertEquals(0, vcpu.stats().rootCacheHits());
        assertEquals(6, vcpu.stats().guestWalks());
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow().toString());
    }

    @Test
    void eptpsNamingTheSameTablesShareOneRootPage() {
        long wb = guests[0].eptp(false);
        long uc = wb & ~7L;                                     // memory type UC, same PML4 table
        vcpu.vmEntry(wb);
        vcpu.accessL2(L2, Access.READ);
        vcpu.vmExit();
        vcpu.vmEntry(uc);
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        assertEquals(4, vcpu.shadowPageCount());
    }
}
