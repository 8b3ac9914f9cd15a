/**
 * The command-line demo: one L1, several L2 guests (one of them switching EPT views with VMFUNC), role caching on
 * and off compared over warm runs.
 */
package org.bitunion.mmu.sim;
