package org.bitunion.mmu.types;

import org.bitunion.Bitfield;

/**
 * The full role of an MMU context, {@code union kvm_mmu_role}: the base role in bits 0-31 and the extended role
 * in bits 32-63, compared as one {@code long} ({@code as_u64} in KVM). Equal roles mean the context's derived
 * tables (permissions, reserved-bit masks, ...) are still valid and need not be recomputed.
 */
@Bitfield(bits = 64)
public interface MmuRole {
    PageRole base();

    ExtendedRole ext();
}
