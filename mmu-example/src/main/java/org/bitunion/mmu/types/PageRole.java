package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * The base role of a shadow page and of an MMU context: Linux 4.20's {@code union kvm_mmu_page_role}
 * ({@code arch/x86/include/asm/kvm_host.h}), bit for bit.
 *
 * <p>Why it exists: two shadow pages that shadow the same guest table but would be built differently (another
 * paging mode, other permissions inherited from the parent entries, A/D on or off, SMM or not) must not be
 * shared, so the role is part of a shadow page's hash key, next to the guest frame. It is small because it is
 * compared on every lookup; as one 32-bit word the comparison is a single {@code ==}.
 *
 * <p>For the shadow-EPT MMU most fields are inherited from the L1 context's role (the TDP role of L1's own
 * MMU); {@code level}, {@code direct}, {@code access}, {@code adDisabled} and {@code guestMode} are then set
 * for nested EPT ({@code kvm_calc_shadow_ept_root_page_role}).
 */
@Bitfield(bits = 32)
public interface PageRole {
    /** Paging level of the page (4 = PML4 for EPT; 1 = page table). */
    @Bits(4) int level();

    /** CR4.PAE of the guest whose tables are shadowed (inherited from L1's context). */
    boolean cr4Pae();

    /** Which part of a 32-bit guest table a shadow page covers; always 0 for 64-bit tables like EPT. */
    @Bits(2) int quadrant();

    /** A direct page maps a guest-physical range; not direct: it shadows a guest page table. */
    boolean direct();

    /** ACC_* permissions the parent entries grant (bit 0 exec, 1 write, 2 user; for EPT user = readable). */
    @Bits(3) int access();

    /** The page is being zapped and must not be used as a root again. */
    boolean invalid();

    /** EFER.NX of L1. */
    boolean nxe();

    /** CR0.WP of L1. */
    boolean cr0Wp();

    /** CR4.SMEP and not CR0.WP (only the legacy shadow MMU sets it). */
    boolean smepAndnotWp();

    /** CR4.SMAP and not CR0.WP (only the legacy shadow MMU sets it). */
    boolean smapAndnotWp();

    /** Accessed/dirty flags are not used by these tables: for nested EPT, EPTP bit 6 is clear. */
    boolean adDisabled();

    /** The page belongs to an L2 guest (nested paging). */
    boolean guestMode();

    /** Non-zero in system-management mode; a whole byte at the top so the address space is one shift away. */
    @Bits(value = 8, at = 24) int smm();
}
