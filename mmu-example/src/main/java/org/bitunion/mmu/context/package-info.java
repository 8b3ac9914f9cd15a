/**
 * MMU contexts and everything that configures them: role calculation ({@code kvm_calc_*}), the permission and
 * protection-key bitmasks, reserved-bit masks and bad memory-type/XWR table, last non-leaf level. Each class is
 * the twin of one function or structure of Linux's {@code arch/x86/kvm/mmu.c}.
 */
package org.bitunion.mmu.context;
