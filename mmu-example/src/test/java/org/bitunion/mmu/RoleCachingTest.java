package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bitunion.mmu.AccessResult.Kind;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.types.Cr0Bits;
import org.bitunion.mmu.types.Cr4Bits;
import org.bitunion.mmu.types.EferBits;
import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.types.ExtendedRoleBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageRoleBits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Role caching of the shadow-EPT context ({@code kvm_init_shadow_ept_mmu}): a hit when nothing that feeds the
 * role changed, a miss for each input that does, and the reviewed patch's bug as a regression test.
 */
class RoleCachingTest {
    static final long L2 = EptPermissionMatrixTest.L2;
    static final L1ControlState TYPICAL = L1ControlState.typical64Bit();

    private final GuestMemory memory = new GuestMemory(4 << 20);
    private final EptTables tables = new EptTables(memory, 2 << 20);

    private NestedVcpu vcpu(boolean roleCaching) {
        return new NestedVcpu(memory, new EptCapabilities(true, true), roleCaching);
    }

    /** One L1 input and how to flip it, with the role field it must change. */
    private record Input(String name, Consumer<NestedVcpu> change, String roleField) {}

    /**
     * The inputs that can change between two successful entries. CR0.PG and SMM are role fields too, but L1
     * cannot enter L2 with paging off or in SMM ({@code VmEntryChecksTest}), so they never differ there.
     */
    private static List<Input> roleInputs() {
        return List.of(
                new Input("CR0.WP", v -> v.setCr0(Cr0Bits.withWp(TYPICAL.cr0(), false)), "base.cr0Wp"),
                new Input("CR4.PAE", v -> v.setCr4(Cr4Bits.withPae(TYPICAL.cr4(), false)), "base.cr4Pae"),
                new Input("CR4.PSE", v -> v.setCr4(Cr4Bits.withPse(TYPICAL.cr4(), true)), "ext.cr4Pse"),
                new Input("CR4.PKE", v -> v.setCr4(Cr4Bits.withPke(TYPICAL.cr4(), true)), "ext.cr4Pke"),
                new Input("CR4.SMEP", v -> v.setCr4(Cr4Bits.withSmep(TYPICAL.cr4(), true)), "ext.cr4Smep"),
                new Input("CR4.SMAP", v -> v.setCr4(Cr4Bits.withSmap(TYPICAL.cr4(), true)), "ext.cr4Smap"),
                new Input("CR4.LA57", v -> v.setCr4(Cr4Bits.withLa57(TYPICAL.cr4(), true)), "ext.cr4La57"),
                new Input("EFER.NX", v -> v.setEfer(EferBits.withNxe(TYPICAL.efer(), false)), "base.nxe"),
                new Input("EFER.LMA", v -> v.setEfer(EferBits.withLma(TYPICAL.efer(), false)), "ext.eferLma"),
                new Input("MAXPHYADDR", v -> v.setMaxPhyAddr(39), "ext.maxPhyAddr"));
    }

    @Test
    void reEnteringWithNothingChangedIsAHit() {
        NestedVcpu vcpu = vcpu(true);
        long eptp = tables.eptp(true);
        vcpu.vmEntry(eptp);
        for (int i = 0; i < 10; i++) {
            vcpu.vmExit();
            vcpu.vmEntry(eptp);
        }
        assertEquals(1, vcpu.stats().roleCacheMisses());
        assertEquals(10, vcpu.stats().roleCacheHits());
    }

    @Test
    void withRoleCachingOffEveryEntryReconfigures() {
        NestedVcpu vcpu = vcpu(false);
        long eptp = tables.eptp(true);
        for (int i = 0; i < 5; i++) {
            vcpu.vmEntry(eptp);
            vcpu.vmExit();
        }
        assertEquals(5, vcpu.stats().roleCacheMisses());
        assertEquals(0, vcpu.stats().roleCacheHits());
    }

    @TestFactory
    List<DynamicTest> eachRoleInputChangeIsAMissNamingTheField() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Input input : roleInputs()) {
            tests.add(DynamicTest.dynamicTest(input.name, () -> {
                NestedVcpu vcpu = vcpu(true);
                long eptp = tables.eptp(true);
                vcpu.vmEntry(eptp);
                vcpu.vmExit();
                input.change.accept(vcpu);
                vcpu.vmEntry(eptp);
                assertEquals(2, vcpu.stats().roleCacheMisses(), input.name + " must re-initialise the context");
                assertTrue(vcpu.lastRoleChange().contains(input.roleField),
                        "diff names " + input.roleField + ": " + vcpu.lastRoleChange());
                vcpu.vmExit();
                vcpu.vmEntry(eptp);
                assertEquals(1, vcpu.stats().roleCacheHits(), "and the next entry is a hit again");
            }));
        }
        return tests;
    }

    @Test
    void eptpAccessedDirtyBitIsARoleInput() {
        NestedVcpu vcpu = vcpu(true);
        vcpu.vmEntry(tables.eptp(false));
        vcpu.vmExit();
        vcpu.vmEntry(tables.eptp(true));
        assertEquals(2, vcpu.stats().roleCacheMisses());
        assertEquals("base.adDisabled: true -> false", vcpu.lastRoleChange());
    }

    @Test
    void eptpWalkLengthIsARoleInput() {
        NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(true, true, true, false, false), true);
        long fourLevel = tables.eptp(true);
        long fiveLevel = EptPointerBits.withWalkLengthMinusOne(fourLevel, 4);
        vcpu.vmEntry(fourLevel);
        vcpu.vmExit();
        vcpu.vmEntry(fiveLevel);
        assertEquals(2, vcpu.stats().roleCacheMisses());
        assertEquals("base.level: 4 -> 5", vcpu.lastRoleChange());
        assertEquals(5, MmuRoleBits.baseLevel(vcpu.shadowEptRole()));
    }

    @Test
    void inputsOutsideTheRoleAndOtherEptpsWithTheSameRoleAreHits() {
        NestedVcpu vcpu = vcpu(true);
        vcpu.vmEntry(tables.eptp(true));
        vcpu.vmExit();
        vcpu.setCr4(TYPICAL.cr4() | 1L << 9);                      // CR4.OSFXSR: not read by any reconfiguration
        vcpu.setEfer(EferBits.withSce(TYPICAL.efer(), true));
        vcpu.vmEntry(EptTables.eptpFor(3 << 20, true));            // another L2: another root, same role
        assertEquals(1, vcpu.stats().roleCacheMisses());
        assertEquals(1, vcpu.stats().roleCacheHits());
    }

    @Test
    void theShadowEptRoleIsComputedAsKvmDoes() {
        NestedVcpu vcpu = vcpu(true);
        vcpu.vmEntry(tables.eptp(true));
        long role = vcpu.shadowEptRole();
        int base = MmuRoleBits.base(role);
        int ext = MmuRoleBits.ext(role);
        // cached with the base masked: direct and access are per shadow page; the level is the EPTP's walk length
        assertEquals(4, PageRoleBits.level(base));
        assertEquals(0, PageRoleBits.access(base));
        assertTrue(PageRoleBits.guestMode(base));
        assertEquals(false, PageRoleBits.adDisabled(base));
        assertTrue(PageRoleBits.cr0Wp(base) && PageRoleBits.cr4Pae(base) && PageRoleBits.nxe(base),
                "inherited from L1's context: " + PageRoleBits.toString(base));
        assertTrue(ExtendedRoleBits.valid(ext) && ExtendedRoleBits.execonly(ext) && ExtendedRoleBits.cr0Pg(ext));
        assertEquals(46, ExtendedRoleBits.maxPhyAddr(ext));
        // L1's own context: direct, not guest mode
        assertEquals(false, MmuRoleBits.baseGuestMode(vcpu.l1Role()));
    }

    /**
     * The review's bug (kvm-role-cache-review.txt): a base role built from scratch forgets inputs the L1 context's
     * role holds, so changing them is wrongly a hit. Our role inherits the base and misses.
     */
    @Test
    void regressionReviewedPatchBaseFromScratchForgetsNx() {
        // SMM, the other base input it forgets, cannot differ between two entries: L2 is never entered in SMM
        for (Consumer<NestedVcpu> change : List.<Consumer<NestedVcpu>>of(
                v -> v.setEfer(EferBits.withNxe(TYPICAL.efer(), false)))) {
            NestedVcpu correct = vcpu(true);
            NestedVcpu buggy = new NestedVcpu(memory, new EptCapabilities(true, true), true,
                    RoleDefect.FORGET_INHERITED_BASE.calculation());
            for (NestedVcpu v : List.of(correct, buggy)) {
                v.vmEntry(tables.eptp(true));
                v.vmExit();
                change.accept(v);
                v.vmEntry(tables.eptp(true));
            }
            assertEquals(2, correct.stats().roleCacheMisses());
            assertEquals(1, buggy.stats().roleCacheMisses(), "the defect hides the change");
            assertNotEquals(correct.shadowEptRole(), buggy.shadowEptRole());
        }
    }

    /** A role that forgets MAXPHYADDR leaves stale reserved-bit masks: a visible wrong result. */
    @Test
    void regressionForgottenMaxPhyAddrLeavesAStaleContext() {
        tables.map4k(L2, 1L << 44, 0b111);
        NestedVcpu correct = vcpu(true);
        NestedVcpu buggy = new NestedVcpu(memory, new EptCapabilities(true, true), true,
                RoleDefect.FORGET_MAXPHYADDR.calculation());
        for (NestedVcpu v : List.of(correct, buggy)) {
            v.vmEntry(tables.eptp(false));
            assertEquals(Kind.OK, v.accessL2(L2, Access.READ).kind());
            v.vmExit();
            v.setMaxPhyAddr(40);
            v.vmEntry(tables.eptp(false));
        }
        assertEquals(Kind.EPT_MISCONFIG, correct.accessL2(L2 + 8, Access.READ).kind());
        assertEquals(Kind.OK, buggy.accessL2(L2 + 8, Access.READ).kind(), "stale masks of MAXPHYADDR 46");
    }

    /** A role that forgets EPTP A/D keeps the old A/D setting: flags are not set in the guest's entries. */
    @Test
    void regressionForgottenAdDisabledLeavesAStaleContext() {
        tables.map4k(L2, 0x5000, 0b111);
        GuestMemory otherMemory = new GuestMemory(4 << 20);
        EptTables otherTables = new EptTables(otherMemory, 2 << 20);
        otherTables.map4k(L2, 0x5000, 0b111);
        NestedVcpu correct = vcpu(true);
        NestedVcpu buggy = new NestedVcpu(otherMemory, new EptCapabilities(true, true), true,
                RoleDefect.FORGET_AD_DISABLED.calculation());
        correct.vmEntry(tables.eptp(false));
        buggy.vmEntry(otherTables.eptp(false));
        correct.vmExit();
        buggy.vmExit();
        correct.vmEntry(tables.eptp(true));
        buggy.vmEntry(otherTables.eptp(true));
        correct.accessL2(L2, Access.WRITE);
        buggy.accessL2(L2, Access.WRITE);
        assertTrue(EptEntryBits.dirty(tables.entry(L2, 1)));
        assertEquals(false, EptEntryBits.dirty(otherTables.entry(L2, 1)), "stale: A/D still off");
    }
}
