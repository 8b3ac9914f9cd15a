package org.bitunion.mmu.reference;

import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.EptCapabilities;
import org.bitunion.mmu.GuestMemory;
import org.bitunion.mmu.InveptType;
import org.bitunion.mmu.VcpuFacade;

/**
 * The architectural state a {@code NestedVcpu} must appear to have, and nothing more: whether L2 runs, its EPTP
 * and the MAXPHYADDR in force. Every access is an uncached {@link ReferenceEpt} walk of the current guest tables,
 * so INVEPT and L1's control registers have no effect here (EPT translation does not depend on CR0/CR4/EFER/SMM,
 * and write tracking must make INVEPT unobservable).
 */
public final class ReferenceVcpu implements VcpuFacade {
    /** L1's MAXPHYADDR until {@link #setMaxPhyAddr} changes it. */
    public static final int DEFAULT_MAX_PHY_ADDR = 46;

    private final GuestMemory memory;
    private final EptCapabilities caps;
    private int requestedMaxPhyAddr = DEFAULT_MAX_PHY_ADDR;
    private int maxPhyAddr = DEFAULT_MAX_PHY_ADDR;
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
     * L1's control state: only MAXPHYADDR matters to EPT translation; CR0, CR4, EFER and SMM are ignored (EPT
     * translation does not read them).
     */
    @Override
    public void setControl(String register, long value) {
        if (register.equals("maxphyaddr")) {
            setMaxPhyAddr((int) value);
        }
    }

    /** L1's physical-address width, used from the next VM entry on. */
    public void setMaxPhyAddr(int bits) {
        if (bits < 36 || bits > 52) {
            throw new IllegalArgumentException("MAXPHYADDR must be 36..52, was " + bits);
        }
        requestedMaxPhyAddr = bits;
    }

    /** Enters L2 with {@code eptp}; false and no state change when a VM entry would refuse it. */
    @Override
    public boolean vmEntry(long eptp) {
        if (!ReferenceEpt.isValidEptp(eptp, caps, requestedMaxPhyAddr)) {
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
    public AccessResult accessL2(long l2Gpa, Access access) {
        if (!inL2) {
            throw new IllegalStateException("accessL2 outside L2");
        }
        lastWalk = ReferenceEpt.translate(memory, caps, maxPhyAddr, eptp, l2Gpa, access);
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
}
