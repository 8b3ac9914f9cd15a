package org.bitunion.mmu.context;

import org.bitunion.mmu.types.PageFaultErrorCodeBits;

/**
 * The protection-key mask of a context, Linux's {@code update_pkru_bitmask}: for each error code (bit pairs at
 * position {@code pfec}), whether PKRU's access-disable and write-disable bits apply.
 *
 * <p>For EPT the mask is 0: protection keys are an attribute of linear addresses in ordinary paging entries
 * (SDM Vol. 3, 4.6.2), while EPT translates guest-physical addresses, whose entries have no key field; a nested
 * EPT walk therefore never checks PKRU.
 */
public final class PkruBitmask {
    private PkruBitmask() {}

    /**
     * @param ept      EPT context: always 0
     * @param cr4Pke   CR4.PKE of the guest whose paging this is
     * @param longMode EFER.LMA: keys exist only in IA-32e paging
     */
    public static int compute(boolean ept, boolean cr4Pke, boolean longMode, boolean cr0Wp) {
        if (ept || !cr4Pke || !longMode) {
            return 0;
        }
        int mask = 0;
        for (int index = 0; index < PermissionBitmask.SIZE; index++) {
            int pfec = PermissionBitmask.errorCodeOf(index);
            boolean fetch = PageFaultErrorCodeBits.fetch(pfec);
            boolean user = PageFaultErrorCodeBits.user(pfec);
            boolean write = PageFaultErrorCodeBits.write(pfec);
            boolean userPage = PageFaultErrorCodeBits.rsvd(pfec); // KVM reuses the rsvd bit for "user page"
            boolean checkKey = !fetch && userPage;               // keys guard data accesses to user pages
            boolean checkWrite = checkKey && write && (user || cr0Wp);
            int keyBits = (checkKey ? 1 : 0) | (checkWrite ? 2 : 0);
            mask |= keyBits << pfec;
        }
        return mask;
    }
}
