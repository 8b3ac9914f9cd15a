/** The walk of the guest's (L1's) EPT tables: {@code FNAME(walk_addr_generic)} for {@code PTTYPE_EPT}. */
package org.bitunion.mmu.walk;
