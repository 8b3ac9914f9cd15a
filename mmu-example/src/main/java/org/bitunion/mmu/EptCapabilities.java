package org.bitunion.mmu;

/**
 * What the (virtual) CPU's EPT supports, as L1 sees it in {@code IA32_VMX_EPT_VPID_CAP} and the VM-function
 * controls (SDM Vol. 3, Appendix A.10 and A.11).
 *
 * @param executeOnly     bit 0: an EPT entry may grant execute without read (XWR = 100); without it that
 *                        combination is a misconfiguration
 * @param accessedDirty   bit 21: accessed and dirty flags for EPT; without it EPTP[6] is reserved and such an
 *                        EPTP is refused
 * @param fiveLevel       bit 7: a page-walk length of 5 (EPTP bits 5:3 = 4) is allowed: five-level EPT, L2
 *                        addresses below 2^57 (KVM offers it to L1 when the host has it, since Linux 5.7: "KVM:
 *                        nVMX: Allow L1 to use 5-level page walks for nested EPT")
 * @param uncacheableEptp bit 8: the EPT paging structures may be uncacheable (EPTP memory type 0); write-back
 *                        (bit 14) is always supported. KVM advertises only WB for nested EPT
 *                        ({@code nested_vmx_setup_ctls_msrs}), so a KVM-like L0 has this off
 * @param eptpSwitching   VM function 0, EPTP switching ({@code IA32_VMX_VMFUNC} bit 0): L2 may switch among the
 *                        EPTPs of L1's EPTP list with VMFUNC and no VM exit
 */
public record EptCapabilities(boolean executeOnly, boolean accessedDirty, boolean fiveLevel,
                              boolean uncacheableEptp, boolean eptpSwitching) {

    /** The capabilities of the original facade: four-level EPT, UC and WB EPTPs, no EPTP switching. */
    public EptCapabilities(boolean executeOnly, boolean accessedDirty) {
        this(executeOnly, accessedDirty, false, true, false);
    }
}
