package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.types.EptEntryBits;
import org.junit.jupiter.api.Test;

/**
 * KVM's {@code pte_prefetch} ({@code FNAME(pte_prefetch)}, {@code FNAME(prefetch_gpte)}): a fault that installs
 * a 4 KiB leaf also fills the other empty entries of its aligned group of 8 from the guest's page table, up to the
 * first guest entry that is not prefetchable. Results never change; only where they come from.
 */
class PtePrefetchTest {
    static final long MEMORY = 4 << 20;

    private final GuestMemory memory = new GuestMemory(MEMORY);
    private final EptTables tables = new EptTables(memory, 2 << 20);
    private final NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, true));

    PtePrefetchTest() {
        vcpu.setPtePrefetch(true);
    }

    /** L2 page {@code i} (0..7) maps L1 frame 0x10 + i. */
    private void mapGroup() {
        for (int i = 0; i < 8; i++) {
            tables.map4k(i * 0x1000L, (0x10L + i) * 0x1000, 0b111);
        }
    }

    @Test
    void aFaultFillsTheRestOfItsGroupOfEight() {
        mapGroup();
        tables.map4k(8 * 0x1000L, 0x18000, 0b111);           // the next group: not prefetched
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        assertEquals(new AccessResult(Kind.OK, 0x13123, 0, false), vcpu.accessL2(0x3123, Access.READ));
        assertEquals(7, vcpu.ptesPrefetched());
        long walks = vcpu.stats().guestWalks();
        for (int i = 0; i < 8; i++) {
            AccessResult result = vcpu.accessL2(i * 0x1000L + 8, Access.WRITE);
            assertEquals(new AccessResult(Kind.OK, (0x10L + i) * 0x1000 + 8, 0, true), result, "page " + i);
        }
        assertEquals(walks, vcpu.stats().guestWalks());
        assertFalse(vcpu.accessL2(8 * 0x1000L, Access.READ).fromShadow(), "page 8 is in the next group");
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow()::toString);
    }

    @Test
    void prefetchingStopsAtTheFirstEntryThatIsNotPresent() {
        mapGroup();
        tables.setEntry(0x5000, 1, 0);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        vcpu.accessL2(0x3000, Access.READ);
        assertEquals(4, vcpu.ptesPrefetched(), "pages 0, 1, 2 and 4; 5 stops it, so 6 and 7 are left");
        assertTrue(vcpu.accessL2(0x4000, Access.READ).fromShadow());
        assertFalse(vcpu.accessL2(0x6000, Access.READ).fromShadow());
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b000_001, false), vcpu.accessL2(0x5000, Access.READ));
    }

    @Test
    void withAdOnOnlyAccessedEntriesArePrefetchedAndCleanOnesStayReadOnly() {
        mapGroup();
        for (int i = 0; i < 3; i++) {                          // pages 0..2: accessed, not dirty
            tables.setEntry(i * 0x1000L, 1, EptEntryBits.withAccessed(tables.entry(i * 0x1000L, 1), true));
        }
        assertTrue(vcpu.vmEntry(tables.eptp(true)));
        vcpu.accessL2(0x1000, Access.READ);
        assertEquals(2, vcpu.ptesPrefetched(), "pages 0 and 2; page 3 is not accessed and stops it");
        assertFalse(vcpu.accessL2(0x3000, Access.READ).fromShadow());
        assertTrue(vcpu.accessL2(0x0000, Access.READ).fromShadow());
        AccessResult write = vcpu.accessL2(0x0000, Access.WRITE);
        assertEquals(Kind.OK, write.kind());
        assertFalse(write.fromShadow(), "a clean prefetched entry is read-only: the write walks and sets D");
        assertTrue(EptEntryBits.dirty(tables.entry(0, 1)));
    }

    @Test
    void aPrefetchedEntryFollowsL1StoresToItsGuestEntry() {
        mapGroup();
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        vcpu.accessL2(0x3000, Access.READ);
        assertTrue(vcpu.accessL2(0x6000, Access.READ).fromShadow());
        tables.setEntry(0x6000, 1, EptTables.leaf(0b001, 0x30000, false));
        assertEquals(new AccessResult(Kind.OK, 0x30000, 0, false), vcpu.accessL2(0x6000, Access.READ));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_010, false), vcpu.accessL2(0x6000, Access.WRITE));
    }

    @Test
    void entriesOutsideMemoryOrWithReservedBitsEndThePrefetch() {
        mapGroup();
        tables.setEntry(0x1000, 1, EptTables.leaf(0b111, MEMORY, false));       // no memslot
        tables.setEntry(0x4000, 1, tables.entry(0x4000, 1) | 1L << 50);         // reserved at MAXPHYADDR 46
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        vcpu.accessL2(0x3000, Access.READ);
        assertEquals(1, vcpu.ptesPrefetched(), "page 0, then page 1 maps outside memory");
        assertEquals(Kind.EPT_MISCONFIG, vcpu.accessL2(0x4000, Access.READ).kind());
        assertEquals(new AccessResult(Kind.OK, MEMORY, 0, false), vcpu.accessL2(0x1000, Access.READ));
    }
}
