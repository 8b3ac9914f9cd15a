package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.junit.jupiter.api.Test;

/** Write tracking keeps the shadow tables equal to the guest's after every L1 store; INVEPT drops roots. */
class WriteTrackingAndInveptTest {
    static final long L2 = EptPermissionMatrixTest.L2;

    private final GuestMemory memory = new GuestMemory(8 << 20);
    private final EptTables tables = new EptTables(memory, 2 << 20);
    private final EptTables other = new EptTables(memory, 3 << 20);
    private final NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));

    WriteTrackingAndInveptTest() {
        tables.map4k(L2, 0x5000, 0b111);
        other.map4k(L2, 0x9000, 0b111);
    }

    @Test
    void theTablesOfAShadowedWalkAreWriteTracked() {
        vcpu.vmEntry(tables.eptp(false));
        assertFalse(vcpu.isWriteTracked(tables.pml4()));
        vcpu.accessL2(L2, Access.READ);
        for (int level = 4; level >= 1; level--) {
            assertTrue(vcpu.isWriteTracked(tables.entryAddress(L2, level)), "table of level " + level);
        }
        assertFalse(vcpu.isWriteTracked(0x5000), "the data page is not a table");
    }

    @Test
    void anL1EditOfTheLeafIsSeenByTheNextAccessWithoutInvept() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.WRITE);
        assertTrue(vcpu.accessL2(L2, Access.WRITE).fromShadow());
        tables.setEntry(L2, 1, EptTables.leaf(0b001, 0x7000, false));     // remap read-only elsewhere
        AccessResult read = vcpu.accessL2(L2, Access.READ);
        assertEquals(new AccessResult(Kind.OK, 0x7123, 0, false), read);
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_010, false), vcpu.accessL2(L2, Access.WRITE));
    }

    @Test
    void anL1EditOfAnUpperLevelZapsTheSubtree() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        assertEquals(4, vcpu.shadowPageCount());
        tables.setEntry(L2, 3, 0);                                           // unmap the whole PDPTE
        assertEquals(2, vcpu.shadowPageCount(), "PD and PT shadows went with the link");
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b000_001, false), vcpu.accessL2(L2, Access.READ));
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow().toString());
    }

    @Test
    void storesToOtherWordsOfATrackedTableKeepUnrelatedEntries() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        memory.writeLong(tables.entryAddress(L2, 1) + 8, EptTables.leaf(0b111, 0x6000, false));
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        assertEquals(0x6000, vcpu.accessL2(L2 + 4096, Access.READ).l1Gpa() & ~0xFFFL);
    }

    @Test
    void inveptSingleContextDropsOnlyThatEptpsRoots() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        vcpu.vmExit();
        vcpu.vmEntry(other.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        vcpu.vmExit();
        vcpu.invept(InveptType.SINGLE_CONTEXT, tables.eptp(false));
        vcpu.vmEntry(other.eptp(false));
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "the other context is kept");
        vcpu.vmExit();
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(new AccessResult(Kind.OK, 0x5123, 0, false), vcpu.accessL2(L2, Access.READ));
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "rebuilt");
    }

    @Test
    void inveptSingleContextOfTheCurrentEptpRebuildsAtTheNextAccess() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        long zapped = vcpu.stats().shadowPagesZapped();
        vcpu.invept(InveptType.SINGLE_CONTEXT, tables.eptp(false));
        assertEquals(zapped + 4, vcpu.stats().shadowPagesZapped());
        assertEquals(0, vcpu.shadowPageCount());
        assertFalse(vcpu.accessL2(L2, Access.READ).fromShadow());
    }

    @Test
    void inveptAllContextDropsEveryRoot() {
        vcpu.vmEntry(tables.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        vcpu.vmExit();
        vcpu.vmEntry(other.eptp(false));
        vcpu.accessL2(L2, Access.READ);
        vcpu.vmExit();
        vcpu.invept(InveptType.ALL_CONTEXT, 0);
        assertEquals(0, vcpu.shadowPageCount());
        vcpu.vmEntry(tables.eptp(false));
        assertFalse(vcpu.accessL2(L2, Access.READ).fromShadow());
        assertEquals(0, vcpu.stats().rootCacheHits());
    }

    @Test
    void facadeRejectsAccessesOutsideL2AndAddressesPast48Bits() {
        assertThrows(IllegalStateException.class, () -> vcpu.accessL2(0, Access.READ));
        vcpu.vmEntry(tables.eptp(false));
        assertThrows(IllegalArgumentException.class, () -> vcpu.accessL2(1L << 48, Access.READ));
        assertThrows(IllegalArgumentException.class, () -> vcpu.accessL2(-1, Access.READ));
        assertEquals(Kind.EPT_VIOLATION, vcpu.accessL2((1L << 48) - 1, Access.READ).kind());
        vcpu.vmExit();
        assertThrows(IllegalStateException.class, () -> vcpu.accessL2(0, Access.READ));
        assertThrows(IllegalArgumentException.class, () -> vcpu.setMaxPhyAddr(35));
        assertThrows(IllegalArgumentException.class, () -> vcpu.setMaxPhyAddr(53));
    }

    @Test
    void invalidEptpsAreRefusedWithoutStateChange() {
        long good = tables.eptp(false);
        vcpu.vmEntry(good);
        vcpu.accessL2(L2, Access.READ);
        MmuStats before = vcpu.stats();
        long[] invalid = {
            (good & ~7L) | 1,                    // memory type WC
            (good & ~0x38L) | (4 << 3),          // walk length 5
            good | (1L << 7),                    // bit 7 reserved
            good | (1L << 11),                   // bit 11 reserved
            good | (1L << 46),                   // above MAXPHYADDR 46
            good | (1L << 63),                   // bit 63
            good | (1L << 6),                    // A/D without the capability
        };
        for (long eptp : invalid) {
            assertFalse(vcpu.vmEntry(eptp), Long.toHexString(eptp));
        }
        assertTrue(vcpu.inL2());
        assertEquals(before, vcpu.stats());
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        vcpu.vmExit();
        vcpu.setMaxPhyAddr(47);
        assertTrue(vcpu.vmEntry(good | (1L << 46)), "MAXPHYADDR 47 admits bit 46");
    }
}
