package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.reference.ReferenceVcpu;
import org.bitunion.mmu.types.EptPointerBits;
import org.junit.jupiter.api.Test;

/**
 * VMFUNC leaf 0, EPTP switching (SDM Vol. 3, 25.5.6.3; KVM's {@code handle_vmfunc} and
 * {@code nested_vmx_eptp_switching}): a valid switch changes L2's EPTP with no VM exit, taking the root from the
 * root cache and consulting the role cache as a VM entry does; every failure is an exit to L1 that changes
 * nothing else. The failures are also checked on the reference model.
 */
class VmfuncEptpSwitchTest {
    static final long L2 = EptPermissionMatrixTest.L2;
    static final long LIST = 0x10000;
    static final EptCapabilities CAPS = new EptCapabilities(false, true, true, false, true);

    private final GuestMemory memory = new GuestMemory(4 << 20);
    /** Two views of L2, as an introspection tool keeps them: the same page readable in one, not in the other. */
    private final EptTables viewA = new EptTables(memory, 1 << 20);
    private final EptTables viewB = new EptTables(memory, 2 << 20);
    private final NestedVcpu vcpu = new NestedVcpu(memory, CAPS);

    VmfuncEptpSwitchTest() {
        viewA.map4k(L2, 0x5000, 0b111);
        viewB.map4k(L2, 0x6000, 0b001);
        memory.writeLong(LIST, viewA.eptp(false));
        memory.writeLong(LIST + 8, viewB.eptp(false));
        memory.writeLong(LIST + 8 * 511, viewB.eptp(true));
        vcpu.setEptpList(LIST);
    }

    @Test
    void aValidSwitchChangesTheTranslationWithoutAnExit() {
        assertTrue(vcpu.vmEntry(viewA.eptp(false)));
        assertEquals(0x5123, vcpu.accessL2(L2, Access.WRITE).l1Gpa());
        assertTrue(vcpu.vmfuncEptpSwitch(1));
        assertTrue(vcpu.inL2());
        assertEquals(new AccessResult(Kind.OK, 0x6123, 0, false), vcpu.accessL2(L2, Access.READ));
        assertEquals(new AccessResult(Kind.EPT_VIOLATION, 0, 0b001_010, false), vcpu.accessL2(L2, Access.WRITE));
        assertTrue(vcpu.vmfuncEptpSwitch(511));
        assertEquals(2, vcpu.stats().roleCacheMisses(), "A/D on in entry 511: a new role");
    }

    @Test
    void switchingBackAndForthReusesRootsAndCountsRoleAndRootCacheHits() {
        assertTrue(vcpu.vmEntry(viewA.eptp(false)));
        vcpu.accessL2(L2, Access.READ);
        assertTrue(vcpu.vmfuncEptpSwitch(1));
        vcpu.accessL2(L2, Access.READ);
        MmuStats warm = vcpu.stats();
        for (int i = 0; i < 5; i++) {
            assertTrue(vcpu.vmfuncEptpSwitch(0));
            assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "view A's root is back");
            assertTrue(vcpu.vmfuncEptpSwitch(1));
            assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "view B's root is back");
        }
        MmuStats after = vcpu.stats();
        assertEquals(warm.shadowPagesCreated(), after.shadowPagesCreated(), "no shadow page rebuilt");
        assertEquals(warm.guestWalks(), after.guestWalks(), "no guest walk");
        assertEquals(warm.rootCacheHits() + 10, after.rootCacheHits());
        assertEquals(warm.roleCacheHits() + 10, after.roleCacheHits(), "the role cache is consulted per switch");
        assertEquals(warm.roleCacheMisses(), after.roleCacheMisses());
    }

    @Test
    void switchingToTheEptpInUseChangesNothing() {
        assertTrue(vcpu.vmEntry(viewA.eptp(false)));
        MmuStats before = vcpu.stats();
        assertTrue(vcpu.vmfuncEptpSwitch(0));
        assertTrue(vcpu.inL2());
        assertEquals(before, vcpu.stats());
    }

    @Test
    void indexOutsideTheListExitsToL1() {
        for (int index : new int[] {512, 513, Integer.MAX_VALUE, -1}) {
            assertFailureExitsAndChangesNothingElse(index, "index " + index);
        }
    }

    @Test
    void anInvalidEptpInTheListExitsToL1() {
        long valid = viewB.eptp(false);
        long[] invalid = {
            EptPointerBits.withMemoryTypeCode(valid, 7),
            EptPointerBits.withMemoryTypeCode(valid, 0),                       // UC: not in these capabilities
            EptPointerBits.withWalkLengthMinusOne(valid, 2),
            EptPointerBits.withReserved(valid, 1),
            valid | 1L << 46,                                                // at MAXPHYADDR
            0,
            -1};
        for (long eptp : invalid) {
            memory.writeLong(LIST + 8 * 7, eptp);
            assertFailureExitsAndChangesNothingElse(7, "EPTP 0x" + Long.toHexString(eptp));
        }
    }

    @Test
    void aFiveLevelEptpInTheListNeedsTheCapability() {
        EptTables fiveLevel = new EptTables(memory, 3 << 20, 5);
        fiveLevel.map4k((1L << 48) + L2, 0x7000, 0b111);
        memory.writeLong(LIST + 16, fiveLevel.eptp(false));
        assertTrue(vcpu.vmEntry(viewA.eptp(false)));
        assertTrue(vcpu.vmfuncEptpSwitch(2));
        assertEquals(0x7123, vcpu.accessL2((1L << 48) + L2, Access.READ).l1Gpa(), "57-bit addresses now");

        NestedVcpu noFiveLevel = new NestedVcpu(memory, new EptCapabilities(false, true, false, false, true));
        noFiveLevel.setEptpList(LIST);
        assertTrue(noFiveLevel.vmEntry(viewA.eptp(false)));
        assertFalse(noFiveLevel.vmfuncEptpSwitch(2));
        assertFalse(noFiveLevel.inL2());
    }

    @Test
    void aListPageOutsideMemoryExitsToL1() {
        setList(memory.size());
        assertFailureExitsAndChangesNothingElse(0, "list at the end of memory");
        setList(1L << 40);
        assertFailureExitsAndChangesNothingElse(0, "list far beyond memory");
    }

    @Test
    void withoutTheCapabilityEveryVmfuncExitsToL1() {
        NestedVcpu plain = new NestedVcpu(memory, new EptCapabilities(false, true));
        plain.setEptpList(LIST);
        assertTrue(plain.vmEntry(viewA.eptp(false)));
        MmuStats before = plain.stats();
        assertFalse(plain.vmfuncEptpSwitch(1));
        assertFalse(plain.inL2());
        assertEquals(before, plain.stats());
    }

    @Test
    void withoutAListEveryVmfuncExitsToL1() {
        NestedVcpu noList = new NestedVcpu(memory, CAPS);
        assertTrue(noList.vmEntry(viewA.eptp(false)));
        assertFalse(noList.vmfuncEptpSwitch(0), "never set");
        setList(-1);
        assertFailureExitsAndChangesNothingElse(0, "set to -1");
    }

    @Test
    void vmfuncInL1IsAnError() {
        assertThrows(IllegalStateException.class, () -> vcpu.vmfuncEptpSwitch(0));
        assertTrue(vcpu.vmEntry(viewA.eptp(false)));
        vcpu.vmExit();
        assertThrows(IllegalStateException.class, () -> vcpu.vmfuncEptpSwitch(0));
    }

    @Test
    void anUnalignedListAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> vcpu.setEptpList(LIST + 8));
        assertThrows(IllegalArgumentException.class, () -> vcpu.setEptpList(-4096));
    }

    /**
     * In L2 on view A with its translation shadowed: the VMFUNC must exit to L1, and the next entry with view A
     * must find everything as it was (same stats but for that entry's role hit, translation from the shadow).
     */
    private void assertFailureExitsAndChangesNothingElse(int index, String what) {
        long eptp = viewA.eptp(false);
        assertTrue(vcpu.vmEntry(eptp));
        vcpu.accessL2(L2, Access.READ);
        MmuStats before = vcpu.stats();
        long[] words = snapshot();
        assertFalse(vcpu.vmfuncEptpSwitch(index), what + ": exits");
        assertFalse(vcpu.inL2(), what + ": the vCPU is in L1");
        assertEquals(before, vcpu.stats(), what + ": no statistic changes");
        assertArrayEquals(words, snapshot(), what + ": memory unchanged");
        assertThrows(IllegalStateException.class, () -> vcpu.accessL2(L2, Access.READ));
        assertTrue(vcpu.vmEntry(eptp));
        assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), what + ": the root is still the current one");

        ReferenceVcpu reference = new ReferenceVcpu(memory, CAPS);
        reference.setEptpList(list);
        assertTrue(reference.vmEntry(eptp));
        assertFalse(reference.vmfuncEptpSwitch(index), what + ": the reference exits too");
        assertFalse(reference.inL2());
    }

    /** The list address both the vCPU and, in the failure check, the reference use. */
    private long list = LIST;

    private void setList(long address) {
        list = address;
        vcpu.setEptpList(address);
    }

    private long[] snapshot() {
        long[] words = new long[(int) (memory.size() / 8)];
        for (int i = 0; i < words.length; i++) {
            words[i] = memory.readLong(8L * i);
        }
        return words;
    }
}
