package org.bitunion.mmu.context;

import org.bitunion.mmu.types.ExtendedRoleBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.types.PageRoleBits;

/**
 * Role calculation, one method per {@code kvm_calc_*} function of Linux's {@code arch/x86/kvm/mmu.c} (4.20,
 * with the extended-role fields of later kernels, see {@link org.bitunion.mmu.types.ExtendedRole}).
 *
 * <p>Roles are pure functions of L1's control state and of the nested-entry inputs; the contexts compare them
 * to decide whether to re-initialise.
 */
public final class MmuRoles {
    /** Paging levels of the L1 context's TDP tables and of four-level EPT. */
    public static final int PT64_ROOT_4LEVEL = 4;
    /** Paging levels of five-level EPT (EPTP walk length 5). */
    public static final int PT64_ROOT_5LEVEL = 5;

    /**
     * The base-role fields that describe a context, as opposed to one shadow page of it: Linux 4.20's
     * {@code mmu_base_role_mask}. Direct, access, quadrant and invalid vary per shadow page, so a context's
     * cached role keeps only these (and of {@code smm} only bit 0, as KVM's initialiser {@code .smm = 1} does).
     * Unlike 4.20 the level is kept: with five-level EPT (Linux 5.7) the root level follows the EPTP and is read
     * by re-initialisation ({@code root_level}, {@code shadow_root_level}), and mainline compares the whole role.
     */
    public static final int BASE_ROLE_MASK = PageRoleBits.LEVEL_MASK
            | PageRoleBits.CR0_WP_MASK | PageRoleBits.CR4_PAE_MASK
            | PageRoleBits.NXE_MASK | PageRoleBits.SMEP_ANDNOT_WP_MASK | PageRoleBits.SMAP_ANDNOT_WP_MASK
            | PageRoleBits.withSmm(0, 1) | PageRoleBits.GUEST_MODE_MASK | PageRoleBits.AD_DISABLED_MASK;

    private MmuRoles() {}

    /** A role with its base masked by {@link #BASE_ROLE_MASK}: the form a context caches and compares. */
    public static long masked(long role) {
        return MmuRoleBits.withBase(role, MmuRoleBits.base(role) & BASE_ROLE_MASK);
    }

    /**
     * {@code kvm_calc_mmu_role_ext}: the extended role from L1's control registers and CPUID (with the fields
     * later kernels added), {@code valid} set. {@code execonly} is left clear; the shadow-EPT role sets it.
     */
    public static int calcRoleExt(L1ControlState l1) {
        int ext = 0;
        ext = ExtendedRoleBits.withCr0Pg(ext, l1.cr0Pg());
        ext = ExtendedRoleBits.withCr4Pse(ext, l1.cr4Pse());
        ext = ExtendedRoleBits.withCr4Pke(ext, l1.cr4Pke());
        ext = ExtendedRoleBits.withCr4Smap(ext, l1.cr4Smap());
        ext = ExtendedRoleBits.withCr4Smep(ext, l1.cr4Smep());
        ext = ExtendedRoleBits.withCr4La57(ext, l1.cr4La57());
        ext = ExtendedRoleBits.withCr4Pae(ext, l1.cr4Pae());
        ext = ExtendedRoleBits.withEferLma(ext, l1.eferLma());
        ext = ExtendedRoleBits.withMaxPhyAddr(ext, l1.maxPhyAddr());
        return ExtendedRoleBits.withValid(ext, true);
    }

    /** {@code kvm_calc_mmu_role_common} (4.20, base part): what every MMU's base role holds of L1's state. */
    public static int calcBaseRoleCommon(L1ControlState l1, boolean guestMode) {
        int base = 0;
        base = PageRoleBits.withAccess(base, AccessMask.ACC_ALL);
        base = PageRoleBits.withNxe(base, l1.eferNx());
        base = PageRoleBits.withCr4Pae(base, l1.cr4Pae());
        base = PageRoleBits.withCr0Wp(base, l1.cr0Wp());
        base = PageRoleBits.withSmm(base, l1.smm() ? 1 : 0);
        return PageRoleBits.withGuestMode(base, guestMode);
    }

    /**
     * {@code kvm_calc_tdp_mmu_root_page_role}: the role of L1's own (direct, two-dimensional) MMU. The host has
     * accessed/dirty bits for its EPT, so {@code adDisabled} is clear.
     */
    public static long calcTdpRole(L1ControlState l1) {
        int base = calcBaseRoleCommon(l1, false);
        base = PageRoleBits.withAdDisabled(base, false);
        base = PageRoleBits.withLevel(base, PT64_ROOT_4LEVEL);
        base = PageRoleBits.withDirect(base, true);
        return MmuRoleBits.withExt(MmuRoleBits.withBase(0L, base), calcRoleExt(l1));
    }

    /**
     * {@code kvm_calc_shadow_ept_root_page_role}: the role of the L2 shadow-EPT context and of its root pages.
     * The base role is <em>inherited</em> from the L1 context's cached role, so that every L1 input the base
     * role holds (CR0.WP, CR4.PAE, EFER.NX, SMM) is part of it; then the nested-EPT fields are set.
     *
     * @param inheritedBase  the L1 context's cached base role
     * @param accessedDirty  EPTP bit 6
     * @param execonly       the CPU allows execute-only entries
     * @param rootLevel      the EPTP's walk length: 4, or 5 with 5-level EPT (the role's level follows the EPTP,
     *                       as {@code kvm_calc_shadow_ept_root_page_role} takes {@code level} since Linux 5.7)
     */
    public static long calcShadowEptRole(int inheritedBase, L1ControlState l1, boolean accessedDirty,
                                         boolean execonly, int rootLevel) {
        int base = inheritedBase;
        base = PageRoleBits.withLevel(base, rootLevel);
        base = PageRoleBits.withDirect(base, false);
        base = PageRoleBits.withAdDisabled(base, !accessedDirty);
        base = PageRoleBits.withGuestMode(base, true);
        base = PageRoleBits.withAccess(base, AccessMask.ACC_ALL);
        int ext = ExtendedRoleBits.withExeconly(calcRoleExt(l1), execonly);
        return MmuRoleBits.withExt(MmuRoleBits.withBase(0L, base), ext);
    }
}
