package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.reference.ReferenceVcpu;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.ExitQualificationBits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The linear-address half of an EPT violation's exit qualification (SDM Vol. 3, Table 28-7: bit 7 "guest
 * linear-address field valid", bit 8 "access to the translation of a linear address") and the rule that, with
 * EPT A/D flags on, L2's accesses to its own paging structures are writes (SDM 29.3.3.2 and the note on bits 0
 * and 1 of Table 28-7). Each case is also run on the reference model.
 */
class AccessOriginTest {
    static final long L2 = EptPermissionMatrixTest.L2;
    static final EptCapabilities CAPS = new EptCapabilities(false, true);
    static final long BIT_7 = ExitQualificationBits.LINEAR_ADDRESS_VALID_MASK;
    static final long BIT_8 = ExitQualificationBits.TRANSLATED_ACCESS_MASK;

    private final GuestMemory memory = new GuestMemory(EptPermissionMatrixTest.MEMORY);
    private final EptTables tables = new EptTables(memory, EptPermissionMatrixTest.TABLES);

    private static long originBits(AccessOrigin origin) {
        return switch (origin) {
            case GUEST_PHYSICAL -> 0;
            case LINEAR_FINAL -> BIT_7 | BIT_8;
            case LINEAR_PAGING_STRUCTURE -> BIT_7;
        };
    }

    /** The result on the MMU, checked against the reference on a copy of the same memory. */
    private AccessResult access(boolean accessedDirty, long l2, Access access, AccessOrigin origin) {
        GuestMemory copy = new GuestMemory(memory.size());
        for (long a = 0; a < memory.size(); a += 8) {
            long word = memory.readLong(a);
            if (word != 0) {
                copy.writeLong(a, word);
            }
        }
        ReferenceVcpu reference = new ReferenceVcpu(copy, CAPS);
        assertTrue(reference.vmEntry(tables.eptp(accessedDirty)));
        AccessResult expected = reference.accessL2(l2, access, origin);
        NestedVcpu vcpu = new NestedVcpu(memory, CAPS);
        assertTrue(vcpu.vmEntry(tables.eptp(accessedDirty)));
        AccessResult actual = vcpu.accessL2(l2, access, origin);
        assertTrue(EptPermissionMatrixTest.sameOutcome(expected, actual), "reference " + expected + ", MMU " + actual);
        return actual;
    }

    @ParameterizedTest
    @EnumSource(AccessOrigin.class)
    void aNotPresentViolationCarriesTheOriginInBits7And8(AccessOrigin origin) {
        tables.map4k(L2, 0x5000, 0b111);
        tables.setEntry(L2, 1, 0);
        for (Access access : Access.values()) {
            long accessBit = 1L << access.ordinal();
            assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, accessBit | originBits(origin), false),
                    access(false, L2, access, origin), access + " from " + origin);
        }
    }

    @ParameterizedTest
    @EnumSource(AccessOrigin.class)
    void aPermissionViolationCarriesTheOriginInBits7And8(AccessOrigin origin) {
        tables.map4k(L2, 0x5000, 0b101);                 // read and execute, no write
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b101_010 | originBits(origin), false),
                access(false, L2, Access.WRITE, origin));
    }

    @ParameterizedTest
    @EnumSource(AccessOrigin.class)
    void aMisconfigurationHasNoQualificationWhateverTheOrigin(AccessOrigin origin) {
        tables.map4k(L2, 0x5000, 0b010);                 // write-only: a misconfiguration
        assertEquals(new AccessResult(Kind.EPT_MISCONFIG, 0, 0, false), access(false, L2, Access.READ, origin));
    }

    @Test
    void theTwoArgumentAccessIsAGuestPhysicalOne() {
        tables.map4k(L2, 0x5000, 0b001);
        NestedVcpu vcpu = new NestedVcpu(memory, CAPS);
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(vcpu.accessL2(L2, Access.WRITE, AccessOrigin.GUEST_PHYSICAL), vcpu.accessL2(L2, Access.WRITE));
    }

    @Test
    void withAdOnAPagingStructureReadOfAReadOnlyPageIsAWriteViolationReportingReadAndWrite() {
        tables.map4k(L2, 0x5000, 0b001);
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_011 | BIT_7, false),
                access(true, L2, Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE));
        assertFalse(EptEntryBits.accessed(tables.entry(L2, 1)), "a violation sets no flag");
        assertFalse(EptEntryBits.dirty(tables.entry(L2, 1)));
    }

    @Test
    void withAdOnAPagingStructureReadOfAWritablePageSetsTheDirtyFlag() {
        tables.map4k(L2, 0x5000, 0b111);
        assertEquals(new AccessResult(Kind.OK, 0x5123, 0, false),
                access(true, L2, Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE));
        for (int level = 4; level >= 1; level--) {
            assertTrue(EptEntryBits.accessed(tables.entry(L2, level)), "A at level " + level);
        }
        assertTrue(EptEntryBits.dirty(tables.entry(L2, 1)), "treated as a write: D set");
    }

    @Test
    void withAdOffAPagingStructureAccessIsTheAccessGiven() {
        tables.map4k(L2, 0x5000, 0b001);
        assertEquals(new AccessResult(Kind.OK, 0x5123, 0, false),
                access(false, L2, Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_010 | BIT_7, false),
                access(false, L2, Access.WRITE, AccessOrigin.LINEAR_PAGING_STRUCTURE));
        assertFalse(EptEntryBits.dirty(tables.entry(L2, 1)));
    }

    @Test
    void withAdOnALinearFinalReadIsARead() {
        tables.map4k(L2, 0x5000, 0b001);
        assertEquals(Kind.OK, access(true, L2, Access.READ, AccessOrigin.LINEAR_FINAL).kind());
        assertFalse(EptEntryBits.dirty(tables.entry(L2, 1)));
    }

    /**
     * The shadow leaf a read installs from a clean guest leaf is not writable ({@code protect_clean_gpte}), so a
     * paging-structure access after it walks the guest again and sets D; after that it is served from the shadow.
     */
    @Test
    void aPagingStructureAccessAfterAReadIsNotServedFromACleanShadowLeaf() {
        tables.map4k(L2, 0x5000, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, CAPS);
        vcpu.vmEntry(tables.eptp(true));
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.READ).kind());
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        assertFalse(EptEntryBits.dirty(tables.entry(L2, 1)));
        AccessResult structure = vcpu.accessL2(L2, Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE);
        assertEquals(Kind.OK, structure.kind());
        assertFalse(structure.fromShadow(), "the clean shadow leaf does not allow it");
        assertTrue(EptEntryBits.dirty(tables.entry(L2, 1)));
        assertTrue(vcpu.accessL2(L2, Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE).fromShadow());
    }
}
