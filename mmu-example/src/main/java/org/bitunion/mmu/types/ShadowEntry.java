package org.bitunion.mmu.types;

import org.bitunion.Bitfield;
import org.bitunion.Bits;

/**
 * An entry of a shadow page (KVM's "spte"), in EPT format because the shadow tables are what the hardware walks
 * for L2 (SDM Vol. 3, 29.3.2), plus the software bits KVM keeps in the ignored bits where Linux 5.13 and later put
 * them for EPT ({@code arch/x86/kvm/mmu/spte.h}: bit 11 from "KVM: x86/mmu: Use a dedicated bit to track
 * shadow/MMU-present SPTEs", bits 57 and 58 from "KVM: x86/mmu: Use high bits for host/mmu writable masks for EPT
 * SPTEs"; 4.20 kept host- and MMU-writable in bits 10 and 11 and had no present bit).
 *
 * <p>A present entry is either a link to a child shadow page ({@code frame} = the child's page id in this model,
 * the child's host-physical address in KVM) or a leaf mapping an L1 frame ({@code frame} = L1 frame number;
 * {@code largePage} for 2 MiB / 1 GiB). The model never puts an L1 frame outside {@code GuestMemory} into a leaf.
 */
@Bitfield(bits = 64)
public interface ShadowEntry {
    /** Bit 0: readable. */
    boolean readable();

    /** Bit 1: writable. Clear in a leaf built from a clean guest leaf when A/D is on ({@code protect_clean_gpte}). */
    boolean writable();

    /** Bit 2: executable. */
    boolean executable();

    /** Bits 5:3 of a leaf: the memory type (copied from the guest leaf in this model). */
    @Bits(3) EptMemoryType memoryType();

    /** Bit 6 of a leaf: ignore PAT. */
    boolean ignorePat();

    /** Bit 7: a 2 MiB or 1 GiB leaf. */
    boolean largePage();

    /** Bit 8: accessed. */
    boolean accessed();

    /** Bit 9: dirty. */
    boolean dirty();

    /** Bit 11, software: the entry is present (KVM's {@code SPTE_MMU_PRESENT_MASK}); an all-zero entry is not. */
    @Bits(value = 1, at = 11) boolean present();

    /** Bits 51:12: child shadow page id (link) or L1 frame number (leaf). */
    @Bits(40) long frame();

    /** Bit 57, software: the host maps the frame writable ({@code EPT_SPTE_HOST_WRITABLE}). */
    @Bits(value = 1, at = 57) boolean hostWritable();

    /**
     * Bit 58, software: the guest entries allow writes, so write protection here is only for dirty tracking and
     * a write may make the entry writable after a re-walk ({@code EPT_SPTE_MMU_WRITABLE}).
     */
    boolean mmuWritable();
}
