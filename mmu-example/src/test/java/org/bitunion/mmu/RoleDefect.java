package org.bitunion.mmu;

import org.bitunion.mmu.context.AccessMask;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.context.MmuRoles;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageRoleBits;

/**
 * Deliberately broken shadow-EPT role calculations, for the mutation check of the differential tests (issue 6).
 * Each defect makes the role forget one input; the context is still re-initialised from the live inputs when the
 * role changes, so with a defect a changed input can leave a stale context behind, which the tests must notice.
 * A vCPU gets one through its package-private constructor ({@link #calculation()}): production code has no
 * notion of defects.
 */
enum RoleDefect {
    /** The correct role. */
    NONE {
        @Override
        ShadowEptRoleCalculation calculation() {
            return MmuRoles::calcShadowEptRole;
        }
    },
    /** {@code adDisabled} is not set from EPTP bit 6: it keeps the value of the base role it started from. */
    FORGET_AD_DISABLED {
        @Override
        ShadowEptRoleCalculation calculation() {
            return (base, l1, accessedDirty, execonly, level) -> MmuRoleBits.withBaseAdDisabled(
                    MmuRoles.calcShadowEptRole(base, l1, accessedDirty, execonly, level),
                    PageRoleBits.adDisabled(base));
        }
    },
    /** The extended role's {@code maxPhyAddr} stays 0, so a MAXPHYADDR change alone does not re-initialise. */
    FORGET_MAXPHYADDR {
        @Override
        ShadowEptRoleCalculation calculation() {
            return (base, l1, accessedDirty, execonly, level) -> MmuRoleBits.withExtMaxPhyAddr(
                    MmuRoles.calcShadowEptRole(base, l1, accessedDirty, execonly, level), 0);
        }
    },
    /**
     * The role's level stays 4 whatever the EPTP's walk length (a five-level port that forgot the role, as 4.20's
     * {@code kvm_calc_shadow_ept_root_page_role} hard-coded the level): a switch between four- and five-level
     * EPTPs with otherwise equal inputs keeps the old walk length.
     */
    FORGET_ROOT_LEVEL {
        @Override
        ShadowEptRoleCalculation calculation() {
            return (base, l1, accessedDirty, execonly, level) -> MmuRoles.calcShadowEptRole(
                    base, l1, accessedDirty, execonly, MmuRoles.PT64_ROOT_4LEVEL);
        }
    },
    /**
     * The reviewed patch's bug ({@code kvm-role-cache-review.txt}): the base role is built from scratch (only
     * access and CR0.WP) instead of being inherited from the L1 context's role, so it forgets EFER.NX, CR4.PAE
     * and SMM.
     */
    FORGET_INHERITED_BASE {
        @Override
        ShadowEptRoleCalculation calculation() {
            return (base, l1, accessedDirty, execonly, level) -> MmuRoles.calcShadowEptRole(
                    reviewedPatchBaseFromScratch(l1), l1, accessedDirty, execonly, level);
        }
    };

    /** The role calculation with this defect. */
    abstract ShadowEptRoleCalculation calculation();

    /**
     * The base role as the reviewed patch (v2 7/9, {@code kvm-role-cache-review.txt}) built it: from scratch, with
     * only {@code access} and {@code cr0Wp}, instead of inheriting L1's.
     */
    static int reviewedPatchBaseFromScratch(L1ControlState l1) {
        int base = PageRoleBits.withAccess(0, AccessMask.ACC_ALL);
        return PageRoleBits.withCr0Wp(base, l1.cr0Wp());
    }
}
