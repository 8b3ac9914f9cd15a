package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.types.EptEntryBits;
import org.junit.jupiter.api.Test;

/**
 * The SDM's EPT translation rules (Vol. 3, 29.3.2 and 29.3.3) as a matrix: every XWR value at every level of
 * every kind of walk (4 KiB, 2 MiB, 1 GiB leaf), for read, write and fetch, with and without the execute-only
 * capability. The expected outcome is computed here from the rules, not from the MMU's code; each access is made
 * twice, so the shadow tables' answer is checked too.
 */
class EptPermissionMatrixTest {
    /** L2 address with table indexes 1, 2, 3, 4 at levels 4, 3, 2, 1 and offset 0x123. */
    static final long L2 = (1L << 39) + (2L << 30) + (3L << 21) + (4L << 12) + 0x123;
    static final long MEMORY = 4 << 20;
    static final long TABLES = 2 << 20;

    @Test
    void everyXwrAtEveryLevelForEveryAccessMatchesTheSdm() {
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (boolean execOnly : new boolean[] {false, true}) {
            for (int leafLevel = 1; leafLevel <= 3; leafLevel++) {
                for (int variedLevel = 4; variedLevel >= leafLevel; variedLevel--) {
                    for (int xwr = 0; xwr < 8; xwr++) {
                        for (Access access : Access.values()) {
                            cases++;
                            check(execOnly, leafLevel, variedLevel, xwr, access, failures);
                        }
                    }
                }
            }
        }
        assertEquals(2 * (4 + 3 + 2) * 8 * 3, cases);
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases + " cases differ:\n"
                + String.join("\n", failures));
    }

    private static void check(boolean execOnly, int leafLevel, int variedLevel, int xwr, Access access,
                              List<String> failures) {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        long l1Base = switch (leafLevel) {
            case 1 -> 0x5000;
            case 2 -> 0;           // 0..2 MiB: the tables at 2 MiB stay outside the large page
            default -> 0;
        };
        tables.map(L2, l1Base, leafLevel, 7);
        long entry = tables.entry(L2, variedLevel);
        tables.setEntry(L2, variedLevel, (entry & ~7L) | xwr);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(execOnly, false));
        assertTrue(vcpu.vmEntry(tables.eptp(false)));

        long pageSize = 1L << (12 + 9 * (leafLevel - 1));
        long expectedL1 = l1Base + (L2 & (pageSize - 1));
        AccessResult expected = expected(xwr, access, execOnly, expectedL1);
        String name = "execOnly=" + execOnly + " leaf level " + leafLevel + ", XWR " + Integer.toBinaryString(xwr)
                + " at level " + variedLevel + ", " + access;
        AccessResult first = vcpu.accessL2(L2, access);
        AccessResult second = vcpu.accessL2(L2, access);
        if (!sameOutcome(expected, first)) {
            failures.add(name + ": expected " + expected + ", got " + first);
        } else if (!sameOutcome(expected, second)) {
            failures.add(name + " (second access): expected " + expected + ", got " + second);
        } else if (first.fromShadow()) {
            failures.add(name + ": first access claims the shadow tables held it");
        } else if (expected.kind() == Kind.OK && leafLevel < 3 && !second.fromShadow()) {
            failures.add(name + ": second access did not come from the shadow tables");
        }
    }

    /** The rules: not present, then misconfiguration, then the permission of the AND of all levels. */
    static AccessResult expected(int xwr, Access access, boolean execOnly, long l1) {
        long accessBit = switch (access) {
            case READ -> 1;
            case WRITE -> 2;
            case FETCH -> 4;
        };
        if (xwr == 0) {
            return new AccessResult(Kind.EPT_VIOLATION, 0, accessBit, false);
        }
        if (xwr == 0b010 || xwr == 0b110 || (xwr == 0b100 && !execOnly)) {
            return new AccessResult(Kind.EPT_MISCONFIG, 0, 0, false);
        }
        if ((xwr & accessBit) == 0) {
            return new AccessResult(Kind.EPT_VIOLATION, 0, accessBit | ((long) xwr << 3), false);
        }
        return new AccessResult(Kind.OK, l1, 0, false);
    }

    static boolean sameOutcome(AccessResult a, AccessResult b) {
        return a.kind() == b.kind() && a.l1Gpa() == b.l1Gpa() && a.exitQualification() == b.exitQualification();
    }

    @Test
    void permissionsAreTheAndOfAllLevels() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 0x5000, 0b111);
        // PML4E read+write, PDPTE read+execute: only reads pass; a write reports R=1, W=0, X=0
        long pml4e = tables.entry(L2, 4);
        tables.setEntry(L2, 4, (pml4e & ~7L) | 0b011);
        long pdpte = tables.entry(L2, 3);
        tables.setEntry(L2, 3, (pdpte & ~7L) | 0b101);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.READ).kind());
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_010, false), vcpu.accessL2(L2, Access.WRITE));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_100, false), vcpu.accessL2(L2, Access.FETCH));
    }

    @Test
    void notPresentEntryBelowRestrictedOnesReportsZeroPermissions() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 0x5000, 0b111);
        tables.setEntry(L2, 1, 0);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b000_001, false), vcpu.accessL2(L2, Access.READ));
    }

    @Test
    void misconfigurationWinsOverAPermissionViolation() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 0x5000, 0b001);
        tables.setEntry(L2, 1, EptEntryBits.withMemoryTypeCode(tables.entry(L2, 1), 2));
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(Kind.EPT_MISCONFIG, vcpu.accessL2(L2, Access.WRITE).kind());
    }

    @Test
    void badMemoryTypesInALeafAreMisconfigurationsAtEveryLeafLevel() {
        for (int leafLevel = 1; leafLevel <= 3; leafLevel++) {
            for (int code = 0; code < 8; code++) {
                GuestMemory memory = new GuestMemory(MEMORY);
                EptTables tables = new EptTables(memory, TABLES);
                tables.map(L2, 0, leafLevel, 0b111);
                tables.setEntry(L2, leafLevel, EptEntryBits.withMemoryTypeCode(tables.entry(L2, leafLevel), code));
                NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
                vcpu.vmEntry(tables.eptp(false));
                boolean bad = code == 2 || code == 3 || code == 7;
                assertEquals(bad ? Kind.EPT_MISCONFIG : Kind.OK, vcpu.accessL2(L2, Access.READ).kind(),
                        "memory type " + code + " in a level-" + leafLevel + " leaf");
            }
        }
    }

    /** Kinds of entry for the reserved-bit table: level, whether it is a leaf, which bits are reserved. */
    private record EntryKind(String name, int leafLevel, int level, long reserved, long addressBits) {}

    @Test
    void reservedBitsAtEachLevelAreMisconfigurationsAndIgnoredBitsAreIgnored() {
        long aboveMaxPhyAddr = bits(46, 51);
        List<EntryKind> kinds = List.of(
                new EntryKind("PML4E", 1, 4, aboveMaxPhyAddr | bits(3, 7), bits(12, 45)),
                new EntryKind("PDPTE -> PD", 1, 3, aboveMaxPhyAddr | bits(3, 6), bits(12, 45) | bits(7, 7)),
                new EntryKind("PDE -> PT", 1, 2, aboveMaxPhyAddr | bits(3, 6), bits(12, 45) | bits(7, 7)),
                new EntryKind("1 GiB PDPTE", 3, 3, aboveMaxPhyAddr | bits(12, 29), bits(30, 45) | bits(3, 7)),
                new EntryKind("2 MiB PDE", 2, 2, aboveMaxPhyAddr | bits(12, 20), bits(21, 45) | bits(3, 7)),
                new EntryKind("PTE", 1, 1, aboveMaxPhyAddr, bits(12, 45) | bits(3, 5)));
        List<String> failures = new ArrayList<>();
        for (EntryKind kind : kinds) {
            for (int bit = 3; bit < 64; bit++) {
                long mask = 1L << bit;
                if ((kind.addressBits & mask) != 0) {
                    continue;               // changes the address or the memory type: covered elsewhere
                }
                GuestMemory memory = new GuestMemory(MEMORY);
                EptTables tables = new EptTables(memory, TABLES);
                tables.map(L2, 0, kind.leafLevel, 0b111);
                tables.setEntry(L2, kind.level, tables.entry(L2, kind.level) ^ mask);
                NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
                vcpu.vmEntry(tables.eptp(false));
                Kind expected = (kind.reserved & mask) != 0 ? Kind.EPT_MISCONFIG : Kind.OK;
                Kind actual = vcpu.accessL2(L2, Access.READ).kind();
                if (expected != actual) {
                    failures.add(kind.name + " bit " + bit + ": expected " + expected + ", got " + actual);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void maxPhyAddrSetsTheReservedAddressBitsAtTheNextEntry() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 1L << 44, 0b111);            // a leaf above 2^40 but below 2^46
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(new AccessResult(Kind.OK, (1L << 44) + 0x123, 0, false), vcpu.accessL2(L2, Access.READ));
        vcpu.setMaxPhyAddr(40);
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.READ).kind(), "no effect before the next vmEntry");
        vcpu.vmExit();
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(Kind.EPT_MISCONFIG, vcpu.accessL2(L2, Access.READ).kind());
        vcpu.vmExit();
        vcpu.setMaxPhyAddr(52);
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(Kind.OK, vcpu.accessL2(L2, Access.READ).kind());
    }

    @Test
    void pml4eWithBit7IsReservedAndPteBit7IsIgnored() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 0x5000, 0b111);
        tables.setEntry(L2, 1, tables.entry(L2, 1) | 0x80);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(new AccessResult(Kind.OK, 0x5123, 0, false), vcpu.accessL2(L2, Access.READ));
        tables.setEntry(L2, 4, tables.entry(L2, 4) | 0x80);
        assertEquals(Kind.EPT_MISCONFIG, vcpu.accessL2(L2, Access.READ).kind());
    }

    @Test
    void largePagesTranslateTheOffsetWithinThePage() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        long l2TwoMiB = 5L << 21;
        long l2OneGiB = 7L << 30;
        tables.map(l2TwoMiB, 0, 2, 0b111);              // L1 [0, 2 MiB): no EPT table in it
        tables.map(l2OneGiB, 1L << 30, 3, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(0x1ABCDEL, vcpu.accessL2(l2TwoMiB + 0x1ABCDE, Access.READ).l1Gpa());
        assertEquals((1L << 30) + 0x3ABCDEF0L, vcpu.accessL2(l2OneGiB + 0x3ABCDEF0L, Access.WRITE).l1Gpa());
        assertTrue(vcpu.accessL2(l2TwoMiB + 8, Access.FETCH).fromShadow());
        assertFalse(vcpu.accessL2(l2OneGiB + 8, Access.READ).fromShadow(), "a 1 GiB page past memory is not shadowed");
    }

    @Test
    void aTableOutsideMemoryIsAViolationWithTheAndSoFar() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, 0x5000, 0b111);
        tables.setEntry(L2, 3, EptTables.link(0b011, 1L << 40));  // PD beyond memory, PDPTE grants RW
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b011_100, false), vcpu.accessL2(L2, Access.FETCH));

        NestedVcpu outside = new NestedVcpu(memory, new EptCapabilities(false, false));
        assertTrue(outside.vmEntry(EptTables.eptpFor(1L << 40, false)));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b111_010, false), outside.accessL2(L2, Access.WRITE));
    }

    @Test
    void aLeafOutsideMemoryTranslatesButIsNeverShadowed() {
        GuestMemory memory = new GuestMemory(MEMORY);
        EptTables tables = new EptTables(memory, TABLES);
        tables.map4k(L2, MEMORY, 0b111);
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, false));
        vcpu.vmEntry(tables.eptp(false));
        for (int i = 0; i < 3; i++) {
            assertEquals(new AccessResult(Kind.OK, MEMORY + 0x123, 0, false), vcpu.accessL2(L2, Access.READ));
        }
        assertEquals(0, vcpu.stats().faultsFixed());
        assertTrue(vcpu.auditShadow().isEmpty());
    }

    static long bits(int start, int end) {
        return (-1L >>> (63 - end)) & (-1L << start);
    }
}
