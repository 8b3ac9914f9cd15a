package org.bitunion.mmu;

/** The INVEPT types (SDM Vol. 3, 30.3 "INVEPT"): one EPTP's mappings, or every EPTP's. */
public enum InveptType { SINGLE_CONTEXT, ALL_CONTEXT }
