package org.bitunion.mmu;

/**
 * What the (virtual) CPU's EPT supports, as L1 sees it in {@code IA32_VMX_EPT_VPID_CAP} (SDM Vol. 3, Appendix
 * A.10).
 *
 * @param executeOnly    bit 0: an EPT entry may grant execute without read (XWR = 100); without it that
 *                       combination is a misconfiguration
 * @param accessedDirty  bit 21: accessed and dirty flags for EPT; without it EPTP[6] is reserved and such an EPTP
 *                       is refused
 */
public record EptCapabilities(boolean executeOnly, boolean accessedDirty) {}
