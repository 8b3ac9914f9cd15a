package org.bitunion.mmu.context;

import org.bitunion.mmu.types.MmuRoleBits;

/**
 * One MMU context of a vCPU, Linux's {@code struct kvm_mmu}: the cached role and everything derived from it.
 * A vCPU has two, as KVM has since 4.20: {@code root_mmu} for L1 (direct, TDP) and {@code guest_mmu} for L2
 * (shadow EPT).
 *
 * <p>Re-initialisation ({@link #initShadowEptMmu}, {@link #initTdpMmu}) reads the live inputs, exactly as KVM's
 * {@code kvm_init_shadow_ept_mmu} reads its arguments and the vCPU, and is skipped when the new role equals the
 * cached one. Everything an access needs (A/D enabled, reserved-bit masks, permissions, ...) is then read from
 * here, never recomputed from live inputs: so a role that forgets an input leaves a stale context behind, which
 * is exactly the bug class the role must rule out and the differential tests look for.
 */
public final class MmuContext {
    private final String name;
    private long role;
    private int rootLevel;
    private int shadowRootLevel;
    private boolean directMap;
    private boolean nx;
    private boolean eptAd;
    private boolean execonly;
    private int maxPhyAddr;
    private byte[] permissions = new byte[PermissionBitmask.SIZE];
    private int pkruMask;
    private int lastNonleafLevel;
    private final RsvdBitsValidate guestRsvdCheck = new RsvdBitsValidate();
    private final RsvdBitsValidate shadowZeroCheck = new RsvdBitsValidate();
    private long reconfigurations;
    private String lastRoleChange = "";

    /** @param name for traces: "L1 (TDP)" or "L2 (shadow EPT)" */
    public MmuContext(String name) {
        this.name = name;
    }

    /**
     * {@code kvm_init_shadow_ept_mmu} after the root switch: compares {@code newRole} (base masked with
     * {@link MmuRoles#BASE_ROLE_MASK}) with the cached role and, if different or if role caching is off,
     * re-initialises everything.
     *
     * @param newRole        the role from {@link MmuRoles#calcShadowEptRole}
     * @param l1             live L1 state (read by the permission and reserved-bit computations)
     * @param accessedDirty  live EPTP bit 6
     * @param execonlyCap    live execute-only capability
     * @param hostPhysBits   the host's physical-address width, for the shadow entries' zero bits
     * @return whether the context was re-initialised (a role-cache miss)
     */
    public boolean initShadowEptMmu(long newRole, L1ControlState l1, boolean accessedDirty, boolean execonlyCap,
                                    int hostPhysBits, boolean roleCaching) {
        long maskedRole = MmuRoles.masked(newRole);
        if (roleCaching && maskedRole == role) {
            return false;
        }
        recordRoleChange(maskedRole);
        // the walk length of the EPTP, carried in the role's level (kvm_init_shadow_ept_mmu since Linux 5.7)
        shadowRootLevel = MmuRoleBits.baseLevel(newRole);
        rootLevel = shadowRootLevel;
        directMap = false;
        nx = true;                                  // EPT always has an execute permission
        eptAd = accessedDirty;
        execonly = execonlyCap;
        maxPhyAddr = l1.maxPhyAddr();
        permissions = PermissionBitmask.compute(true, nx, l1.cr0Wp(), l1.cr4Smep(), l1.cr4Smap());
        pkruMask = PkruBitmask.compute(true, l1.cr4Pke(), l1.eferLma(), l1.cr0Wp());
        lastNonleafLevel = LastNonleafLevel.compute(rootLevel, l1.cr4Pse());
        guestRsvdCheck.resetEpt(maxPhyAddr, execonlyCap);          // reset_rsvds_bits_mask_ept
        shadowZeroCheck.resetEpt(hostPhysBits, execonlyCap);       // reset_ept_shadow_zero_bits_mask
        return true;
    }

    /**
     * {@code init_kvm_tdp_mmu}: L1's own context (two-dimensional paging: L1's page tables on the host's EPT).
     * The model never walks L1's page tables; the context exists because its role is what the shadow-EPT role
     * inherits, and because its re-initialisation is skipped by the same rule.
     *
     * @return whether the context was re-initialised
     */
    public boolean initTdpMmu(long newRole, L1ControlState l1, int hostPhysBits, boolean roleCaching) {
        long maskedRole = MmuRoles.masked(newRole);
        if (roleCaching && maskedRole == role) {
            return false;
        }
        recordRoleChange(maskedRole);
        shadowRootLevel = MmuRoles.PT64_ROOT_4LEVEL;
        directMap = true;
        nx = l1.eferNx();
        eptAd = false;
        execonly = false;
        maxPhyAddr = l1.maxPhyAddr();
        rootLevel = l1.cr0Pg() ? (l1.eferLma() ? 4 : (l1.cr4Pae() ? 3 : 2)) : 0;
        permissions = PermissionBitmask.compute(false, nx, l1.cr0Wp(), l1.cr4Smep(), l1.cr4Smap());
        pkruMask = PkruBitmask.compute(false, l1.cr4Pke(), l1.eferLma(), l1.cr0Wp());
        lastNonleafLevel = LastNonleafLevel.compute(rootLevel, l1.cr4Pse());
        shadowZeroCheck.resetEpt(hostPhysBits, false);             // reset_tdp_shadow_zero_bits_mask (EPT host)
        return true;
    }

    private void recordRoleChange(long maskedRole) {
        lastRoleChange = MmuRoleBits.diff(role, maskedRole);
        role = maskedRole;
        reconfigurations++;
    }

    public String name() {
        return name;
    }

    /** The cached role: base masked with {@link MmuRoles#BASE_ROLE_MASK}, extended role in the high half. */
    public long role() {
        return role;
    }

    /** The fields that changed at the last re-initialisation, as {@code MmuRoleBits.diff} prints them. */
    public String lastRoleChange() {
        return lastRoleChange;
    }

    /** How many times this context was (re-)initialised. */
    public long reconfigurations() {
        return reconfigurations;
    }

    public int rootLevel() {
        return rootLevel;
    }

    public int shadowRootLevel() {
        return shadowRootLevel;
    }

    public boolean directMap() {
        return directMap;
    }

    public boolean nx() {
        return nx;
    }

    /** Accessed/dirty flags are maintained in the guest's EPT entries ({@code mmu->ept_ad}). */
    public boolean eptAd() {
        return eptAd;
    }

    public boolean execonly() {
        return execonly;
    }

    /** The MAXPHYADDR the reserved-bit masks were built for. */
    public int maxPhyAddr() {
        return maxPhyAddr;
    }

    /** The permission table (do not modify); see {@link PermissionBitmask}. */
    public byte[] permissions() {
        return permissions;
    }

    public int pkruMask() {
        return pkruMask;
    }

    public int lastNonleafLevel() {
        return lastNonleafLevel;
    }

    /** Reserved bits of the guest's entries. */
    public RsvdBitsValidate guestRsvdCheck() {
        return guestRsvdCheck;
    }

    /** Bits that must be zero in this context's shadow entries. */
    public RsvdBitsValidate shadowZeroCheck() {
        return shadowZeroCheck;
    }
}
