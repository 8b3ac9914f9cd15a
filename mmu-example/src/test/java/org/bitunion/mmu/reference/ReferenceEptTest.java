package org.bitunion.mmu.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessOrigin;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.GuestMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference walker on hand-built tables. Expected values are written out from the SDM's tables, not computed
 * by the code under test.
 */
class ReferenceEptTest {
    private static final EptCapabilities NO_CAPS = new EptCapabilities(false, false);
    private static final EptCapabilities ALL_CAPS = new EptCapabilities(true, true);

    // One 4-level path: PML4 0x1000 -> PDPT 0x2000 -> PD 0x3000 -> PT 0x4000 -> data page 0x9000.
    private static final long PML4 = 0x1000, PDPT = 0x2000, PD = 0x3000, PT = 0x4000, PAGE = 0x9000;
    // GPA with indices PML4 1, PDPT 2, PD 3, PT 4, offset 0x567.
    private static final long GPA = (1L << 39) | (2L << 30) | (3L << 21) | (4L << 12) | 0x567;
    private static final long PML4E = PML4 + 8 * 1, PDPTE = PDPT + 8 * 2, PDE = PD + 8 * 3, PTE = PT + 8 * 4;
    private static final long EPTP = PML4 | 0x1E;            // WB, 4-level
    private static final long EPTP_AD = EPTP | 0x40;
    private static final long WB = 6L << 3;                  // leaf memory type write-back

    private GuestMemory memory;

    @BeforeEach
    void buildPath() {
        memory = new GuestMemory(64 * 4096);                 // 0x40000 bytes
        memory.writeLong(PML4E, PDPT | 7);
        memory.writeLong(PDPTE, PD | 7);
        memory.writeLong(PDE, PT | 7);
        memory.writeLong(PTE, PAGE | WB | 7);
    }

    private AccessResult walk(EptCapabilities caps, long eptp, Access access) {
        return ReferenceEpt.translate(memory, caps, 46, eptp, GPA, access).result();
    }

    private AccessResult walk(Access access) {
        return walk(NO_CAPS, EPTP, access);
    }

    private static AccessResult ok(long l1Gpa) {
        return new AccessResult(Kind.OK, l1Gpa, 0, false);
    }

    private static AccessResult violation(long qualification) {
        return new AccessResult(Kind.EPT_VIOLATION, 0, qualification, false);
    }

    private static final AccessResult MISCONFIG = new AccessResult(Kind.EPT_MISCONFIG, 0, 0, false);

    @Test
    void fourKilobytePageKeepsTheOffset() {
        for (Access access : Access.values()) {
            assertEquals(ok(0x9567), walk(access));
        }
        assertArrayEquals(new long[] {PML4E, PDPTE, PDE, PTE},
                ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, GPA, Access.READ).entriesRead());
    }

    @Test
    void twoMegabytePageTakesBits20To0FromTheGpa() {
        memory.writeLong(PDE, 0x200000 | (1 << 7) | WB | 7);
        assertEquals(ok(0x200000 | (4 << 12) | 0x567), walk(Access.READ));
    }

    @Test
    void oneGigabytePageTakesBits29To0FromTheGpa() {
        memory.writeLong(PDPTE, 0x40000000L | (1 << 7) | WB | 7);
        assertEquals(ok(0x40000000L | (3 << 21) | (4 << 12) | 0x567), walk(Access.FETCH));
    }

    @Test
    void leafOutsideGuestMemoryStillTranslates() {
        memory.writeLong(PTE, 0x1234_5000L | WB | 7);
        assertEquals(ok(0x1234_5567L), walk(Access.WRITE));
    }

    @Test
    void tableOutsideGuestMemoryIsAViolationWithTheEntriesReadSoFar() {
        memory.writeLong(PML4E, PDPT | 5);                   // R-X
        memory.writeLong(PDPTE, 0x100000 | 3 | 4);           // PD beyond the 0x40000 bytes of memory
        assertEquals(violation(2 | (5 << 3)), walk(Access.WRITE));
    }

    @Test
    void rootTableOutsideGuestMemoryIsAViolationWithAllPermissions() {
        long eptp = 0x800000 | 0x1E;
        assertEquals(violation(1 | (7 << 3)),
                ReferenceEpt.translate(memory, NO_CAPS, 46, eptp, GPA, Access.READ).result());
    }

    /** SDM 29.3.3: for each XWR of one entry (the others RWX), outcome and exit qualification per access. */
    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {4, 3, 2, 1})
    void everyXwrAtEveryLevel(int level) {
        long address = switch (level) {
            case 4 -> PML4E;
            case 3 -> PDPTE;
            case 2 -> PDE;
            default -> PTE;
        };
        long rest = memory.readLong(address) & ~7L;
        // Rows: XWR 0..7. Columns: READ, WRITE, FETCH. "M" misconfig, "ok", else the violation qualification.
        String[][] withoutExecuteOnly = {
            {"0x1", "0x2", "0x4"},          // 000 not present: bits 3-5 clear
            {"ok", "0xa", "0xc"},           // 001 R: write and fetch denied, qualification says readable
            {"M", "M", "M"},                // 010 write-only
            {"ok", "ok", "0x1c"},           // 011 RW
            {"M", "M", "M"},                // 100 execute-only without the capability
            {"ok", "0x2a", "ok"},           // 101 RX
            {"M", "M", "M"},                // 110 write+execute
            {"ok", "ok", "ok"},             // 111
        };
        String[][] withExecuteOnly = withoutExecuteOnly.clone();
        withExecuteOnly[4] = new String[] {"0x21", "0x22", "ok"};
        for (boolean executeOnly : new boolean[] {false, true}) {
            EptCapabilities caps = new EptCapabilities(executeOnly, false);
            String[][] table = executeOnly ? withExecuteOnly : withoutExecuteOnly;
            for (int xwr = 0; xwr < 8; xwr++) {
                memory.writeLong(address, rest | xwr);
                for (Access access : Access.values()) {
                    String expected = table[xwr][access.ordinal()];
                    AccessResult want = switch (expected) {
                        case "M" -> MISCONFIG;
                        case "ok" -> ok(0x9567);
                        default -> violation(Long.decode(expected));
                    };
                    assertEquals(want, walk(caps, EPTP, access),
                            "level " + level + " xwr " + xwr + " " + access + " execOnly " + executeOnly);
                }
            }
        }
    }

    @Test
    void permissionsAreAndedOverAllLevels() {
        memory.writeLong(PML4E, PDPT | 3);                   // RW-
        memory.writeLong(PDE, PT | 5);                       // R-X
        assertEquals(ok(0x9567), walk(Access.READ));
        assertEquals(violation(2 | (1 << 3)), walk(Access.WRITE));
        assertEquals(violation(4 | (1 << 3)), walk(Access.FETCH));
    }

    @Test
    void notPresentBelowAPermissionProblemReportsNothingPermitted() {
        memory.writeLong(PML4E, PDPT | 1);
        memory.writeLong(PTE, 0);
        assertEquals(violation(2), walk(Access.WRITE));
    }

    @Test
    void misconfigurationBeatsAPermissionProblemAbove() {
        memory.writeLong(PML4E, PDPT | 1);                   // write denied up here
        memory.writeLong(PTE, PAGE | (2L << 3) | 7);         // memory type 2 in the leaf
        assertEquals(MISCONFIG, walk(Access.WRITE));
    }

    @Test
    void reservedBitsPerLevel() {
        long[][] cases = {
            // entry address, bit, misconfigured (1) or not (0)
            {PML4E, 7, 1}, {PML4E, 3, 1}, {PML4E, 6, 1},
            {PDPTE, 3, 1}, {PDPTE, 6, 1},
            {PDE, 3, 1}, {PDE, 6, 1},
            {PTE, 7, 0}, {PTE, 6, 0},                        // PTE: bit 7 ignored, bit 6 is ignore-PAT
            {PML4E, 8, 0}, {PDE, 11, 0}, {PTE, 52, 0}, {PDPTE, 63, 0},   // ignored bits
            {PML4E, 51, 1}, {PDPTE, 46, 1}, {PDE, 50, 1}, {PTE, 48, 1},  // 51:MAXPHYADDR (46)
        };
        for (long[] c : cases) {
            buildPath();
            long address = c[0];
            memory.writeLong(address, memory.readLong(address) | (1L << c[1]));
            AccessResult result = walk(Access.READ);
            if (c[2] == 1) {
                assertEquals(MISCONFIG, result, "bit " + c[1] + " at 0x" + Long.toHexString(address));
            } else {
                assertEquals(Kind.OK, result.kind(), "bit " + c[1] + " at 0x" + Long.toHexString(address));
            }
        }
    }

    @Test
    void largePageLeavesReserveTheBitsBelowTheirFrame() {
        memory.writeLong(PDPTE, 0x40000000L | (1 << 7) | (1L << 29) | WB | 7);
        assertEquals(MISCONFIG, walk(Access.READ));
        memory.writeLong(PDPTE, 0x40000000L | (1 << 7) | (1L << 12) | WB | 7);
        assertEquals(MISCONFIG, walk(Access.READ));
        buildPath();
        memory.writeLong(PDE, 0x200000 | (1 << 7) | (1L << 20) | WB | 7);
        assertEquals(MISCONFIG, walk(Access.READ));
        memory.writeLong(PDE, 0x200000 | (1 << 7) | (1L << 12) | WB | 7);
        assertEquals(MISCONFIG, walk(Access.READ));
        memory.writeLong(PDE, 0x400000 | (1 << 7) | (1L << 21) | WB | 7);   // bit 21 is frame: fine
        assertEquals(ok(0x600000 | (4 << 12) | 0x567), walk(Access.READ));
    }

    @Test
    void maxPhyAddrMovesTheReservedBoundary() {
        memory.writeLong(PTE, (1L << 40) | PAGE | WB | 7);
        assertEquals(ok((1L << 40) | 0x9567),
                ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, GPA, Access.READ).result());
        assertEquals(MISCONFIG, ReferenceEpt.translate(memory, NO_CAPS, 40, EPTP, GPA, Access.READ).result());
        assertEquals(ok((1L << 40) | 0x9567),
                ReferenceEpt.translate(memory, NO_CAPS, 41, EPTP, GPA, Access.READ).result());
        memory.writeLong(PTE, (1L << 51) | PAGE | WB | 7);
        assertEquals(ok((1L << 51) | 0x9567),
                ReferenceEpt.translate(memory, NO_CAPS, 52, EPTP, GPA, Access.READ).result());
    }

    @Test
    void leafMemoryTypes2And3And7AreMisconfigurations() {
        for (int type = 0; type < 8; type++) {
            memory.writeLong(PTE, PAGE | ((long) type << 3) | 7);
            boolean bad = type == 2 || type == 3 || type == 7;
            assertEquals(bad ? MISCONFIG : ok(0x9567), walk(Access.READ), "memory type " + type);
            memory.writeLong(PDE, 0x200000 | (1 << 7) | ((long) type << 3) | 7);
            assertEquals(bad ? Kind.EPT_MISCONFIG : Kind.OK, walk(Access.READ).kind(), "2M memory type " + type);
            memory.writeLong(PDE, PT | 7);
        }
    }

    @Test
    void accessedFlagsOnEveryEntryAndDirtyOnTheLeafForAWrite() {
        assertEquals(ok(0x9567), walk(ALL_CAPS, EPTP_AD, Access.READ));
        long a = 1L << 8, d = 1L << 9;
        assertEquals(PDPT | 7 | a, memory.readLong(PML4E));
        assertEquals(PD | 7 | a, memory.readLong(PDPTE));
        assertEquals(PT | 7 | a, memory.readLong(PDE));
        assertEquals(PAGE | WB | 7 | a, memory.readLong(PTE));
        walk(ALL_CAPS, EPTP_AD, Access.WRITE);
        assertEquals(PT | 7 | a, memory.readLong(PDE));
        assertEquals(PAGE | WB | 7 | a | d, memory.readLong(PTE));
    }

    @Test
    void dirtyFlagGoesOnALargePageLeaf() {
        memory.writeLong(PDE, 0x200000 | (1 << 7) | WB | 7);
        walk(ALL_CAPS, EPTP_AD, Access.WRITE);
        assertEquals(0x200000 | (1 << 7) | WB | 7 | (3L << 8), memory.readLong(PDE));
        assertEquals(PAGE | WB | 7, memory.readLong(PTE), "the PTE was not used");
    }

    @Test
    void noFlagsWithoutEptp6OrOnAFailedWalk() {
        walk(ALL_CAPS, EPTP, Access.WRITE);
        assertEquals(PAGE | WB | 7, memory.readLong(PTE));
        memory.writeLong(PDE, PT | 5);
        assertEquals(Kind.EPT_VIOLATION, walk(ALL_CAPS, EPTP_AD, Access.WRITE).kind());
        assertEquals(PDPT | 7, memory.readLong(PML4E));
        memory.writeLong(PDE, PT | 7);
        memory.writeLong(PTE, PAGE | (7L << 3) | 7);
        assertEquals(MISCONFIG, walk(ALL_CAPS, EPTP_AD, Access.READ));
        assertEquals(PDPT | 7, memory.readLong(PML4E));
    }

    @Test
    void aTableThatPointsAtItselfEndsAfterFourLevels() {
        memory.writeLong(PML4 + 8 * 0, PML4 | 7);            // PML4E 0 -> PML4 itself
        long gpa = 0x123;                                    // indices all 0: the same word four times
        // The word is a valid PML4E, PDPTE and PDE (bits 7:3 clear) and, as a PTE, maps the PML4 page itself.
        assertEquals(ok(PML4 | 0x123), ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, gpa, Access.READ).result());
        memory.writeLong(PML4, PML4 | WB | 7);               // memory type bits are reserved in a PML4E
        assertEquals(MISCONFIG, ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, gpa, Access.READ).result());
    }

    @Test
    void eptpValidity() {
        assertTrue(ReferenceEpt.isValidEptp(PML4 | 0x1E, NO_CAPS, 46));
        assertTrue(ReferenceEpt.isValidEptp(PML4 | 0x18, NO_CAPS, 46));      // UC
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x1D, NO_CAPS, 46));     // memory type 5
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x16, NO_CAPS, 46));     // walk length 3
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x5E, NO_CAPS, 46));     // A/D without the capability
        assertTrue(ReferenceEpt.isValidEptp(PML4 | 0x5E, ALL_CAPS, 46));
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x9E, ALL_CAPS, 46));    // bit 7
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x81E, ALL_CAPS, 46));   // bit 11
        assertFalse(ReferenceEpt.isValidEptp((1L << 46) | 0x1E, ALL_CAPS, 46));
        assertTrue(ReferenceEpt.isValidEptp((1L << 45) | 0x1E, ALL_CAPS, 46));
        assertFalse(ReferenceEpt.isValidEptp((1L << 40) | 0x1E, ALL_CAPS, 40));
        assertFalse(ReferenceEpt.isValidEptp((1L << 63) | 0x1E, ALL_CAPS, 52));
    }

    @Test
    void addressesAtOrAbove2To48AreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, 1L << 48, Access.READ));
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, -1, Access.READ));
    }

    @Test
    void vcpuUsesTheMaxPhyAddrOfTheLastEntry() {
        ReferenceVcpu vcpu = new ReferenceVcpu(memory, NO_CAPS);
        memory.writeLong(PTE, (1L << 40) | PAGE | WB | 7);
        assertThrows(IllegalStateException.class, () -> vcpu.accessL2(GPA, Access.READ));
        assertTrue(vcpu.vmEntry(EPTP));
        vcpu.setMaxPhyAddr(40);
        assertEquals(Kind.OK, vcpu.accessL2(GPA, Access.READ).kind(), "not before the next entry");
        vcpu.vmExit();
        assertFalse(vcpu.vmEntry(EPTP | (1L << 40)), "EPTP checked against the new width");
        assertTrue(vcpu.vmEntry(EPTP));
        assertEquals(MISCONFIG, vcpu.accessL2(GPA, Access.READ));
    }

    // ---- additions of CONTRACT 3.1 ---------------------------------------------------------------------------

    private static final EptCapabilities FIVE_LEVEL = new EptCapabilities(false, true, true, false, true);
    private static final long PML5 = 0x5000;
    /** GPA with PML5 index 7 on top of {@link #GPA}. */
    private static final long GPA_57 = (7L << 48) | GPA;
    private static final long PML5E = PML5 + 8 * 7;
    private static final long EPTP_5 = PML5 | 0x26;          // WB, walk length 5

    @Test
    void eptpValidityOfTheLaterCapabilities() {
        EptCapabilities noUc = new EptCapabilities(false, false, false, false, false);
        assertFalse(ReferenceEpt.isValidEptp(PML4 | 0x18, noUc, 46), "UC needs IA32_VMX_EPT_VPID_CAP bit 8");
        assertTrue(ReferenceEpt.isValidEptp(PML4 | 0x1E, noUc, 46));
        assertFalse(ReferenceEpt.isValidEptp(EPTP_5, ALL_CAPS, 46), "walk length 5 needs bit 7");
        assertTrue(ReferenceEpt.isValidEptp(EPTP_5, FIVE_LEVEL, 46));
        assertFalse(ReferenceEpt.isValidEptp(PML5 | 0x2E, FIVE_LEVEL, 46), "walk length 6 never");
    }

    @Test
    void aFiveLevelWalkReadsThePml5eFirstAndTakes57BitAddresses() {
        memory.writeLong(PML5E, PML4 | 7);
        ReferenceEpt.Walk walk = ReferenceEpt.translate(memory, FIVE_LEVEL, 46, EPTP_5, GPA_57, Access.READ);
        assertEquals(ok(0x9567), walk.result());
        assertArrayEquals(new long[] {PML5E, PML4E, PDPTE, PDE, PTE}, walk.entriesRead());
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceEpt.translate(memory, FIVE_LEVEL, 46, EPTP_5, 1L << 57, Access.READ));
        memory.writeLong(PML5E, PML4 | 0x80 | 7);
        assertEquals(MISCONFIG, ReferenceEpt.translate(memory, FIVE_LEVEL, 46, EPTP_5, GPA_57, Access.READ)
                .result(), "PML5E bit 7 is reserved");
        memory.writeLong(PML5E, PML4 | 0b101);
        assertEquals(violation(0b101_010), ReferenceEpt.translate(memory, FIVE_LEVEL, 46, EPTP_5, GPA_57,
                Access.WRITE).result(), "the PML5E's permissions are in the AND");
    }

    @Test
    void exitQualificationBits7And8FollowTheOrigin() {
        memory.writeLong(PTE, 0);
        assertEquals(violation(0b001), ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, GPA, Access.READ,
                AccessOrigin.GUEST_PHYSICAL).result());
        assertEquals(violation(0b1_1000_0001), ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, GPA, Access.READ,
                AccessOrigin.LINEAR_FINAL).result());
        assertEquals(violation(0b0_1000_0001), ReferenceEpt.translate(memory, NO_CAPS, 46, EPTP, GPA, Access.READ,
                AccessOrigin.LINEAR_PAGING_STRUCTURE).result());
    }

    @Test
    void withAdOnAPagingStructureAccessIsAWrite() {
        memory.writeLong(PTE, PAGE | WB | 0b001);
        assertEquals(violation(0b1000_0000 | 0b001_011), ReferenceEpt.translate(memory, ALL_CAPS, 46, EPTP_AD, GPA,
                Access.READ, AccessOrigin.LINEAR_PAGING_STRUCTURE).result(), "needs W; bits 0 and 1 both set");
        assertEquals(ok(0x9567), ReferenceEpt.translate(memory, ALL_CAPS, 46, EPTP, GPA, Access.READ,
                AccessOrigin.LINEAR_PAGING_STRUCTURE).result(), "A/D off: the read it is");
        memory.writeLong(PTE, PAGE | WB | 0b011);
        assertEquals(ok(0x9567), ReferenceEpt.translate(memory, ALL_CAPS, 46, EPTP_AD, GPA, Access.READ,
                AccessOrigin.LINEAR_PAGING_STRUCTURE).result());
        assertEquals(PAGE | WB | 0b011 | 0x300, memory.readLong(PTE), "A and D set on the leaf");
    }

    @Test
    void vmEntryNeedsVmxOperationAndNoSmm() {
        ReferenceVcpu vcpu = new ReferenceVcpu(memory, NO_CAPS);
        for (String[] forbidden : new String[][] {{"smm", "1"}, {"cr4", "0"}, {"cr0", "1"}, {"cr0", "2147483648"}}) {
            ReferenceVcpu fresh = new ReferenceVcpu(memory, NO_CAPS);
            fresh.setControl(forbidden[0], Long.parseLong(forbidden[1]));
            assertFalse(fresh.vmEntry(EPTP), forbidden[0] + " = " + forbidden[1]);
        }
        assertTrue(vcpu.vmEntry(EPTP));
    }

    @Test
    void vmfuncSwitchesToAValidListEntryAndOtherwiseExits() {
        long list = 0x20000;
        memory.writeLong(PML5E, PML4 | 7);
        memory.writeLong(list + 8 * 3, EPTP_5);
        memory.writeLong(list + 8 * 4, PML4 | 0x1F);         // memory type 7: invalid
        ReferenceVcpu vcpu = new ReferenceVcpu(memory, FIVE_LEVEL);
        vcpu.setEptpList(list);
        assertThrows(IllegalStateException.class, () -> vcpu.vmfuncEptpSwitch(3));
        assertTrue(vcpu.vmEntry(EPTP));
        assertTrue(vcpu.vmfuncEptpSwitch(3));
        assertEquals(EPTP_5, vcpu.eptp());
        assertEquals(ok(0x9567), vcpu.accessL2(GPA_57, Access.READ));
        assertFalse(vcpu.vmfuncEptpSwitch(4));
        assertFalse(vcpu.inL2());
        assertTrue(vcpu.vmEntry(EPTP));
        assertFalse(vcpu.vmfuncEptpSwitch(512));
        assertTrue(vcpu.vmEntry(EPTP));
        vcpu.setEptpList(-1);
        assertFalse(vcpu.vmfuncEptpSwitch(3));
        ReferenceVcpu noCap = new ReferenceVcpu(memory, ALL_CAPS);
        noCap.setEptpList(list);
        assertTrue(noCap.vmEntry(EPTP));
        assertFalse(noCap.vmfuncEptpSwitch(3), "no EPTP switching capability");
    }
}
