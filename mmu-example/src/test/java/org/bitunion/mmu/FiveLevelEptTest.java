package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.reference.ReferenceEpt;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptPointerBits;
import org.junit.jupiter.api.Test;

/**
 * Five-level EPT (SDM Vol. 3, 29.3.2 with a page-walk length of 5; KVM offers it to L1 since Linux 5.8): which
 * EPTPs are valid with and without the capability, the permission matrix and the reserved bits with a PML5E on
 * top, 57-bit L2 addresses, and the shadow tables behind it.
 */
class FiveLevelEptTest {
    /** An L2 address with PML5 index 5 above {@link EptPermissionMatrixTest#L2}: it needs all 57 bits' walk. */
    static final long L2 = (5L << 48) + EptPermissionMatrixTest.L2;
    static final long MEMORY = EptPermissionMatrixTest.MEMORY;
    static final long TABLES = EptPermissionMatrixTest.TABLES;
    static final EptCapabilities FIVE_LEVEL = new EptCapabilities(false, true, true, false, false);

    @Test
    void walkLengthFiveIsValidOnlyWithTheCapabilityAndFourAlways() {
        GuestMemory memory = new GuestMemory(MEMORY);
        for (boolean capability : new boolean[] {false, true}) {
            EptCapabilities caps = new EptCapabilities(false, true, capability, false, false);
            for (int minusOne = 0; minusOne < 8; minusOne++) {
                long eptp = EptPointerBits.withWalkLengthMinusOne(EptTables.eptpFor(TABLES, false), minusOne);
                boolean valid = minusOne == 3 || (minusOne == 4 && capability);
                NestedVcpu vcpu = new NestedVcpu(memory, caps);
                assertEquals(valid, vcpu.vmEntry(eptp), "walk length " + (minusOne + 1) + ", capability "
                        + capability);
                assertEquals(valid, vcpu.inL2());
                assertEquals(valid, ReferenceEpt.isValidEptp(eptp, caps, 46), "the reference agrees");
            }
        }
    }

    @Test
    void theTwoArgumentCapabilitiesHaveNoFiveLevelWalks() {
        EptCapabilities old = new EptCapabilities(true, true);
        assertEquals(new EptCapabilities(true, true, false, true, false), old);
        NestedVcpu vcpu = new NestedVcpu(new GuestMemory(MEMORY), old);
        assertFalse(vcpu.vmEntry(EptTables.eptpFor(TABLES, false, 5)));
    }

    @Test
    void addressesBelow2To57TranslateAndAboveAreRefused() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES, 5);
        long top = (1L << 57) - 4096;
        tables.map4k(top, 0x7000, 0b111);
        tables.map4k(L2, 0x5000, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, FIVE_LEVEL);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        assertEquals(new AccessResult(Kind.OK, 0x7FFF, 0, false), vcpu.accessL2(top + 0xFFF, Access.READ));
        assertEquals(new AccessResult(Kind.OK, 0x5123, 0, false), vcpu.accessL2(L2, Access.WRITE));
        assertThrows(IllegalArgumentException.class, () -> vcpu.accessL2(1L << 57, Access.READ));
        assertThrows(IllegalArgumentException.class, () -> vcpu.accessL2(-1, Access.READ));
    }

    @Test
    void aFourLevelEptpKeeps48BitAddressesWithTheCapability() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(EptPermissionMatrixTest.L2, 0x5000, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, FIVE_LEVEL);
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        assertEquals(Kind.OK, vcpu.accessL2(EptPermissionMatrixTest.L2, Access.READ).kind());
        assertThrows(IllegalArgumentException.class, () -> vcpu.accessL2(1L << 48, Access.READ));
    }

    @Test
    void everyXwrAtEveryLevelOfAFiveLevelWalkMatchesTheSdm() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (boolean execOnly : new boolean[] {false, true}) {
            for (int leafLevel = 1; leafLevel <= 3; leafLevel++) {
                for (int variedLevel = 5; variedLevel >= leafLevel; variedLevel--) {
                    for (int xwr = 0; xwr < 8; xwr++) {
                        for (Access access : Access.values()) {
                            cases++;
                            check(execOnly, leafLevel, variedLevel, xwr, access, failures);
                        }
                    }
                }
            }
        }
        assertEquals(2 * (5 + 4 + 3) * 8 * 3, cases);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases differ:\n"
                + String.join("\n", failures));
    }

    private static void check(boolean execOnly, int leafLevel, int variedLevel, int xwr, Access access,
                              List<String> failures) {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES, 5);
        long l1Base = leafLevel == 1 ? 0x5000 : 0;
        tables.map(L2, l1Base, leafLevel, 7);
        long entry = tables.entry(L2, variedLevel);
        tables.setEntry(L2, variedLevel, (entry & ~7L) | xwr);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(execOnly, false, true, false, false));
        assertTrue(vcpu.vmEntry(tables.eptp(false)));
        long pageSize = 1L << (12 + 9 * (leafLevel - 1));
        AccessResult expected = EptPermissionMatrixTest.expected(xwr, access, execOnly,
                l1Base + (L2 & (pageSize - 1)));
        String name = "execOnly=" + execOnly + " leaf level " + leafLevel + ", XWR " + Integer.toBinaryString(xwr)
                + " at level " + variedLevel + ", " + access;
        AccessResult first = vcpu.accessL2(L2, access);
        AccessResult second = vcpu.accessL2(L2, access);
        if (!EptPermissionMatrixTest.sameOutcome(expected, first)) {
            failures.add(name + ": expected " + expected + ", got " + first);
        } else if (!EptPermissionMatrixTest.sameOutcome(expected, second)) {
            failures.add(name + " (second access): expected " + expected + ", got " + second);
        } else if (expected.kind() == Kind.OK && leafLevel < 3 && !second.fromShadow()) {
            failures.add(name + ": second access did not come from the shadow tables");
        }
    }

    /** SDM Table 29-1 (PML5E): bits 7:3 and 51:MAXPHYADDR reserved, 11:8 and 63:52 ignored (8 = accessed). */
    @Test
    void pml5eReservedBitsAreMisconfigurationsAndIgnoredBitsAreIgnored() {
        long reserved = EptPermissionMatrixTest.bits(46, 51) | EptPermissionMatrixTest.bits(3, 7);
        long addressBits = EptPermissionMatrixTest.bits(12, 45);
        List<String> failures = new ArrayList<>();
        for (int bit = 3; bit < 64; bit++) {
            long mask = 1L << bit;
            if ((addressBits & mask) != 0) {
                continue;                                // moves the PML4 table: not a reserved-bit question
            }
            GuestMemory memory = new GuestMemory(MEMORY);
            EptTables tables = new EptTables(memory, TABLES, 5);
            tables.map4k(L2, 0x5000, 0b111);
            tables.setEntry(L2, 5, tables.entry(L2, 5) ^ mask);
            NestedVcpu vcpu = new NestedVcpu(memory, FIVE_LEVEL);
            assertTrue(vcpu.vmEntry(tables.eptp(false)));
            Kind expected = (reserved & mask) != 0 ? Kind.EPT_MISCONFIG : Kind.OK;
            Kind actual = vcpu.accessL2(L2, Access.READ).kind();
            if (expected != actual) {
                failures.add("PML5E bit " + bit + ": expected " + expected + ", got " + actual);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void accessedFlagsAreSetInAllFiveEntries() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES, 5);
        tables.map4k(L2, 0x5000, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, FIVE_LEVEL);
        assertTrue(vcpu.vmEntry(tables.eptp(true)));
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.WRITE).kind());
        for (int level = 5; level >= 1; level--) {
            assertTrue(EptEntryBits.accessed(tables.entry(L2, level)), "A at level " + level);
        }
        assertTrue(EptEntryBits.dirty(tables.entry(L2, 1)));
    }

    @Test
    void aTableOutsideMemoryAtLevelFiveIsAViolationWithAllPermissions() {
        NestedVcpu vcpu = new NestedVcpu(new GuestMemory(MEMORY), FIVE_LEVEL);
        assertTrue(vcpu.vmEntry(EptTables.eptpFor(1L << 40, false, 5)));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b111_001, false), vcpu.accessL2(L2, Access.READ));
    }

    @Test
    void fourAndFiveLevelEptpsOnTheSameRootPageHaveSeparateShadowRoots() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES, 5);
        tables.map4k(L2, 0x5000, 0b111);
        long five = tables.eptp(false);
        long four = EptPointerBits.withWalkLengthMinusOne(five, 3);
        NestedVcpu vcpu = new NestedVcpu(memory, FIVE_LEVEL);
        assertTrue(vcpu.vmEntry(five));
        assertEquals(0x5123, vcpu.accessL2(L2, Access.READ).l1Gpa());
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow());
        vcpu.vmExit();
        assertTrue(vcpu.vmEntry(four));
        // read as a PML4, the PML5 table's entry 5 maps L2 bits 47:39 = 5: L2 below 2^48 goes elsewhere
        AccessResult asFourLevel = vcpu.accessL2(EptPermissionMatrixTest.L2, Access.READ);
        assertFalse(asFourLevel.fromShadow(), "a five-level root's translations are not a four-level root's");
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b000_001, false), asFourLevel);
        assertEquals(4, vcpu.shadowEptContext().rootLevel());
        vcpu.vmExit();
        assertTrue(vcpu.vmEntry(five));
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "the five-level root came back from the cache");
        assertEquals(1, vcpu.stats().rootCacheHits());
        assertTrue(vcpu.auditShadow().isEmpty(), vcpu.auditShadow()::toString);
    }
}
