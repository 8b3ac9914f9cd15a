package org.bitunion.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.reference.ReferenceVcpu;
import org.bitunion.mmu.types.Cr0Bits;
import org.bitunion.mmu.types.Cr4Bits;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * VM entry is refused, and changes nothing, when L1 cannot be in VMX operation: CR0.PE, CR0.PG or CR4.VMXE clear
 * (SDM Vol. 3, 24.8 and the fixed-bit MSRs of A.7/A.8; KVM's {@code nested_vmx_check_permission}) or in SMM (KVM
 * leaves guest mode on an SMI and never enters L2 from SMM).
 */
class VmEntryChecksTest {
    static final long L2 = EptPermissionMatrixTest.L2;
    static final L1ControlState TYPICAL = L1ControlState.typical64Bit();

    private record Forbidden(String name, Consumer<NestedVcpu> enter, Consumer<NestedVcpu> leave,
                             String register, long value) {}

    private static List<Forbidden> forbiddenStates() {
        return List.of(
                new Forbidden("SMM", v -> v.setSmm(true), v -> v.setSmm(false), "smm", 1),
                new Forbidden("CR4.VMXE clear", v -> v.setCr4(Cr4Bits.withVmxe(TYPICAL.cr4(), false)),
                        v -> v.setCr4(TYPICAL.cr4()), "cr4", Cr4Bits.withVmxe(TYPICAL.cr4(), false)),
                new Forbidden("CR0.PE clear", v -> v.setCr0(Cr0Bits.withPe(TYPICAL.cr0(), false)),
                        v -> v.setCr0(TYPICAL.cr0()), "cr0", Cr0Bits.withPe(TYPICAL.cr0(), false)),
                new Forbidden("CR0.PG clear", v -> v.setCr0(Cr0Bits.withPg(TYPICAL.cr0(), false)),
                        v -> v.setCr0(TYPICAL.cr0()), "cr0", Cr0Bits.withPg(TYPICAL.cr0(), false)));
    }

    @TestFactory
    List<DynamicTest> eachForbiddenStateRefusesTheEntryAndChangesNothing() {
        return forbiddenStates().stream().map(state -> DynamicTest.dynamicTest(state.name, () -> {
            GuestMemory memory = new GuestMemory(EptPermissionMatrixTest.MEMORY);
            EptTables tables = new EptTables(memory, EptPermissionMatrixTest.TABLES);
            tables.map4k(L2, 0x5000, 0b111);
            NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, true));
            long eptp = tables.eptp(true);
            assertTrue(vcpu.vmEntry(eptp));
            vcpu.accessL2(L2, Access.READ);
            vcpu.vmExit();

            state.enter.accept(vcpu);
            MmuStats stats = vcpu.stats();
            long l1Role = vcpu.l1Role();
            long shadowRole = vcpu.shadowEptRole();
            assertFalse(vcpu.vmEntry(eptp), state.name + " refuses the entry");
            assertFalse(vcpu.inL2());
            assertEquals(stats, vcpu.stats(), "no statistic changes");
            assertEquals(shadowRole, vcpu.shadowEptRole(), "the shadow-EPT context is untouched");
            assertEquals(l1Role, vcpu.l1Role());
            assertThrows(IllegalStateException.class, () -> vcpu.accessL2(L2, Access.READ));

            ReferenceVcpu reference = new ReferenceVcpu(memory, new EptCapabilities(false, true));
            reference.setControl(state.register, state.value);
            assertFalse(reference.vmEntry(eptp), "the reference refuses it too");

            state.leave.accept(vcpu);
            assertTrue(vcpu.vmEntry(eptp), "allowed again once the state is left");
            assertTrue(vcpu.accessL2(L2, Access.READ).fromShadow(), "with the root as it was");
            assertEquals(stats.roleCacheHits() + 1, vcpu.stats().roleCacheHits());
        })).toList();
    }

    @TestFactory
    List<DynamicTest> aRefusedEntryFromL2LeavesL2Running() {
        return forbiddenStates().stream().map(state -> DynamicTest.dynamicTest(state.name, () -> {
            GuestMemory memory = new GuestMemory(EptPermissionMatrixTest.MEMORY);
            EptTables tables = new EptTables(memory, EptPermissionMatrixTest.TABLES);
            tables.map4k(L2, 0x5000, 0b111);
            NestedVcpu vcpu = new NestedVcpu(memory, new EptCapabilities(false, true));
            assertTrue(vcpu.vmEntry(tables.eptp(false)));
            state.enter.accept(vcpu);
            assertFalse(vcpu.vmEntry(EptTables.eptpFor(3 << 20, false)));
            assertTrue(vcpu.inL2(), "still in L2, on the old EPTP");
            assertEquals(0x5123, vcpu.accessL2(L2, Access.READ).l1Gpa());
        })).toList();
    }
}
