/**
 * The MMU's words, declared as {@code @Bitfield} interfaces: roles, EPT pointer and entries, shadow entries,
 * error codes, exit qualifications, control registers. The bitunion processor generates a {@code ...Bits} class
 * of static accessors for each; the MMU reads and writes these words only through them.
 */
package org.bitunion.mmu.types;
