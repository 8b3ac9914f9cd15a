package org.bitunion.mmu;

/**
 * The architectural outcome of one L2 access.
 *
 * @param kind               translated, EPT violation, or EPT misconfiguration
 * @param l1Gpa              the L1 guest-physical address the access reached ({@code OK} only; else 0)
 * @param exitQualification  for an EPT violation, the exit qualification (SDM Vol. 3, Table 28-7): bits 0-2 the
 *                           access (read, write, fetch), bits 3-5 whether the translation was readable, writable,
 *                           executable; 0 otherwise
 * @param fromShadow         the shadow page tables already held the translation: the guest's tables were not
 *                           walked
 */
public record AccessResult(Kind kind, long l1Gpa, long exitQualification, boolean fromShadow) {
    public enum Kind { OK, EPT_VIOLATION, EPT_MISCONFIG }
}
