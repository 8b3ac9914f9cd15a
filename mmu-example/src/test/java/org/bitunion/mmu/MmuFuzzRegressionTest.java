package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Programs the differential fuzzer printed, kept as fixed replays (the text form of {@link FuzzProgram}). Each
 * runs on the reference and on {@code NestedVcpu} with role caching on and off.
 *
 * <p>The fuzzer has found no disagreement between {@code NestedVcpu} (as merged from branch {@code mmu}) and the
 * reference in 30,000-operation runs and in long runs of 1,000,000 operations on each of the seeds 1-4, 11-14,
 * 21-22; the replays below are the shrunk cases of the mutation check, which must fail with their defect and
 * pass without it, and hand-picked adversarial cases.
 */
class MmuFuzzRegressionTest {
    private static final DifferentialRunner CORRECT = new DifferentialRunner(List.of(
            VcpuTarget.factory(true, RoleDefect.NONE),
            VcpuTarget.factory(false, RoleDefect.NONE),
            VcpuTarget.factory(true, RoleDefect.NONE, 8),
            VcpuTarget.factory(true, RoleDefect.NONE, 0, true)));

    /**
     * Found by the mutation check (master seed 401446): L2 runs with an A/D EPTP, then with another EPTP without
     * A/D and otherwise equal role inputs. A role that forgets {@code adDisabled} hits the cached context, which
     * still sets accessed flags: the PML4E at 0x17fc0 gets bit 8 although EPTP[6] is clear.
     */
    private static final String FORGOTTEN_AD_DISABLED = """
            seed 298143509679800657 executeOnly true accessedDirty true memory 0x6b000
            store 0x17fc0 0x32007
            store 0x32f30 0xb7
            entry 0x4505e
            exit
            entry 0x1701e
            l2 FETCH 0xfc79bffff5ee
            """;

    /**
     * Found by the mutation check (master seed 401446): MAXPHYADDR drops from 46 to 36 between two entries with
     * otherwise equal role inputs. The PDE at 0x60ff8 has bit 42 set: reserved at MAXPHYADDR 36, so the access is
     * a misconfiguration; a role that forgets MAXPHYADDR keeps the 46-bit reserved masks and reports a violation
     * (the page directory is outside memory) instead.
     */
    private static final String FORGOTTEN_MAXPHYADDR = """
            seed 298143509679800657 executeOnly true accessedDirty true memory 0x6b000
            store 0x46ff8 0x47007
            store 0x47f30 0x60007
            store 0x60ff8 0x4000000a107
            entry 0x20000004501e
            exit
            maxphyaddr 36
            entry 0x46018
            l2 WRITE 0xfff9bfe000aa
            """;

    /**
     * L2 maps its own EPT page table (PT at 0x4000, mapped at L2 address 0) writable, uses it from the shadow
     * tables, then L1 rewrites that very PTE and clears A/D: the next access must see the new entry, and the A/D
     * flags must be set again on the next walk.
     */
    private static final String SELF_MAPPED_TABLE = """
            seed 0 executeOnly false accessedDirty true memory 0x20000
            store 0x1000 0x2007
            store 0x2000 0x3007
            store 0x3000 0x4007
            store 0x4000 0x4037
            entry 0x105e
            l2 READ 0x10
            l2 WRITE 0x18
            l2 WRITE 0x20
            store 0x4000 0x5031
            l2 WRITE 0x28
            l2 READ 0x30
            store 0x4000 0x4037
            l2 READ 0x38
            l2 FETCH 0x40
            exit
            invept SINGLE_CONTEXT 0x105e
            entry 0x101e
            l2 WRITE 0x48
            """;

    /**
     * Every table of the walk is the same page (the PML4E points at its own table), first as a 4 KiB leaf, then
     * with bit 7 (a reserved bit in a PML4E), then with a 1 GiB leaf below it.
     */
    private static final String LOOPED_TABLES = """
            seed 0 executeOnly true accessedDirty true memory 0x10000
            store 0x1000 0x1007
            entry 0x105e
            l2 READ 0x123
            l2 WRITE 0x123
            store 0x1000 0x1087
            l2 READ 0x123
            store 0x1000 0x1007
            store 0x1008 0x40000087
            l2 READ 0x40000123
            l2 FETCH 0x123
            """;

    @Test
    void aRoleThatForgetsAdDisabledIsCaughtByItsReplay() {
        assertCaughtOnlyWithDefect(FORGOTTEN_AD_DISABLED, RoleDefect.FORGET_AD_DISABLED);
    }

    @Test
    void aRoleThatForgetsMaxPhyAddrIsCaughtByItsReplay() {
        assertCaughtOnlyWithDefect(FORGOTTEN_MAXPHYADDR, RoleDefect.FORGET_MAXPHYADDR);
    }

    @Test
    void aGuestThatMapsItsOwnEptTableSeesEveryEdit() {
        assertNull(CORRECT.run(FuzzProgram.parse(SELF_MAPPED_TABLE)));
    }

    @Test
    void tablesThatLoopOntoThemselvesAgreeWithTheReference() {
        assertNull(CORRECT.run(FuzzProgram.parse(LOOPED_TABLES)));
    }

    /**
     * Regression for a finding of the fuzzing work (not a disagreement with the reference: {@code accessL2}
     * translates but stores nothing, so no result differed). In {@link #SELF_MAPPED_TABLE} the second L2 write to
     * address 0x20 was served from a writable shadow entry onto L1 page 0x4000, which holds the EPT page table the
     * shadow tables were built from and is write-tracked. KVM never installs a writable spte for a write-tracked
     * gfn ({@code mmu_need_write_protect} in {@code set_spte}, and {@code account_shadowed} write-protects existing
     * ones), so that an L2 store to its own EPT tables traps and reaches write tracking.
     */
    @Test
    void anL2WriteToItsOwnEptTableIsNeverServedFromAWritableShadowEntry() {
        // VcpuTarget checks this after every L2 write (and so does every fuzz run)
        assertNull(new DifferentialRunner(List.of(VcpuTarget.factory(true, RoleDefect.NONE)))
                .run(FuzzProgram.parse(SELF_MAPPED_TABLE)));
    }

    private static void assertCaughtOnlyWithDefect(String text, RoleDefect defect) {
        FuzzProgram program = FuzzProgram.parse(text);
        assertNull(CORRECT.run(program), "the correct MMU agrees with the reference");
        DifferentialRunner.Failure failure =
                new DifferentialRunner(List.of(VcpuTarget.factory(true, defect))).run(program);
        assertNotNull(failure, defect + " must disagree");
        assertEquals(program.ops().size() - 1, failure.opIndex(), "at the last operation: " + failure);
    }
}
