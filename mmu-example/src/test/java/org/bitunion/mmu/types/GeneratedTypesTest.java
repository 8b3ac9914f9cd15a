package org.bitunion.mmu.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated accessors the MMU uses sit exactly where Linux KVM (kvm_host.h, vmx.h) and the SDM put each
 * field, and round-trip every value.
 */
class GeneratedTypesTest {
    @Test
    void pageRoleMatchesKvm420Layout() {
        assertEquals(0, PageRoleBits.LEVEL_SHIFT);
        assertEquals(4, PageRoleBits.LEVEL_WIDTH);
        assertEquals(1 << 4, PageRoleBits.CR4_PAE_MASK);
        assertEquals(3 << 5, PageRoleBits.QUADRANT_MASK);
        assertEquals(1 << 7, PageRoleBits.DIRECT_MASK);
        assertEquals(7 << 8, PageRoleBits.ACCESS_MASK);
        assertEquals(1 << 11, PageRoleBits.INVALID_MASK);
        assertEquals(1 << 12, PageRoleBits.NXE_MASK);
        assertEquals(1 << 13, PageRoleBits.CR0_WP_MASK);
        assertEquals(1 << 14, PageRoleBits.SMEP_ANDNOT_WP_MASK);
        assertEquals(1 << 15, PageRoleBits.SMAP_ANDNOT_WP_MASK);
        assertEquals(1 << 16, PageRoleBits.AD_DISABLED_MASK);
        assertEquals(1 << 17, PageRoleBits.GUEST_MODE_MASK);
        assertEquals(0xFF << 24, PageRoleBits.SMM_MASK);
        assertEquals(~(0x3F << 18), PageRoleBits.FIELDS_MASK, "bits 18-23 are the padding KVM leaves");
    }

    @Test
    void extendedRoleHolds420FieldsThenLaterKernelsAdditions() {
        assertEquals(1, ExtendedRoleBits.VALID_MASK);
        assertEquals(1 << 1, ExtendedRoleBits.EXECONLY_MASK);
        assertEquals(1 << 2, ExtendedRoleBits.CR0_PG_MASK);
        assertEquals(1 << 3, ExtendedRoleBits.CR4_PSE_MASK);
        assertEquals(1 << 4, ExtendedRoleBits.CR4_PKE_MASK);
        assertEquals(1 << 5, ExtendedRoleBits.CR4_SMAP_MASK);
        assertEquals(1 << 6, ExtendedRoleBits.CR4_SMEP_MASK);
        assertEquals(1 << 7, ExtendedRoleBits.CR4_LA57_MASK);
        assertEquals(6, ExtendedRoleBits.MAX_PHY_ADDR_WIDTH);
    }

    @Test
    void mmuRoleIsBaseLowExtHighComparedAsOneLong() {
        long role = MmuRoleBits.withExt(MmuRoleBits.withBase(0L, 0x1234_5678), 0x0000_00FF);
        assertEquals(0x0000_00FF_1234_5678L, role);
        assertEquals(0x1234_5678, MmuRoleBits.base(role));
        assertEquals(0xFF, MmuRoleBits.ext(role));
        long changed = MmuRoleBits.withBase(role, PageRoleBits.withCr0Wp(MmuRoleBits.base(role), true));
        assertEquals("base.cr0Wp: false -> true", MmuRoleBits.diff(role, changed));
    }

    @Test
    void eptEntryMatchesSdmTable29() {
        assertEquals(0x7L, EptEntryBits.READABLE_MASK | EptEntryBits.WRITABLE_MASK | EptEntryBits.EXECUTABLE_MASK);
        assertEquals(0x38L, EptEntryBits.MEMORY_TYPE_MASK);
        assertEquals(1L << 6, EptEntryBits.IGNORE_PAT_MASK);
        assertEquals(1L << 7, EptEntryBits.PAGE_SIZE_MASK);
        assertEquals(1L << 8, EptEntryBits.ACCESSED_MASK);      // VMX_EPT_ACCESS_BIT
        assertEquals(1L << 9, EptEntryBits.DIRTY_MASK);         // VMX_EPT_DIRTY_BIT
        assertEquals(1L << 10, EptEntryBits.USER_EXECUTE_MASK);
        assertEquals(0x000F_FFFF_FFFF_F000L, EptEntryBits.FRAME_MASK);
        assertEquals(1L << 63, EptEntryBits.SUPPRESS_VE_MASK);
        assertEquals(EptMemoryType.WB, EptEntryBits.memoryType(6L << 3));
        assertThrows(IllegalArgumentException.class, () -> EptEntryBits.memoryType(2L << 3));
        assertEquals(2, EptEntryBits.memoryTypeCode(2L << 3));
    }

    @Test
    void eptPointerMatchesSdm24611() {
        assertEquals(0x7L, EptPointerBits.MEMORY_TYPE_MASK);
        assertEquals(0x38L, EptPointerBits.WALK_LENGTH_MINUS_ONE_MASK);
        assertEquals(1L << 6, EptPointerBits.ACCESSED_DIRTY_MASK);
        assertEquals(0xF80L, EptPointerBits.RESERVED_MASK);
        assertEquals(0x000F_FFFF_FFFF_F000L, EptPointerBits.PML4_FRAME_MASK);
        assertEquals(0xFFF0_0000_0000_0000L, EptPointerBits.HIGH_MASK);
        assertEquals(-1L, EptPointerBits.FIELDS_MASK);
    }

    @Test
    void exitQualificationAndErrorCodeMatchSdmAndKvm() {
        assertEquals(1L, ExitQualificationBits.READ_MASK);            // EPT_VIOLATION_ACC_READ
        assertEquals(2L, ExitQualificationBits.WRITE_MASK);
        assertEquals(4L, ExitQualificationBits.FETCH_MASK);
        assertEquals(8L, ExitQualificationBits.READABLE_MASK);        // EPT_VIOLATION_READABLE
        assertEquals(16L, ExitQualificationBits.WRITABLE_MASK);
        assertEquals(32L, ExitQualificationBits.EXECUTABLE_MASK);
        assertEquals(1L << 12, ExitQualificationBits.NMI_UNBLOCKING_MASK);
        assertEquals(1, PageFaultErrorCodeBits.PRESENT_MASK);        // PFERR_PRESENT_MASK
        assertEquals(2, PageFaultErrorCodeBits.WRITE_MASK);
        assertEquals(4, PageFaultErrorCodeBits.USER_MASK);
        assertEquals(8, PageFaultErrorCodeBits.RSVD_MASK);
        assertEquals(16, PageFaultErrorCodeBits.FETCH_MASK);
        assertEquals(32, PageFaultErrorCodeBits.PK_MASK);
    }

    @Test
    void shadowEntryUsesEptPermissionsAndKvmSoftwareBits() {
        assertEquals(0x7L, ShadowEntryBits.READABLE_MASK | ShadowEntryBits.WRITABLE_MASK
                | ShadowEntryBits.EXECUTABLE_MASK);
        assertEquals(1L << 7, ShadowEntryBits.LARGE_PAGE_MASK);
        assertEquals(1L << 11, ShadowEntryBits.PRESENT_MASK);          // SPTE_MMU_PRESENT_MASK
        assertEquals(0x000F_FFFF_FFFF_F000L, ShadowEntryBits.FRAME_MASK);
        assertEquals(1L << 57, ShadowEntryBits.HOST_WRITABLE_MASK);    // EPT_SPTE_HOST_WRITABLE
        assertEquals(1L << 58, ShadowEntryBits.MMU_WRITABLE_MASK);     // EPT_SPTE_MMU_WRITABLE
    }

    @Test
    void controlRegistersAndAddressSplit() {
        assertEquals(1L << 16, Cr0Bits.WP_MASK);
        assertEquals(1L << 31, Cr0Bits.PG_MASK);
        assertEquals(1L << 4, Cr4Bits.PSE_MASK);
        assertEquals(1L << 5, Cr4Bits.PAE_MASK);
        assertEquals(1L << 12, Cr4Bits.LA57_MASK);
        assertEquals(1L << 20, Cr4Bits.SMEP_MASK);
        assertEquals(1L << 21, Cr4Bits.SMAP_MASK);
        assertEquals(1L << 22, Cr4Bits.PKE_MASK);
        assertEquals(1L << 10, EferBits.LMA_MASK);
        assertEquals(1L << 11, EferBits.NXE_MASK);
        long gpa = (5L << 39) | (6L << 30) | (7L << 21) | (8L << 12) | 0x9AB;
        assertEquals(5, GuestPhysicalAddressBits.pml4Index(gpa));
        assertEquals(6, GuestPhysicalAddressBits.pdptIndex(gpa));
        assertEquals(7, GuestPhysicalAddressBits.pdIndex(gpa));
        assertEquals(8, GuestPhysicalAddressBits.ptIndex(gpa));
        assertEquals(0x9AB, GuestPhysicalAddressBits.pageOffset(gpa));
    }

    @Test
    void eptEntryFieldsRoundTripAgainstPlainBitArithmetic() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            long word = random.nextLong();
            long frame = random.nextLong() & ((1L << 40) - 1);
            long withFrame = EptEntryBits.withFrame(word, frame);
            assertEquals(frame, EptEntryBits.frame(withFrame));
            assertEquals(word & ~0x000F_FFFF_FFFF_F000L, withFrame & ~0x000F_FFFF_FFFF_F000L, "others kept");
            assertEquals((word >>> 8 & 1) != 0, EptEntryBits.accessed(word));
            assertEquals((word >>> 9 & 1) != 0, EptEntryBits.dirty(word));
            assertEquals((int) (word >>> 3 & 7), EptEntryBits.memoryTypeCode(word));
            int role = random.nextInt();
            int access = random.nextInt(8);
            assertEquals(access, PageRoleBits.access(PageRoleBits.withAccess(role, access)));
            assertEquals(role >>> 24, PageRoleBits.smm(role));
        }
        assertThrows(IllegalArgumentException.class, () -> PageRoleBits.withLevel(0, 16));
        assertThrows(IllegalArgumentException.class, () -> ExtendedRoleBits.withMaxPhyAddr(0, 64));
    }
}
