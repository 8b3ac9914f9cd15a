package org.bitunion.mmu.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bitunion.mmu.types.EptEntryBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageFaultErrorCodeBits;
import org.junit.jupiter.api.Test;

/** The tables a full re-initialisation computes, checked against their definitions. */
class ContextConfigurationTest {
    @Test
    void eptPermissionBitmaskFaultsExactlyWhenTheAccessLacksItsBit() {
        byte[] permissions = PermissionBitmask.compute(true, true, true, true, true);
        for (int index = 0; index < 16; index++) {
            int pfec = PermissionBitmask.errorCodeOf(index);
            for (int access = 0; access < 8; access++) {
                boolean expected = PageFaultErrorCodeBits.write(pfec) && (access & AccessMask.ACC_WRITE_MASK) == 0
                        || PageFaultErrorCodeBits.user(pfec) && (access & AccessMask.ACC_USER_MASK) == 0
                        || PageFaultErrorCodeBits.fetch(pfec) && (access & AccessMask.ACC_EXEC_MASK) == 0;
                assertEquals(expected, PermissionBitmask.faults(permissions, access, pfec),
                        "pfec " + pfec + " access " + access);
            }
        }
    }

    @Test
    void eptPermissionsIgnorePagingModeBits() {
        byte[] a = PermissionBitmask.compute(true, true, true, true, true);
        byte[] b = PermissionBitmask.compute(true, false, false, false, false);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
    }

    @Test
    void legacyPagingHonoursCr0WpAndSmep() {
        int supervisorWrite = PageFaultErrorCodeBits.withWrite(0, true);
        int readOnlyUser = AccessMask.ACC_USER_MASK | AccessMask.ACC_EXEC_MASK;
        assertFalse(PermissionBitmask.faults(PermissionBitmask.compute(false, true, false, false, false),
                readOnlyUser, supervisorWrite), "CR0.WP=0: supervisor may write read-only pages");
        assertTrue(PermissionBitmask.faults(PermissionBitmask.compute(false, true, true, false, false),
                readOnlyUser, supervisorWrite));
        int supervisorFetch = PageFaultErrorCodeBits.withFetch(0, true);
        assertTrue(PermissionBitmask.faults(PermissionBitmask.compute(false, true, true, true, false),
                AccessMask.ACC_ALL, supervisorFetch), "SMEP: no supervisor fetch from user pages");
    }

    @Test
    void pkruMaskIsZeroForEpt() {
        assertEquals(0, PkruBitmask.compute(true, true, true, true));
        assertTrue(PkruBitmask.compute(false, true, true, true) != 0);
    }

    @Test
    void eptReservedBitMasksFollowResetRsvdsBitsMaskEpt() {
        RsvdBitsValidate check = new RsvdBitsValidate();
        check.resetEpt(46, false);
        long above = 0x000F_C000_0000_0000L;                    // bits 51:46
        assertEquals(above | 0xF8, check.rsvdBitsMask(false, 4));
        assertEquals(above | 0x78, check.rsvdBitsMask(false, 3));
        assertEquals(above | 0x78, check.rsvdBitsMask(false, 2));
        assertEquals(above, check.rsvdBitsMask(false, 1));
        assertEquals(above | 0xF8, check.rsvdBitsMask(true, 4));
        assertEquals(above | 0x3FFF_F000L, check.rsvdBitsMask(true, 3));
        assertEquals(above | 0x1F_F000L, check.rsvdBitsMask(true, 2));
        assertEquals(above, check.rsvdBitsMask(true, 1));
        check.resetEpt(52, true);
        assertEquals(0, check.rsvdBitsMask(false, 1), "no address bits reserved at MAXPHYADDR 52");
    }

    @Test
    void badMtXwrTableListsExactlyTheBadCombinations() {
        RsvdBitsValidate strict = new RsvdBitsValidate();
        strict.resetEpt(46, false);
        RsvdBitsValidate execOnly = new RsvdBitsValidate();
        execOnly.resetEpt(46, true);
        for (int memoryType = 0; memoryType < 8; memoryType++) {
            for (int xwr = 0; xwr < 8; xwr++) {
                int low6 = memoryType * 8 + xwr;
                boolean badType = memoryType == 2 || memoryType == 3 || memoryType == 7;
                boolean badXwr = xwr == 2 || xwr == 6;
                assertEquals(badType || badXwr || xwr == 4, (strict.badMtXwr() >>> low6 & 1) != 0, "" + low6);
                assertEquals(badType || badXwr, (execOnly.badMtXwr() >>> low6 & 1) != 0, "" + low6);
            }
        }
    }

    @Test
    void lastNonleafLevelForEptIsFourSoBit7IsNeverALeafThere() {
        assertEquals(4, LastNonleafLevel.compute(4, true));
        assertEquals(3, LastNonleafLevel.compute(2, true));
        long withBit7 = EptEntryBits.withPageSize(7L, true);
        assertFalse(LastNonleafLevel.isLastGpte(4, 4, withBit7));
        assertTrue(LastNonleafLevel.isLastGpte(4, 3, withBit7));
        assertTrue(LastNonleafLevel.isLastGpte(4, 2, withBit7));
        assertFalse(LastNonleafLevel.isLastGpte(4, 2, 7L));
        assertTrue(LastNonleafLevel.isLastGpte(4, 1, 7L));
    }

    @Test
    void contextSkipsReinitialisationOnlyWhenTheMaskedRoleIsEqual() {
        L1ControlState l1 = L1ControlState.typical64Bit();
        MmuContext context = new MmuContext("test");
        int base = MmuRoleBits.base(MmuRoles.calcTdpRole(l1)) & MmuRoles.BASE_ROLE_MASK;
        long role = MmuRoles.calcShadowEptRole(base, l1, true, false, MmuRoles.PT64_ROOT_4LEVEL);
        assertTrue(context.initShadowEptMmu(role, l1, true, false, 52, true));
        assertFalse(context.initShadowEptMmu(role, l1, true, false, 52, true));
        long otherLevel = MmuRoleBits.withBaseLevel(role, 5);
        assertTrue(context.initShadowEptMmu(otherLevel, l1, true, false, 52, true), "the level is in the mask");
        assertEquals(5, context.rootLevel(), "five-level EPT: the walk starts at the role's level");
        assertTrue(context.initShadowEptMmu(role, l1, true, false, 52, true));
        assertTrue(context.initShadowEptMmu(role, l1, true, false, 52, false), "role caching off");
        assertEquals(4, context.reconfigurations());
        assertTrue(context.eptAd());
        assertEquals(0, context.pkruMask());
        assertEquals(4, context.lastNonleafLevel());
    }
}
