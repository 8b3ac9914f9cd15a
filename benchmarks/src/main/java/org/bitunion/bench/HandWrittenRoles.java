package org.bitunion.bench;

/**
 * The baseline: the same role accessors written by hand with shifts and masks, as C code or a careful Java
 * programmer would, including the same range check in the setter. Positions are KVM's (kvm_mmu_page_role) and
 * our extended role's; {@link AccessorBenchmark} checks at setup that both give identical words.
 */
final class HandWrittenRoles {
    static final int LEVEL_MASK = 0xf;
    static final int CR4_PAE = 1 << 4;
    static final int CR0_WP = 1 << 13;
    static final int AD_DISABLED = 1 << 16;
    static final int GUEST_MODE = 1 << 17;
    static final int SMM_SHIFT = 24;
    static final int SMM_MASK = 0xff << SMM_SHIFT;
    static final int EXT_CR4_SMEP = 1 << 6;

    private HandWrittenRoles() {}

    static int level(int role) {
        return role & LEVEL_MASK;
    }

    static int withLevel(int role, int level) {
        if ((level & ~0xf) != 0) {
            throw new IllegalArgumentException("level " + level);
        }
        return (role & ~LEVEL_MASK) | level;
    }

    static boolean cr0Wp(int role) {
        return (role & CR0_WP) != 0;
    }

    static int withFlag(int role, int flag, boolean value) {
        return value ? role | flag : role & ~flag;
    }

    static int withSmm(int role, int smm) {
        if ((smm & ~0xff) != 0) {
            throw new IllegalArgumentException("smm " + smm);
        }
        return (role & ~SMM_MASK) | (smm << SMM_SHIFT);
    }

    static long mmuRole(int base, int ext) {
        return ((long) ext << 32) | (base & 0xffff_ffffL);
    }

    static int ext(long mmuRole) {
        return (int) (mmuRole >>> 32);
    }

    static boolean extCr4Smep(long mmuRole) {
        return (mmuRole & ((long) EXT_CR4_SMEP << 32)) != 0;
    }
}
