package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The part of an MMU context's role that shadow pages do not need but reconfiguration reads: Linux 4.20's
 * {@code union kvm_mmu_extended_role}, plus the fields later kernels added for the same reason.
 *
 * <p>The rule this type enforces (and the bug of the reviewed patch, {@code kvm-role-cache-review.txt}, that it
 * prevents): a context is re-initialised only when its 64-bit role changes, so every input that
 * re-initialisation reads must be a field of the base role or of this one. Ours therefore holds, beyond 4.20's
 * fields:
 * <ul>
 *   <li>{@code cr4Pae} (added in Linux 5.0): L1's CR4.PAE;</li>
 *   <li>{@code eferLma} (added in Linux 5.5 as {@code efer_lma}): L1's long-mode state;</li>
 *   <li>{@code maxPhyAddr} (added in Linux 5.3 as {@code maxphyaddr}): L1's MAXPHYADDR (CPUID 0x80000008),
 *       which {@code reset_rsvds_bits_mask_ept} turns into reserved bits 51:MAXPHYADDR of every EPT entry. A
 *       role without it would keep the old reserved-bit masks after L1's CPUID changed.</li>
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

    /** CR4.PAE of L1 (a later kernel's addition, see the type's Javadoc). */
    boolean cr4Pae();

    /** EFER.LMA of L1 (a later kernel's addition). */
    boolean eferLma();

    /** L1's MAXPHYADDR, 36..52 (a later kernel's addition): feeds the reserved-bit masks. */
    @Bits(6) int maxPhyAddr();
}
