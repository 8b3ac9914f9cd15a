/**
 * The MMU facade (CONTRACT.md section 3): {@link org.bitunion.mmu.NestedVcpu} and its records. Behind it:
 * {@code types} (the {@code @Bitfield} words), {@code context} (roles and context configuration), {@code walk}
 * (the EPT walk), {@code shadow} (shadow pages, roots, write tracking), {@code sim} (the demo).
 */
package org.bitunion.mmu;
