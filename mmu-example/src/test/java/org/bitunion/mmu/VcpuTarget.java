package org.bitunion.mmu;

import java.util.List;

/**
 * {@link NestedVcpu}, the MMU under test, as a fuzz target, with the invariants only it can break:
 * <ul>
 *   <li>a result {@code fromShadow} did not walk the guest's tables ({@code guestWalks} unchanged) and, when it
 *       translated, reached an address inside {@code GuestMemory};</li>
 *   <li>no L2 write is served from a shadow entry onto a write-tracked page (a guest EPT table): KVM makes such
 *       sptes read-only ({@code mmu_need_write_protect}, and splits large pages over them), so an L2 store to
 *       its own EPT tables always traps and is seen by write tracking;</li>
 *   <li>the live shadow-page count equals {@code shadowPagesCreated - shadowPagesZapped} and never exceeds the
 *       vCPU's cap ({@link NestedVcpu#maxShadowPages()}, KVM's {@code n_max_mmu_pages});</li>
 *   <li>every {@value #AUDIT_INTERVAL} operations, the MMU's own audit of its shadow tables
 *       ({@link NestedVcpu#auditShadow()}: no shadow leaf outside {@code GuestMemory}, links to live pages, no
 *       forbidden bits) is clean.</li>
 * </ul>
 */
final class VcpuTarget extends ForwardingTarget {
    private final NestedVcpu vcpu;
    private final GuestMemory memory;
    static final int AUDIT_INTERVAL = 16;

    private MmuStats before;
    private long operations;
    private long maxLiveShadowPages;

    VcpuTarget(String name, NestedVcpu vcpu, GuestMemory memory) {
        super(name, VcpuFacade.of(vcpu, memory));
        this.vcpu = vcpu;
        this.memory = memory;
        this.before = vcpu.stats();
    }

    /** A factory for {@code NestedVcpu} with role caching on or off and, for the mutation check, a defect. */
    static FuzzTarget.Factory factory(boolean roleCaching, RoleDefect defect) {
        return factory(roleCaching, defect, 0);
    }

    /**
     * As {@link #factory(boolean, RoleDefect)}, with the shadow-page cap lowered to {@code maxShadowPages} (0: the
     * default) so that eviction and zapping run all the time.
     */
    static FuzzTarget.Factory factory(boolean roleCaching, RoleDefect defect, int maxShadowPages) {
        return factory(roleCaching, defect, maxShadowPages, false);
    }

    /** As {@link #factory(boolean, RoleDefect, int)}, with KVM's {@code pte_prefetch} on or off. */
    static FuzzTarget.Factory factory(boolean roleCaching, RoleDefect defect, int maxShadowPages,
                                      boolean ptePrefetch) {
        String name = "NestedVcpu(roleCaching=" + roleCaching
                + (defect == RoleDefect.NONE ? "" : ", " + defect)
                + (maxShadowPages == 0 ? "" : ", maxShadowPages=" + maxShadowPages)
                + (ptePrefetch ? ", ptePrefetch" : "") + ")";
        return new FuzzTarget.Factory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FuzzTarget create(GuestMemory memory, EptCapabilities caps) {
                NestedVcpu vcpu = new NestedVcpu(memory, caps, roleCaching, defect.calculation());
                if (maxShadowPages != 0) {
                    vcpu.setMaxShadowPages(maxShadowPages);
                }
                vcpu.setPtePrefetch(ptePrefetch);
                return new VcpuTarget(name, vcpu, memory);
            }
        };
    }

    @Override
    public String checkInvariants(FuzzOp op, AccessResult result) {
        MmuStats after = vcpu.stats();
        MmuStats previous = before;
        before = after;
        if (result != null && result.fromShadow()) {
            if (after.guestWalks() != previous.guestWalks()) {
                return "fromShadow, but guestWalks went " + previous.guestWalks() + " -> " + after.guestWalks();
            }
            if (result.kind() == AccessResult.Kind.OK && !memory.contains(result.l1Gpa(), 1)) {
                return "a shadow entry maps " + FuzzOp.hex(result.l1Gpa()) + ", outside guest memory";
            }
            if (result.kind() == AccessResult.Kind.OK
                    && op instanceof FuzzOp.L2Access access && access.access() == Access.WRITE
                    && vcpu.isWriteTracked(result.l1Gpa())) {
                return "L2 wrote through a writable shadow entry to " + FuzzOp.hex(result.l1Gpa())
                        + ", a write-tracked EPT table page";
            }
        }
        long live = vcpu.shadowPageCount();
        maxLiveShadowPages = Math.max(maxLiveShadowPages, live);
        if (live != after.shadowPagesCreated() - after.shadowPagesZapped()) {
            return live + " live shadow pages, but created " + after.shadowPagesCreated() + " - zapped "
                    + after.shadowPagesZapped() + " = " + (after.shadowPagesCreated() - after.shadowPagesZapped());
        }
        if (live > vcpu.maxShadowPages()) {
            return live + " live shadow pages, over the cap of " + vcpu.maxShadowPages();
        }
        if (++operations % AUDIT_INTERVAL == 0) {
            List<String> problems = vcpu.auditShadow();
            if (!problems.isEmpty()) {
                return "shadow audit: " + problems;
            }
        }
        return null;
    }

    long maxLiveShadowPages() {
        return maxLiveShadowPages;
    }

    MmuStats stats() {
        return vcpu.stats();
    }
}
