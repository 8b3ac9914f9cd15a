package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.types.EptEntryBits;
import org.junit.jupiter.api.Test;

/**
 * Accessed and dirty flags (SDM Vol. 3, 29.3.5) with the model's rule: only a walk that ends OK sets A in every
 * entry it used and, for a write, D in the leaf; only with the capability and EPTP bit 6.
 */
class AccessedDirtyTest {
    static final long L2 = EptPermissionMatrixTest.L2;
    static final EptCapabilities AD = new EptCapabilities(false, true);

    private GuestMemory memory;
    private EptTables tables;

    private NestedVcpu enter(EptCapabilities caps, boolean eptpAd, long leafXwr) {
        memory = new GuestMemory(4 << 20);
        tables = new EptTables(memory, 2 << 20);
        tables.map4k(L2, 0x5000, leafXwr);
        NestedVcpu vcpu = new NestedVcpu(memory, caps);
        assertTrue(vcpu.vmEntry(tables.eptp(eptpAd)));
        return vcpu;
    }

    private boolean accessed(int level) {
        return EptEntryBits.accessed(tables.entry(L2, level));
    }

    private boolean dirty(int level) {
        return EptEntryBits.dirty(tables.entry(L2, level));
    }

    @Test
    void aReadSetsAccessedInEveryLevelAndNoDirty() {
        NestedVcpu vcpu = enter(AD, true, 0b111);
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.READ).kind());
        for (int level = 4; level >= 1; level--) {
            assertTrue(accessed(level), "A at level " + level);
            assertFalse(dirty(level), "D at level " + level);
        }
    }

    @Test
    void aWriteSetsDirtyInTheLeafOnly() {
        NestedVcpu vcpu = enter(AD, true, 0b111);
        vcpu.accessL2(L2, Access.WRITE);
        assertTrue(dirty(1));
        for (int level = 4; level >= 2; level--) {
            assertFalse(dirty(level));
        }
    }

    @Test
    void aWriteAfterAReadIsNotServedByACleanShadowLeafAndSetsDirty() {
        NestedVcpu vcpu = enter(AD, true, 0b111);
        vcpu.accessL2(L2, Access.READ);
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        AccessResult write = vcpu.accessL2(L2, Access.WRITE);
        assertFalse(write.fromShadow(), "protect_clean_gpte: the shadow leaf was read-only");
        assertTrue(dirty(1));
        assertTrue(vcpu.accessL2(L2, Access.WRITE).fromShadow(), "after D is set the leaf allows writes");
    }

    @Test
    void l1ClearingDirtyMakesTheNextWriteSetItAgain() {
        NestedVcpu vcpu = enter(AD, true, 0b111);
        vcpu.accessL2(L2, Access.WRITE);
        tables.setEntry(L2, 1, EptEntryBits.withDirty(tables.entry(L2, 1), false));
        assertFalse(vcpu.accessL2(L2, Access.WRITE).fromShadow());
        assertTrue(dirty(1));
    }

    @Test
    void violationsAndMisconfigurationsSetNoFlags() {
        NestedVcpu vcpu = enter(AD, true, 0b001);
        assertEquals(Kind.EPT_VIOLATION, vcpu.accessL2(L2, Access.WRITE).kind());
        for (int level = 4; level >= 1; level--) {
            assertFalse(accessed(level), "permission violation sets no A (level " + level + ")");
        }
        tables.setEntry(L2, 1, EptEntryBits.withMemoryTypeCode(tables.entry(L2, 1), 3));
        assertEquals(Kind.EPT_MISCONFIG, vcpu.accessL2(L2, Access.READ).kind());
        for (int level = 4; level >= 1; level--) {
            assertFalse(accessed(level));
        }
        tables.setEntry(L2, 1, 0);
        assertEquals(Kind.EPT_VIOLATION, vcpu.accessL2(L2, Access.READ).kind());
        assertFalse(accessed(4));
    }

    @Test
    void withoutEptpBit6OrWithoutTheCapabilityNoFlagsAreSet() {
        NestedVcpu vcpu = enter(AD, false, 0b111);
        vcpu.accessL2(L2, Access.WRITE);
        assertFalse(accessed(1));
        assertFalse(dirty(1));
        NestedVcpu noCap = enter(new EptCapabilities(false, false), false, 0b111);
        noCap.accessL2(L2, Access.WRITE);
        assertFalse(accessed(1));
    }

    @Test
    void eptpBit6WithoutTheCapabilityIsRefused() {
        memory = new GuestMemory(4 << 20);
        tables = new EptTables(memory, 2 << 20);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        assertFalse(vcpu.vmEntry(tables.eptp(true)));
        assertFalse(vcpu.inL2());
        assertEquals(0, vcpu.stats().roleCacheMisses() + vcpu.stats().roleCacheHits());
    }

    @Test
    void flagUpdatesAreNotL1StoresAndDoNotZap() {
        NestedVcpu vcpu = enter(AD, true, 0b111);
        vcpu.accessL2(L2, Access.READ);
        long zapped = vcpu.stats().shadowPagesZapped();
        vcpu.accessL2(L2, Access.WRITE);           // re-walks and sets D through the untracked path
        assertEquals(zapped, vcpu.stats().shadowPagesZapped());
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
    }
}
