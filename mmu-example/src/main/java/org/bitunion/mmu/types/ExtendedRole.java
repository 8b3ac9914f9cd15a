package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The part of an MMU context's role that shadow pages do not need but reconfiguration reads: Linux 4.20's
 * {@code union kvm_mmu_extended_role}, plus the fields later kernels added for the same reason.
 *
 * <p>The rule this type enforces (and the bug of the reviewed patch, {@code kvm-role-cache-review.txt}, that it
 * prevents): a context is re-initialised only when its 64-bit role changes, so every input that
 * re-initialisation reads must be a field of the base role or of this one.
 *
 * <p>Fields and the kernels that had them. The first eight are 4.20's, in 4.20's order: they came with the 4.20
 * role-caching series (Vitaly Kuznetsov, 2018; 7dcd57552008 "x86/kvm/mmu: check if tdp/shadow MMU
 * reconfiguration is needed"). The later ones are appended, so that 4.20's layout stays a prefix of ours; the
 * kernel inserted {@code cr4_pae} after {@code cr0_pg} instead.
 * <ul>
 *   <li>{@code valid}, {@code execonly}, {@code cr0Pg}, {@code cr4Pse}, {@code cr4Pke}, {@code cr4Smap},
 *       {@code cr4Smep}, {@code cr4La57}: Linux 4.20. {@code cr0_pg} left the extended role in 5.19 ("KVM:
 *       x86/mmu: remove redundant bits from extended role"), when the CPU role's base started to carry it;
 *       {@code cr4_la57} was dropped in 5.7 (8053f924cad3 "KVM: x86/mmu: Drop kvm_mmu_extended_role.cr4_la57
 *       hack") and put back in 5.14 by its revert (also in 5.12.15 and 5.13.1): with TDP the role's level is the
 *       TDP level, so an L1 that toggled LA57 through the CR4 it loads on VM exit kept a stale context.</li>
 *   <li>{@code cr4Pae}: Linux 5.1 ("x86/kvm/mmu: reset MMU context when 32-bit guest switches PAE", a fix of the
 *       5.1 commit 47c42e6b4192 that had taken CR4.PAE out of the base role's meaning); left again in 5.19 with
 *       {@code cr0_pg}, by the same commit.</li>
 *   <li>{@code eferLma}: Linux 5.16 (b8453cdcf260 "KVM: x86/mmu: include EFER.LMA in extended mmu role", also in
 *       5.15.5): L1's long-mode state.</li>
 *   <li>{@code maxPhyAddr}: Linux 5.0 (de3ccd26fafc "KVM: MMU: record maximum physical address width in
 *       kvm_mmu_extended_role"), removed in 5.14 (2021) by its revert, 6c032f12dd1e, once 49c6f8756cdf "KVM:
 *       x86: Force all MMUs to reinitialize if guest CPUID is modified" invalidated every role on a CPUID update.
 *       L1's MAXPHYADDR (CPUID 0x80000008), which {@code reset_rsvds_bits_mask_ept} turns into reserved bits
 *       51:MAXPHYADDR of every EPT entry. The model keeps the 5.0-5.13 design: {@code setMaxPhyAddr} is L1 state
 *       read at the next entry like CR4, and the role holds every input that re-initialisation reads; without it
 *       a stale context would keep the old reserved-bit masks (the mutation check's forgotten-MAXPHYADDR
 *       defect). Invalidating every role on a CPUID update, the 5.14 way, gives the same results.</li>
 * </ul>
 * {@code valid} is set on every computed role so that an all-zero word (a context never configured) never
 * equals a real role.
 */
@Bitfield(bits = 32)
public interface ExtendedRole {
    /** Set on every computed role: distinguishes "configured" from the all-zero initial word. */
    boolean valid();

    /** The CPU allows execute-only EPT entries (IA32_VMX_EPT_VPID_CAP bit 0): XWR = 100 is legal. */
    boolean execonly();

    /** CR0.PG of L1. */
    boolean cr0Pg();

    /** CR4.PSE of L1 (read by {@code update_last_nonleaf_level}). */
    boolean cr4Pse();

    /** CR4.PKE of L1 (read by {@code update_pkru_bitmask}). */
    boolean cr4Pke();

    /** CR4.SMAP of L1 (read by {@code update_permission_bitmask}). */
    boolean cr4Smap();

    /** CR4.SMEP of L1 (read by {@code update_permission_bitmask}). */
    boolean cr4Smep();

    /** CR4.LA57 of L1. */
    boolean cr4La57();

    /** CR4.PAE of L1 (Linux 5.1 to 5.18, see the type's Javadoc). */
    boolean cr4Pae();

    /** EFER.LMA of L1 (Linux 5.16 on). */
    boolean eferLma();

    /** L1's MAXPHYADDR, 36..52 (Linux 5.0 to 5.13): feeds the reserved-bit masks. */
    @Bits(6) int maxPhyAddr();
}
