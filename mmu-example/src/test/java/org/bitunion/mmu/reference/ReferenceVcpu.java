package org.bitunion.mmu.reference;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessOrigin;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.GuestMemory;
import org.bitunion.mmu.InveptType;
import org.bitunion.mmu.VcpuFacade;

/**
 * The architectural state a {@code NestedVcpu} must appear to have, and nothing more: whether L2 runs, its EPTP,
 * the MAXPHYADDR in force, the EPTP-list address, and of L1's control state only what decides whether VMX
 * operation is possible. Every access is an uncached {@link ReferenceEpt} walk of the current guest tables, so
 * INVEPT has no effect here (write tracking must make it unobservable), and neither do CR0.WP, CR4's paging bits
 * or EFER (EPT translation does not read them).
 *
 * <p>From the SDM: VM entry needs CR0.PE, CR0.PG and CR4.VMXE (VMX operation, Vol. 3, 24.8 and A.7/A.8) and is
 * refused in SMM (the project's rule, as KVM leaves guest mode on an SMI); VMFUNC leaf 0 (Vol. 3, 25.5.6.3) exits
 * to L1 when the function is not enabled, when ECX is 512 or more, or when the EPTP read from the list is not a
 * valid EPTP, and otherwise loads it with no exit.
 */
public final class ReferenceVcpu implements VcpuFacade {
    /** L1's MAXPHYADDR until {@link #setMaxPhyAddr} changes it. */
    public static final int DEFAULT_MAX_PHY_ADDR = 46;
    private static final long CR0_PE = 1L, CR0_PG = 1L << 31, CR4_VMXE = 1L << 13;

    private final GuestMemory memory;
    private final EptCapabilities caps;
    private int requestedMaxPhyAddr = DEFAULT_MAX_PHY_ADDR;
    private int maxPhyAddr = DEFAULT_MAX_PHY_ADDR;
    private long cr0 = CR0_PE | CR0_PG;
    private long cr4 = CR4_VMXE;
    private boolean smm;
    private long eptpList = -1;
    private boolean inL2;
    private long eptp;
    private ReferenceEpt.Walk lastWalk;

    public ReferenceVcpu(GuestMemory memory, EptCapabilities caps) {
        this.memory = memory;
        this.caps = caps;
    }

    @Override
    public GuestMemory memory() {
        return memory;
    }

    /**
     * L1's control state: MAXPHYADDR (for EPT translation), CR0, CR4 and SMM (for the VM-entry checks); EFER is
     * ignored.
     */
    @Override
    public void setControl(String register, long value) {
        switch (register) {
            case "maxphyaddr" -> setMaxPhyAddr((int) value);
            case "cr0" -> cr0 = value;
            case "cr4" -> cr4 = value;
            case "smm" -> smm = value != 0;
            default -> { }
        }
    }

    /** L1's physical-address width, used from the next VM entry on. */
    public void setMaxPhyAddr(int bits) {
        if (bits < 36 || bits > 52) {
            throw new IllegalArgumentException("MAXPHYADDR must be 36..52, was " + bits);
        }
        requestedMaxPhyAddr = bits;
    }

    /** Enters L2 with {@code eptp}; false and no state change when a VM entry would be refused. */
    @Override
    public boolean vmEntry(long eptp) {
        boolean vmxOperation = !smm && (cr4 & CR4_VMXE) != 0 && (cr0 & CR0_PE) != 0 && (cr0 & CR0_PG) != 0;
        if (!vmxOperation || !ReferenceEpt.isValidEptp(eptp, caps, requestedMaxPhyAddr)) {
            return false;
        }
        this.eptp = eptp;
        this.maxPhyAddr = requestedMaxPhyAddr;
        this.inL2 = true;
        return true;
    }

    @Override
    public void vmExit() {
        inL2 = false;
    }

    @Override
    public boolean inL2() {
        return inL2;
    }

    public long eptp() {
        return eptp;
    }

    public int maxPhyAddr() {
        return maxPhyAddr;
    }

    @Override
    public AccessResult accessL2(long l2Gpa, Access access, AccessOrigin origin) {
        if (!inL2) {
            throw new IllegalStateException("accessL2 outside L2");
        }
        lastWalk = ReferenceEpt.translate(memory, caps, maxPhyAddr, eptp, l2Gpa, access, origin);
        return lastWalk.result();
    }

    /** The walk behind the last {@link #accessL2}: which entries it read. */
    public ReferenceEpt.Walk lastWalk() {
        return lastWalk;
    }

    /** Nothing to invalidate: the reference caches nothing. */
    @Override
    public void invept(InveptType type, long eptp) {
    }

    /** The EPTP-list address field: a 4 KiB-aligned address or -1 (none). */
    @Override
    public void setEptpList(long listGpa) {
        if (listGpa != -1 && (listGpa < 0 || (listGpa & 0xFFF) != 0)) {
            throw new IllegalArgumentException("EPTP list address 0x" + Long.toHexString(listGpa));
        }
        eptpList = listGpa;
    }

    /** VMFUNC leaf 0 in L2: true when L2 continues with the new EPTP, false when it exited to L1. */
    @Override
    public boolean vmfuncEptpSwitch(int index) {
        if (!inL2) {
            throw new IllegalStateException("VMFUNC outside L2");
        }
        long entry = eptpList + 8L * index;
        boolean ok = caps.eptpSwitching() && eptpList != -1 && index >= 0 && index < 512
                && memory.contains(entry, 8)
                && ReferenceEpt.isValidEptp(memory.readLong(entry), caps, maxPhyAddr);
        if (!ok) {
            inL2 = false;
            return false;
        }
        eptp = memory.readLong(entry);
        return true;
    }
}
