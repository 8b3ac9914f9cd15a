package org.bitunion.mmu.context;

import org.bitunion.mmu.types.PageFaultErrorCodeBits;

/**
 * The 16-entry permission table of a context, Linux's {@code update_permission_bitmask} and
 * {@code permission_fault}.
 *
 * <p>Layout (as {@code kvm_mmu.permissions[16]}): the index is a page-fault error code shifted right by one,
 * i.e. the four bits write, user, rsvd, fetch (the present bit does not matter); entry {@code i} has bit
 * {@code a} set when an access with that error code to an entry whose ACC_* permissions are {@code a}
 * (0..7, {@link AccessMask}) faults. A permission check is then one table load and one shift.
 */
public final class PermissionBitmask {
    /** Entries of the table: one per combination of write, user, rsvd, fetch. */
    public static final int SIZE = 16;

    private PermissionBitmask() {}

    /**
     * Computes the table ({@code update_permission_bitmask}).
     *
     * @param ept      EPT semantics: the three ACC bits are X, W, R, and none of the paging-mode rules (NX,
     *                 CR0.WP, SMEP, SMAP) apply; the remaining flags are then ignored, as in KVM
     * @param nx       EFER.NX (not EPT): without it nothing is non-executable
     */
    public static byte[] compute(boolean ept, boolean nx, boolean cr0Wp, boolean cr4Smep, boolean cr4Smap) {
        byte[] permissions = new byte[SIZE];
        int exec = byteMask(AccessMask.ACC_EXEC_MASK);
        int write = byteMask(AccessMask.ACC_WRITE_MASK);
        int user = byteMask(AccessMask.ACC_USER_MASK);
        for (int index = 0; index < SIZE; index++) {
            int pfec = errorCodeOf(index);
            boolean isWrite = PageFaultErrorCodeBits.write(pfec);
            boolean isUser = PageFaultErrorCodeBits.user(pfec);
            boolean isFetch = PageFaultErrorCodeBits.fetch(pfec);
            boolean isRsvd = PageFaultErrorCodeBits.rsvd(pfec);
            // Each term: the ACC values (as a bit set over 0..7) that make this kind of access fault.
            int writeFault = isWrite ? ~write : 0;      // writes to non-writable entries
            int userFault = isUser ? ~user : 0;         // user accesses to supervisor entries; EPT: reads of non-readable
            int fetchFault = isFetch ? ~exec : 0;       // fetches from non-executable entries
            int smepFault = 0;
            int smapFault = 0;
            if (!ept) {
                int kernelFault = isUser ? 0 : user;    // supervisor accesses to user entries
                if (!nx) {
                    fetchFault = 0;                     // without NX every page is executable
                }
                if (!cr0Wp) {
                    writeFault = isUser ? writeFault : 0; // supervisor may write read-only pages when CR0.WP=0
                }
                if (cr4Smep) {
                    smepFault = isFetch ? kernelFault : 0;
                }
                if (cr4Smap) {
                    // rsvd here stands for "EFLAGS.AC overrides SMAP", decided per access by KVM
                    smapFault = (isRsvd || isFetch) ? 0 : kernelFault;
                }
            }
            permissions[index] = (byte) (writeFault | userFault | fetchFault | smepFault | smapFault);
        }
        return permissions;
    }

    /** {@code permission_fault} without protection keys: whether the access faults on an entry with {@code access}. */
    public static boolean faults(byte[] permissions, int access, int pfec) {
        return ((permissions[indexOf(pfec)] >>> access) & 1) != 0;
    }

    /** The table index of an error code: the code shifted right by one (the present bit dropped). */
    public static int indexOf(int pfec) {
        return pfec >>> 1;
    }

    /** The error code a table index stands for, present bit clear. */
    public static int errorCodeOf(int index) {
        return index << 1;
    }

    /** The set (over ACC values 0..7) of ACC values that include {@code accMask}: KVM's {@code BYTE_MASK}. */
    static int byteMask(int accMask) {
        int set = 0;
        for (int access = 0; access < 8; access++) {
            if ((access & accMask) != 0) {
                set |= 1 << access;
            }
        }
        return set;
    }
}
