package org.bitunion.mmu;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.context.MmuContext;
import org.bitunion.mmu.context.MmuRoles;
import org.bitunion.mmu.shadow.RootCache;
import org.bitunion.mmu.shadow.ShadowMmu;
import org.bitunion.mmu.shadow.ShadowPage;
import org.bitunion.mmu.types.EptPointerBits;
import org.bitunion.mmu.types.MmuRoleBits;
import org.bitunion.mmu.walk.EptWalker;
import org.bitunion.mmu.walk.GuestTables;
import org.bitunion.mmu.walk.WalkResult;

/**
 * A vCPU of an L1 hypervisor that runs an L2 guest with EPT, as Linux KVM runs it (the 4.20/5.0 design, with the
 * nested-EPT features of later kernels: five-level EPT, EPTP switching): a shadow-EPT MMU whose shadow tables
 * translate L2 guest-physical addresses straight to L1 guest-physical addresses.
 *
 * <h2>Model</h2>
 * Two MMU contexts, as KVM has: L1's own (direct, TDP) and L2's shadow-EPT context. {@link #vmEntry} computes the
 * shadow-EPT role ({@code kvm_calc_shadow_ept_root_page_role}: base inherited from the L1 context's role, level
 * from the EPTP's walk length, not direct, {@code adDisabled = !EPTP[6]}, guest mode, all access; extended role
 * from L1's CR0/CR4/EFER, MAXPHYADDR and {@code execonly}), switches to the root for the EPTP (current root, then the previous-roots
 * cache), and re-initialises the context only when the role changed. {@link #vmExit} returns to the L1 context
 * and keeps the L2 context and its roots. {@link #vmfuncEptpSwitch} switches EPTP inside L2 the same way.
 *
 * <h2>Semantics (SDM Vol. 3, chapter 29.3; the reference model of the differential tests follows the same)</h2>
 * <ul>
 *   <li>{@link #accessL2} accepts any byte address in [0, 2^48) and the walk has four levels from the EPTP's PML4
 *       frame; with a five-level EPTP ({@link EptCapabilities#fiveLevel()}), [0, 2^57) and five levels from its
 *       PML5 frame.</li>
 *   <li>L1's MAXPHYADDR is 46 unless {@link #setMaxPhyAddr} says otherwise (36..52); like CR0/CR4/EFER/SMM it is
 *       L1 state read at the next {@link #vmEntry}.</li>
 *   <li>Reserved bits (misconfiguration): bits 51:MAXPHYADDR of every entry; PML5E and PML4E bits 7:3 (so bit 7
 *       is reserved there); non-leaf PDPTE and PDE bits 6:3; 1 GiB leaf bits 29:12, 2 MiB leaf bits 20:12; PTE bit 7
 *       is ignored. Bits 8-11 and 52-63 are ignored (8 and 9 are the A/D flags when enabled). XWR 010 and 110 are
 *       misconfigurations at any level, 100 too unless {@link EptCapabilities#executeOnly()}; memory type 2, 3 or
 *       7 in a leaf is one.</li>
 *   <li>Per level: XWR = 000 is a violation (not present); else a misconfiguration check, which wins over any
 *       permission problem; bit 7 at level 3 or 2, or level 1, is the leaf. Then READ needs R, WRITE needs W,
 *       FETCH needs X in the AND of every level's XWR.</li>
 *   <li>Violation: exit qualification bit 0/1/2 = the access, bits 3/4/5 = the AND of R/W/X of every entry read,
 *       including the one that failed (0 for a not-present entry); bit 7 for a linear-address origin, bit 8 for
 *       {@link AccessOrigin#LINEAR_FINAL}; nothing else; {@code l1Gpa} 0. A next-level
 *       table outside {@code GuestMemory} ends the walk with a violation whose bits 3-5 are the AND of the entries
 *       read so far (111 when it is the root table itself). Misconfiguration: {@code l1Gpa} and qualification 0.</li>
 *   <li>A leaf whose L1 address lies outside {@code GuestMemory}: {@code OK} with that address, but nothing is
 *       installed in the shadow tables, so it is never {@code fromShadow}.</li>
 *   <li>A/D (SDM 29.3.5), only with {@link EptCapabilities#accessedDirty()} and EPTP[6]: a walk that ends
 *       {@code OK} sets bit 8 in every entry it used (PML5E or PML4E to leaf) that lacks it and, for a WRITE, bit 9
 *       in the leaf. A walk that ends in any violation (not present, permission, table outside memory) or a
 *       misconfiguration changes no flag. These updates are not L1 stores and do not zap shadow entries. With A/D
 *       on, a {@link AccessOrigin#LINEAR_PAGING_STRUCTURE} access is a write (needs W, sets D, and a violation
 *       reports bits 0 and 1); with A/D off it is the access given.</li>
 *   <li>Valid EPTP (SDM 24.6.11): memory type 6, or 0 with {@link EptCapabilities#uncacheableEptp()}; walk
 *       length 4, or 5 with {@link EptCapabilities#fiveLevel()}; bit 6 only with the A/D capability; bits 11:7
 *       zero; no bits at or above MAXPHYADDR. An invalid one makes {@link #vmEntry} return false and change
 *       nothing; so does L1 in SMM, or with CR4.VMXE, CR0.PE or CR0.PG clear.</li>
 *   <li>EPTP switching: see {@link #vmfuncEptpSwitch}; every failure is an exit to L1 and nothing else.</li>
 *   <li>Every result equals an uncached walk of the guest tables as they are now: stores to shadowed tables zap
 *       the shadow entries built from them, with or without INVEPT; a shadow leaf built from a clean guest leaf
 *       (A/D on) does not allow writes, so a write re-walks and sets D.</li>
 *   <li>{@code vmEntry} while in L2 is taken as an exit followed by an entry; {@code vmExit} in L1 does nothing.</li>
 * </ul>
 *
 * <p>Not thread-safe: one vCPU, one thread, like a vCPU thread in KVM.
 */
public final class NestedVcpu {
    /** The host's physical-address width: bounds the frames in shadow entries ({@code shadow_phys_bits}). */
    static final int HOST_PHYS_BITS = 52;
    private static final int PAGE_SHIFT = 12;
    /** Address bits each EPT level translates (a 512-entry table). */
    private static final int LEVEL_BITS = 9;
    private static final int EPT_MEMORY_TYPE_UC = 0;
    private static final int EPT_MEMORY_TYPE_WB = 6;
    /** EPTP bits 5:3 (walk length minus one) of a four-level and of a five-level walk. */
    private static final int EPT_WALK_LENGTH_4 = 3;
    private static final int EPT_WALK_LENGTH_5 = 4;
    /** EPTPs in an EPTP list ({@code VMFUNC_EPTP_ENTRIES}): one 4 KiB page. */
    static final int VMFUNC_EPTP_ENTRIES = 512;
    /** {@link #setEptpList} value for "no list". */
    private static final long NO_EPTP_LIST = -1;

    private final GuestMemory memory;
    private final EptCapabilities caps;
    private final boolean roleCaching;
    private final ShadowEptRoleCalculation roleCalculation;
    private final MmuContext l1Context = new MmuContext("L1 (TDP)");
    private final MmuContext l2Context = new MmuContext("L2 (shadow EPT)");
    private final ShadowMmu shadow;
    private final GuestTables walkerTables;
    private final EptWalker walker;
    private final WalkResult walk = new WalkResult();
    /** Kept reachable by this vCPU; the memory holds it weakly. */
    private final GuestMemory.WriteTracker writeTracker;

    private L1ControlState l1State = L1ControlState.typical64Bit();
    /** L1's state at the last {@link #vmEntry}: what a VMFUNC switch in L2 computes its role from. */
    private L1ControlState l1StateAtEntry = l1State;
    private boolean rootCaching = true;
    private boolean inL2;
    private long eptp;
    /** L2 addresses are below this: 2^48 with a four-level EPTP, 2^57 with a five-level one. */
    private long l2AddressLimit = 1L << 48;
    private long eptpList = NO_EPTP_LIST;
    private Consumer<String> trace;

    private long roleCacheHits;
    private long roleCacheMisses;
    private long rootCacheHits;
    private long faultsFixed;
    private long faultsReflected;

    /** A vCPU with role caching on. */
    public NestedVcpu(GuestMemory l1Memory, EptCapabilities caps) {
        this(l1Memory, caps, true);
    }

    /** @param roleCaching false: the shadow-EPT context is fully re-initialised on every entry */
    public NestedVcpu(GuestMemory l1Memory, EptCapabilities caps, boolean roleCaching) {
        this(l1Memory, caps, roleCaching, MmuRoles::calcShadowEptRole);
    }

    /** The seam for tests: a vCPU with another role calculation (the mutation check gives it a broken one). */
    NestedVcpu(GuestMemory l1Memory, EptCapabilities caps, boolean roleCaching,
               ShadowEptRoleCalculation roleCalculation) {
        this.memory = Objects.requireNonNull(l1Memory, "l1Memory");
        this.caps = Objects.requireNonNull(caps, "caps");
        this.roleCaching = roleCaching;
        this.roleCalculation = Objects.requireNonNull(roleCalculation, "roleCalculation");
        this.shadow = new ShadowMmu(memory.size(), ShadowMmu.defaultMaxPages(memory.size()));
        this.walkerTables = new MemoryTables(memory);
        this.walker = new EptWalker(walkerTables);
        this.writeTracker = shadow::l1Store;
        memory.addWriteTracker(writeTracker);
        initL1Context();
    }

    // -------------------------------------------------------------------------------------------------------------
    // L1 state

    /** L1's CR0. Read by the L1 context at once when in L1, and by the next {@link #vmEntry}. */
    public void setCr0(long cr0) {
        l1State = l1State.withCr0(cr0);
        l1StateChanged();
    }

    /** L1's CR4. */
    public void setCr4(long cr4) {
        l1State = l1State.withCr4(cr4);
        l1StateChanged();
    }

    /** L1's IA32_EFER. */
    public void setEfer(long efer) {
        l1State = l1State.withEfer(efer);
        l1StateChanged();
    }

    /** Whether L1 is in system-management mode. */
    public void setSmm(boolean smm) {
        l1State = l1State.withSmm(smm);
        l1StateChanged();
    }

    /**
     * L1's MAXPHYADDR (its CPUID 0x80000008 EAX[7:0]), 36..52; 46 by default. Takes effect at the next
     * {@link #vmEntry}: it bounds valid EPTPs and sets the reserved bits 51:MAXPHYADDR of every EPT entry.
     *
     * @throws IllegalArgumentException outside 36..52
     */
    public void setMaxPhyAddr(int bits) {
        l1State = l1State.withMaxPhyAddr(bits);
        l1StateChanged();
    }

    /** {@code kvm_mmu_reset_context} in L1: L1's context follows its control registers at once. */
    private void l1StateChanged() {
        if (!inL2) {
            initL1Context();
        }
    }

    private void initL1Context() {
        boolean reconfigured = l1Context.initTdpMmu(MmuRoles.calcTdpRole(l1State), l1State, HOST_PHYS_BITS,
                roleCaching);
        if (reconfigured && trace != null) {
            trace.accept("L1 context re-initialised: " + describeChange(l1Context));
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Entry and exit

    /**
     * Nested VM entry into L2 with {@code eptp}: {@code nested_ept_init_mmu_context} and
     * {@code kvm_init_shadow_ept_mmu}.
     *
     * @return false, with no state changed, when L1's state forbids the entry or the EPTP is invalid (see the
     *         class comment)
     */
    public boolean vmEntry(long eptp) {
        String forbidden = vmxOperationForbidden(l1State);
        if (forbidden != null) {
            trace("vmEntry refused: " + forbidden);
            return false;
        }
        if (!isValidEptp(eptp, l1State)) {
            trace("vmEntry refused: invalid EPTP 0x" + Long.toHexString(eptp));
            return false;
        }
        if (inL2) {
            vmExit();
        }
        initL1Context();                        // L1's role must be current: the L2 role inherits it
        l1StateAtEntry = l1State;
        loadEptp(eptp, "vmEntry");
        inL2 = true;
        return true;
    }

    /**
     * Why L1 cannot be in VMX operation now, or null: VMXON and VM entry need CR0.PE, CR0.PG and CR4.VMXE set
     * (SDM Vol. 3, 24.8 and the fixed bits of A.7/A.8; KVM's {@code nested_vmx_check_permission} and
     * {@code nested_host_cr0_valid}), and KVM does not enter L2 from SMM (it leaves guest mode on an SMI,
     * {@code vmx_enter_smm}).
     */
    private static String vmxOperationForbidden(L1ControlState l1) {
        if (l1.smm()) {
            return "L1 is in SMM";
        }
        if (!l1.cr4Vmxe()) {
            return "CR4.VMXE is clear";
        }
        if (!l1.cr0Pe() || !l1.cr0Pg()) {
            return "CR0.PE or CR0.PG is clear";
        }
        return null;
    }

    /**
     * Switches the shadow-EPT context to {@code eptp}: {@code kvm_init_shadow_ept_mmu} with its role check and
     * {@code kvm_mmu_new_pgd} with the root cache. Shared by {@link #vmEntry} and {@link #vmfuncEptpSwitch}.
     */
    private void loadEptp(long eptp, String why) {
        boolean accessedDirty = EptPointerBits.accessedDirty(eptp);
        int rootLevel = walkLevels(eptp);
        long role = calcShadowEptRole(accessedDirty, rootLevel);

        RootCache.RootSource source = shadow.newRoot(eptp, MmuRoleBits.base(role), rootCaching);
        if (source == RootCache.RootSource.PREVIOUS_ROOTS) {
            rootCacheHits++;
        }
        boolean reconfigured = l2Context.initShadowEptMmu(role, l1StateAtEntry, accessedDirty, caps.executeOnly(),
                HOST_PHYS_BITS, roleCaching);
        if (reconfigured) {
            roleCacheMisses++;
        } else {
            roleCacheHits++;
        }
        this.eptp = eptp;
        l2AddressLimit = 1L << (PAGE_SHIFT + LEVEL_BITS * rootLevel);
        if (trace != null) {
            trace.accept(why + " eptp=0x" + Long.toHexString(eptp) + " root " + source + ", role "
                    + (reconfigured ? "miss: " + describeChange(l2Context) : "hit"));
        }
    }

    /** Nested VM exit to L1 ({@code nested_ept_uninit_mmu_context}): the L2 context and its roots are kept. */
    public void vmExit() {
        if (!inL2) {
            return;
        }
        inL2 = false;
        initL1Context();
        trace("vmExit");
    }

    /** {@code kvm_calc_shadow_ept_root_page_role}: the base role inherited from the L1 context's. */
    private long calcShadowEptRole(boolean accessedDirty, int rootLevel) {
        return roleCalculation.calc(MmuRoleBits.base(l1Context.role()), l1StateAtEntry, accessedDirty,
                caps.executeOnly(), rootLevel);
    }

    /**
     * SDM 24.6.11 and 26.2.1.1: the checks VM entry makes on the EPTP (KVM's {@code nested_vmx_check_eptp}):
     * memory type WB, or UC with {@link EptCapabilities#uncacheableEptp()}; walk length 4, or 5 with
     * {@link EptCapabilities#fiveLevel()}; A/D only with the capability; bits 11:7 and MAXPHYADDR and above clear.
     */
    private boolean isValidEptp(long eptp, L1ControlState l1) {
        int memoryType = EptPointerBits.memoryTypeCode(eptp);
        boolean memoryTypeOk = memoryType == EPT_MEMORY_TYPE_WB
                || memoryType == EPT_MEMORY_TYPE_UC && caps.uncacheableEptp();
        if (!memoryTypeOk) {
            return false;
        }
        int walkLength = EptPointerBits.walkLengthMinusOne(eptp);
        if (walkLength != EPT_WALK_LENGTH_4 && !(walkLength == EPT_WALK_LENGTH_5 && caps.fiveLevel())) {
            return false;
        }
        if (EptPointerBits.accessedDirty(eptp) && !caps.accessedDirty()) {
            return false;
        }
        if (EptPointerBits.reserved(eptp) != 0 || EptPointerBits.high(eptp) != 0) {
            return false;
        }
        long physicalAddress = EptPointerBits.pml4Frame(eptp) * 4096;
        return physicalAddress < (1L << l1.maxPhyAddr());
    }

    /** The levels of the walk a valid EPTP asks for: 4, or 5 ({@code vmx_eptp_page_walk_level}). */
    private static int walkLevels(long eptp) {
        return EptPointerBits.walkLengthMinusOne(eptp) == EPT_WALK_LENGTH_5
                ? MmuRoles.PT64_ROOT_5LEVEL : MmuRoles.PT64_ROOT_4LEVEL;
    }

    // -------------------------------------------------------------------------------------------------------------
    // EPTP switching (VMFUNC leaf 0)

    /**
     * L1's EPTP-list address (the VMCS field): a page of {@value #VMFUNC_EPTP_ENTRIES} EPTPs that L2 may switch
     * among with {@link #vmfuncEptpSwitch}. Read at each VMFUNC, like any L1 memory.
     *
     * @param listGpa a 4 KiB-aligned L1 address, or -1 for none
     * @throws IllegalArgumentException when {@code listGpa} is neither -1 nor a non-negative multiple of 4096
     *                                  (VM entry would fail on such a VMCS, SDM 26.2.1.1)
     */
    public void setEptpList(long listGpa) {
        if (listGpa != NO_EPTP_LIST && (listGpa < 0 || listGpa % GuestMemory.PAGE_SIZE != 0)) {
            throw new IllegalArgumentException("the EPTP list address 0x" + Long.toHexString(listGpa)
                    + " must be -1 or a non-negative multiple of 4096");
        }
        eptpList = listGpa;
    }

    /**
     * L2 executes VMFUNC with EAX = 0 (EPTP switching) and ECX = {@code index}: KVM's {@code handle_vmfunc} and
     * {@code nested_vmx_eptp_switching}. With {@link EptCapabilities#eptpSwitching()}, an EPTP list set,
     * {@code index} in 0..511 and a valid EPTP at {@code list + 8 * index}, L2 goes on with that EPTP and no VM
     * exit: the root comes from the root cache and the role cache is consulted exactly as at {@link #vmEntry}
     * (and counted in the same statistics), with L1's state as at that entry. Switching to the EPTP in use
     * changes nothing. Otherwise the VMFUNC exits to L1, as {@link #vmExit} does, and nothing else changes.
     *
     * @return true: L2 continues with the new EPTP; false: exited to L1
     * @throws IllegalStateException when not in L2
     */
    public boolean vmfuncEptpSwitch(int index) {
        if (!inL2) {
            throw new IllegalStateException("VMFUNC EPTP switching needs a vCPU in L2: call vmEntry first");
        }
        String failure = null;
        long newEptp = 0;
        if (!caps.eptpSwitching()) {
            failure = "EPTP switching is not supported";
        } else if (eptpList == NO_EPTP_LIST) {
            failure = "no EPTP list";
        } else if (index < 0 || index >= VMFUNC_EPTP_ENTRIES) {
            failure = "index " + Integer.toUnsignedString(index) + " is not below " + VMFUNC_EPTP_ENTRIES;
        } else if (!memory.contains(eptpList + 8L * index, 8)) {
            failure = "the EPTP list page 0x" + Long.toHexString(eptpList) + " is outside L1 memory";
        } else {
            newEptp = memory.readLong(eptpList + 8L * index);
            if (newEptp != eptp && !isValidEptp(newEptp, l1StateAtEntry)) {
                failure = "invalid EPTP 0x" + Long.toHexString(newEptp) + " at index " + index;
            }
        }
        if (failure != null) {
            trace("vmfunc " + Integer.toUnsignedString(index) + " exits to L1: " + failure);
            vmExit();
            return false;
        }
        if (newEptp != eptp) {
            // Mainline since 5.14 ("use fast PGD switch when emulating VMFUNC[EPTP_SWITCH]"): the root cache, as
            // at VM entry. 4.20 called kvm_mmu_unload here, dropping every root on each switch.
            loadEptp(newEptp, "vmfunc " + index);
        }
        return true;
    }

    // -------------------------------------------------------------------------------------------------------------
    // Accesses

    /** As {@link #accessL2(long, Access, AccessOrigin)} by guest-physical address. */
    public AccessResult accessL2(long l2Gpa, Access access) {
        return accessL2(l2Gpa, access, AccessOrigin.GUEST_PHYSICAL);
    }

    /**
     * L2 touches {@code l2Gpa}: the architectural result (see the class comment). Served from the shadow tables
     * when they translate it; else the guest's tables are walked, and a successful translation is installed.
     *
     * @param origin exit-qualification bits 7 and 8 of a violation; with the EPTP's A/D flag on, a
     *               {@link AccessOrigin#LINEAR_PAGING_STRUCTURE} access is a write (SDM 29.3.3.2)
     * @throws IllegalStateException    when not in L2 (before {@link #vmEntry} or after {@link #vmExit})
     * @throws IllegalArgumentException when {@code l2Gpa} is outside [0, 2^48), or [0, 2^57) with a five-level
     *                                  EPTP
     */
    public AccessResult accessL2(long l2Gpa, Access access, AccessOrigin origin) {
        if (!inL2 || l2Gpa < 0 || l2Gpa >= l2AddressLimit || access == null || origin == null) {
            throw badAccess(l2Gpa, access, origin);
        }
        // The hardware's part: the shadow tables. Kept small so that it inlines into the caller, where a result
        // that does not escape costs no allocation.
        ShadowPage root = shadow.loadRoot();
        if (root != null) {
            Access asChecked = origin == AccessOrigin.LINEAR_PAGING_STRUCTURE && l2Context.eptAd()
                    ? Access.WRITE : access;
            long l1Gpa = shadow.translate(root, l2Gpa, asChecked);
            if (l1Gpa >= 0) {
                return new AccessResult(AccessResult.Kind.OK, l1Gpa, 0, true);
            }
        }
        return handleEptViolation(root, l2Gpa, access, origin);
    }

    private RuntimeException badAccess(long l2Gpa, Access access, AccessOrigin origin) {
        if (!inL2) {
            return new IllegalStateException("accessL2 needs a vCPU in L2: call vmEntry first");
        }
        if (access == null) {
            return new NullPointerException("access");
        }
        if (origin == null) {
            return new NullPointerException("origin");
        }
        return new IllegalArgumentException("L2 address 0x" + Long.toHexString(l2Gpa) + " is outside [0, 2^"
                + Long.numberOfTrailingZeros(l2AddressLimit) + ")");
    }

    /**
     * The shadow tables did not translate the access: L0's EPT-violation handler ({@code handle_ept_violation},
     * {@code FNAME(page_fault)}) walks L1's tables, then either installs the translation or reflects the fault.
     */
    private AccessResult handleEptViolation(ShadowPage root, long l2Gpa, Access access, AccessOrigin origin) {
        walker.walk(l2Context, eptp, l2Gpa, access, origin, walk);
        AccessResult result = switch (walk.status()) {
            case OK -> new AccessResult(AccessResult.Kind.OK, walk.l1Gpa(), 0, false);
            case VIOLATION -> new AccessResult(AccessResult.Kind.EPT_VIOLATION, 0, walk.exitQualification(), false);
            case MISCONFIG -> new AccessResult(AccessResult.Kind.EPT_MISCONFIG, 0, 0, false);
        };
        if (walk.status() != WalkResult.Status.OK) {
            faultsReflected++;
        } else if (root != null && shadow.install(root, walk, l2Gpa, l2Context)) {
            faultsFixed++;
        }
        if (trace != null) {
            trace.accept("fault " + access + " 0x" + Long.toHexString(l2Gpa) + " -> " + result.kind()
                    + (result.kind() == AccessResult.Kind.OK ? " 0x" + Long.toHexString(result.l1Gpa()) : "")
                    + (result.kind() == AccessResult.Kind.EPT_VIOLATION
                            ? " qual 0x" + Long.toHexString(result.exitQualification()) : ""));
        }
        return result;
    }

    /**
     * L1 executes INVEPT. Single-context drops the current and cached roots whose EPTP names the same root table
     * as {@code eptp}; all-context drops every root ({@code eptp} ignored). Dropped roots are rebuilt from the
     * guest's tables at the next access.
     */
    public void invept(InveptType type, long eptp) {
        Objects.requireNonNull(type, "type");
        int freed = type == InveptType.ALL_CONTEXT ? shadow.freeAllRoots() : shadow.invalidateContext(eptp);
        trace("invept " + type + " eptp=0x" + Long.toHexString(eptp) + ": " + freed + " root(s) dropped");
    }

    /** The counters since this vCPU was created. */
    public MmuStats stats() {
        return new MmuStats(roleCacheHits, roleCacheMisses, rootCacheHits, shadow.pagesCreated(),
                shadow.pagesZapped(), faultsFixed, faultsReflected, walker.walks());
    }

    // -------------------------------------------------------------------------------------------------------------
    // Extensions beyond the contract: configuration and inspection

    /**
     * Root caching on (default) or off. Off: every {@link #vmEntry} drops all roots and starts from an empty
     * shadow, as KVM did before it kept previous roots.
     */
    public void setRootCaching(boolean on) {
        rootCaching = on;
    }

    /**
     * KVM's {@code pte_prefetch} on or off (default off): after a fault installs a 4 KiB leaf, the neighbouring
     * empty entries of its aligned group of 8 are filled from the guest's page table where the guest entries are
     * valid and accessed, so that L2's next accesses to those pages come from the shadow tables. Results never
     * change; {@code fromShadow}, {@code guestWalks} and {@code faultsFixed} do.
     */
    public void setPtePrefetch(boolean on) {
        shadow.setPtePrefetch(on ? walkerTables : null);
    }

    /** Leaf entries {@code pte_prefetch} installed so far. */
    public long ptesPrefetched() {
        return shadow.ptesPrefetched();
    }

    /** Caps the live shadow pages (KVM's {@code n_max_mmu_pages}); at least 8. Default: 2% of L1's pages, >= 64. */
    public void setMaxShadowPages(int pages) {
        shadow.setMaxPages(pages);
    }

    public int maxShadowPages() {
        return shadow.maxPages();
    }

    /** Live shadow pages now. */
    public int shadowPageCount() {
        return shadow.livePages();
    }

    /**
     * Checks the shadow tables' invariants: every leaf inside L1 memory, links to live pages, page count under the
     * cap, no forbidden bits. Empty when all hold.
     */
    public List<String> auditShadow() {
        return shadow.audit(l2Context.shadowZeroCheck());
    }

    /** Receives a line per role change, root switch, fault, zap and INVEPT; null turns tracing off. */
    public void setTrace(Consumer<String> trace) {
        this.trace = trace;
        shadow.setTrace(trace);
    }

    /** The shadow-EPT context's cached role ({@code MmuRole} word, base masked as KVM caches it). */
    public long shadowEptRole() {
        return l2Context.role();
    }

    /** The L1 context's cached role. */
    public long l1Role() {
        return l1Context.role();
    }

    /** The fields that changed at the shadow-EPT context's last re-initialisation ({@code MmuRoleBits.diff}). */
    public String lastRoleChange() {
        return l2Context.lastRoleChange();
    }

    /** Whether the vCPU is in L2 (between {@link #vmEntry} and {@link #vmExit}). */
    public boolean inL2() {
        return inL2;
    }

    /** The shadow-EPT context, for tests and tools. */
    MmuContext shadowEptContext() {
        return l2Context;
    }

    /** Whether L1 stores to the page of {@code gpa} are write-tracked now (a shadow page shadows it). */
    public boolean isWriteTracked(long gpa) {
        return shadow.isWriteTracked(gpa);
    }

    private void trace(String line) {
        if (trace != null) {
            trace.accept(line);
        }
    }

    private static String describeChange(MmuContext context) {
        String diff = context.lastRoleChange();
        return diff.isEmpty() ? "(role unchanged, role caching off)" : diff;
    }

    /** The walker's view of L1 memory; A/D updates bypass write tracking. */
    private static final class MemoryTables implements GuestTables {
        private final GuestMemory memory;

        MemoryTables(GuestMemory memory) {
            this.memory = memory;
        }

        @Override
        public boolean contains(long gpa) {
            return memory.contains(gpa, 8);
        }

        @Override
        public long read(long gpa) {
            return memory.readLong(gpa);
        }

        @Override
        public void setFlags(long gpa, long flags) {
            memory.setFlagsUntracked(gpa, flags);
        }
    }
}
