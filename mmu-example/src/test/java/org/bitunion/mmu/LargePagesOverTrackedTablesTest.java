package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.junit.jupiter.api.Test;

/**
 * A large guest page that holds one of L1's own EPT tables (a write-tracked frame) is shadowed as KVM shadows it
 * ({@code kvm_mmu_hugepage_adjust}, large levels disallowed by {@code kvm_mmu_gfn_disallow_lpage} from
 * {@code account_shadowed}): with smaller pages, so that L2's writes elsewhere in the large page are served by
 * writable shadow entries and only stores to the table itself trap.
 */
class LargePagesOverTrackedTablesTest {
    static final long MEMORY = 4 << 20;
    /** L2's 2 MiB page at 1 GiB maps L1 [2 MiB, 4 MiB), where the EPT tables live. */
    static final long L2_LARGE = 1L << 30;
    static final long L1_LARGE = 2 << 20;
    static final long TABLES = 2 << 20;

    private final GuestMemory memory = new GuestMemory(MEMORY);
    private final EptTables tables = new EptTables(memory, TABLES);
    private final NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));

    @Test
    void l2WritesElsewhereInTheLargePageAreServedFromTheShadowTables() {
        tables.map(L2_LARGE, L1_LARGE, 2, 0b111);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        long elsewhere = L2_LARGE + (100L << 12);          // a 4 KiB page of the large page holding no table
        assertEquals(new AccessResult(Kind.OK, L1_LARGE + (100L << 12) + 8, 0, false),
                vcpu.accessL2(elsewhere + 8, Access.WRITE));
        assertTrue(vcpu.isWriteTracked(TABLES), "the PML4 table lies inside the large page");
        long walks = vcpu.stats().guestWalks();
        for (int i = 0; i < 10; i++) {
            AccessResult write = vcpu.accessL2(elsewhere + 8 * i, Access.WRITE);
            assertEquals(Kind.OK, write.kind());
            assertTrue(write.fromShadow(), "a writable 4 KiB shadow entry serves it");
        }
        assertEquals(walks, vcpu.stats().guestWalks());
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow()::toString);
    }

    @Test
    void writesToTheTableInsideTheLargePageAlwaysTrap() {
        tables.map(L2_LARGE, L1_LARGE, 2, 0b111);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        long tableThroughL2 = L2_LARGE + (TABLES - L1_LARGE);
        assertTrue(vcpu.accessL2(tableThroughL2, Access.READ).kind() == Kind.OK);
        assertTrue(vcpu.accessL2(tableThroughL2, Access.READ).fromShadow(), "reads of the table are shadowed");
        for (int i = 0; i < 3; i++) {
            AccessResult write = vcpu.accessL2(tableThroughL2 + 8, Access.WRITE);
            assertEquals(Kind.OK, write.kind());
            assertFalse(write.fromShadow(), "a store to a write-tracked table never bypasses the MMU");
        }
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow()::toString);
    }

    @Test
    void aLargeEntryMappedBeforeItsFrameWasTrackedIsSplitAtTheNextWrite() {
        // view A's large page maps L1 [0, 2 MiB); view B's tables are later built inside that range
        tables.map(L2_LARGE, 0, 2, 0b111);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        vcpu.accessL2(L2_LARGE + 0x8000, Access.WRITE);
        assertTrue(vcpu.accessL2(L2_LARGE + 0x8000, Access.WRITE).fromShadow());
        assertTrue(vcpu.accessL2(L2_LARGE + 0x100000, Access.WRITE).fromShadow(), "one large writable entry");
        vcpu.vmExit();

        EptTables viewB = new EptTables(memory, 0x40000);
        viewB.map4k(0x1000, 0x3000, 0b111);
        assertTrue(vcpu.vmEntry(viewB.eptp(false)));
        vcpu.accessL2(0x1000, Access.READ);                // view B's tables at 0x40000.. are now tracked
        assertTrue(vcpu.isWriteTracked(0x40000));
        vcpu.vmExit();

        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        assertTrue(vcpu.accessL2(L2_LARGE + 0x8000, Access.READ).fromShadow(), "reads still use the large entry");
        assertFalse(vcpu.accessL2(L2_LARGE + 0x8000, Access.WRITE).fromShadow(), "write-protected: a fault");
        assertTrue(vcpu.accessL2(L2_LARGE + 0x8000, Access.WRITE).fromShadow(), "now a writable 4 KiB entry");
        assertFalse(vcpu.accessL2(L2_LARGE + 0x40000, Access.WRITE).fromShadow(), "view B's PML4: traps");
        assertFalse(vcpu.accessL2(L2_LARGE + 0x40000, Access.WRITE).fromShadow(), "and keeps trapping");
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow()::toString);
    }

    /** Needs 1 GiB of L1 memory (a 1 GiB page is shadowed only inside memory): skipped on a smaller heap. */
    @Test
    void aOneGiBPageIsSplitOnlyDownToTheLevelThatHoldsNoTable() {
        assumeTrue(Runtime.getRuntime().maxMemory() > (3L << 29), "needs a heap above 1.5 GiB");
        GuestMemory big = new GuestMemory(1L << 30);
        EptTables bigTables = new EptTables(big, 0x1000);     // tables in the first 2 MiB of L1
        bigTables.map(L2_LARGE, 0, 3, 0b111);                 // a 1 GiB page over all of L1
        NestedVcpu bigVcpu = new NestedVcpu(big, new EptCapabilities(false, false));
        assertTrue(bigVcpu.vmEntry(bigTables.eptp(false)));
        long created = bigVcpu.stats().shadowPagesCreated();
        assertEquals(Kind.OK, bigVcpu.accessL2(L2_LARGE + (5L << 21) + 8, Access.WRITE).kind());
        assertEquals(created + 3, bigVcpu.stats().shadowPagesCreated(),
                "PDPT and PD shadow pages for the guest tables, and one direct page of 2 MiB entries");
        // another 2 MiB part of the same page: the same direct page, one more 2 MiB entry, still writable
        assertEquals(Kind.OK, bigVcpu.accessL2(L2_LARGE + (9L << 21), Access.WRITE).kind());
        assertTrue(bigVcpu.accessL2(L2_LARGE + (9L << 21) + 0x1FF000, Access.WRITE).fromShadow());
        assertEquals(created + 3, bigVcpu.stats().shadowPagesCreated());
        // the first 2 MiB holds the tables: 4 KiB entries there
        assertEquals(Kind.OK, bigVcpu.accessL2(L2_LARGE + 0x100000, Access.WRITE).kind());
        assertEquals(created + 4, bigVcpu.stats().shadowPagesCreated());
        assertTrue(bigVcpu.accessL2(L2_LARGE + 0x100000, Access.WRITE).fromShadow());
        assertFalse(bigVcpu.accessL2(L2_LARGE + 0x1000, Access.WRITE).fromShadow(), "the PML4 page traps");
        assertTrue(bigVcpu.auditShadow().isEmpty(), bigVcpu.auditShadow()::toString);
    }
}
