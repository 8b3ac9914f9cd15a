package org.bitunion.mmu.context;

import org.bitunion.mmu.types.Cr0Bits;
import org.bitunion.mmu.types.Cr4Bits;
import org.bitunion.mmu.types.EferBits;

/**
 * L1's control state that MMU roles are computed from: CR0, CR4, EFER, whether it is in SMM, and its
 * MAXPHYADDR (CPUID 0x80000008 EAX[7:0]). An immutable snapshot, taken when a context is (re)configured.
 *
 * @param maxPhyAddr 36..52
 */
public record L1ControlState(long cr0, long cr4, long efer, boolean smm, int maxPhyAddr) {
    /** MAXPHYADDR when L1 does not set one: 46, as on many current server CPUs. */
    public static final int DEFAULT_MAX_PHY_ADDR = 46;
    /** The smallest MAXPHYADDR the model accepts (the architectural minimum for 64-bit CPUs). */
    public static final int MIN_MAX_PHY_ADDR = 36;
    /** The largest MAXPHYADDR (the architectural maximum). */
    public static final int MAX_MAX_PHY_ADDR = 52;

    public L1ControlState {
        if (maxPhyAddr < MIN_MAX_PHY_ADDR || maxPhyAddr > MAX_MAX_PHY_ADDR) {
            throw new IllegalArgumentException("MAXPHYADDR must be in " + MIN_MAX_PHY_ADDR + ".." + MAX_MAX_PHY_ADDR
                    + ", was " + maxPhyAddr);
        }
    }

    /** L1 in 64-bit mode with paging, write protection, PAE and NX: a typical hypervisor's state. */
    public static L1ControlState typical64Bit() {
        long cr0 = Cr0Bits.withPg(Cr0Bits.withWp(Cr0Bits.withPe(0L, true), true), true);
        long cr4 = Cr4Bits.withVmxe(Cr4Bits.withPae(0L, true), true);
        long efer = EferBits.withNxe(EferBits.withLma(EferBits.withLme(0L, true), true), true);
        return new L1ControlState(cr0, cr4, efer, false, DEFAULT_MAX_PHY_ADDR);
    }

    public L1ControlState withCr0(long value) {
        return new L1ControlState(value, cr4, efer, smm, maxPhyAddr);
    }

    public L1ControlState withCr4(long value) {
        return new L1ControlState(cr0, value, efer, smm, maxPhyAddr);
    }

    public L1ControlState withEfer(long value) {
        return new L1ControlState(cr0, cr4, value, smm, maxPhyAddr);
    }

    public L1ControlState withSmm(boolean value) {
        return new L1ControlState(cr0, cr4, efer, value, maxPhyAddr);
    }

    public L1ControlState withMaxPhyAddr(int value) {
        return new L1ControlState(cr0, cr4, efer, smm, value);
    }

    /** CR0.PE: protected mode. */
    public boolean cr0Pe() {
        return Cr0Bits.pe(cr0);
    }

    /** {@code is_write_protection}: CR0.WP. */
    public boolean cr0Wp() {
        return Cr0Bits.wp(cr0);
    }

    /** {@code is_paging}: CR0.PG. */
    public boolean cr0Pg() {
        return Cr0Bits.pg(cr0);
    }

    public boolean cr4Pae() {
        return Cr4Bits.pae(cr4);
    }

    /** CR4.VMXE: VMX operation enabled. */
    public boolean cr4Vmxe() {
        return Cr4Bits.vmxe(cr4);
    }

    public boolean cr4Pse() {
        return Cr4Bits.pse(cr4);
    }

    public boolean cr4Pke() {
        return Cr4Bits.pke(cr4);
    }

    public boolean cr4Smep() {
        return Cr4Bits.smep(cr4);
    }

    public boolean cr4Smap() {
        return Cr4Bits.smap(cr4);
    }

    public boolean cr4La57() {
        return Cr4Bits.la57(cr4);
    }

    /** {@code is_nx}: EFER.NXE. */
    public boolean eferNx() {
        return EferBits.nxe(efer);
    }

    /** {@code is_long_mode}: EFER.LMA. */
    public boolean eferLma() {
        return EferBits.lma(efer);
    }
}
