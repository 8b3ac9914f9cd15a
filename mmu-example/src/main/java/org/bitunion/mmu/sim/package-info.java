/** The command-line demo: one L1, several L2 guests, role caching on and off compared. */
package org.bitunion.mmu.sim;
