package org.bitunion.bench;

import java.util.concurrent.TimeUnit;
import org.bitunion.mmu.NestedVcpu;
import org.bitunion.mmu.context.L1ControlState;
import org.bitunion.mmu.context.MmuContext;
import org.bitunion.mmu.context.MmuRoles;
import org.bitunion.mmu.types.MmuRoleBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What role caching buys. {@code initShadowEptMmu*} is {@code kvm_init_shadow_ept_mmu} alone: the role compare
 * that finds the cached context still valid, against the full reconfiguration (permission bitmask, PKRU mask,
 * reserved-bit masks, bad memory-type table, shadow zero bits) that runs without the cache. {@code vmEntry*} and
 * {@code roundTrip*} are the whole nested transitions through the facade, with role caching on and off.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RoleCacheBenchmark {
    private L1ControlState l1;
    private long role;
    private MmuContext context;
    private NestedGuest guest;
    private NestedVcpu cached;
    private NestedVcpu uncached;

    @Setup
    public void setUp() {
        l1 = L1ControlState.typical64Bit();
        long l1Role = MmuRoles.calcTdpRole(l1);
        role = MmuRoles.calcShadowEptRole(MmuRoleBits.base(l1Role), l1, false, true, MmuRoles.PT64_ROOT_4LEVEL);
        context = new MmuContext("shadow EPT");
        context.initShadowEptMmu(role, l1, false, true, 46, true);
        guest = new NestedGuest();
        cached = guest.enteredVcpu(true);
        uncached = guest.enteredVcpu(false);
    }

    @Benchmark
    public boolean initShadowEptMmuRoleCacheHit() {
        return context.initShadowEptMmu(role, l1, false, true, 46, true);
    }

    @Benchmark
    public boolean initShadowEptMmuFullReconfiguration() {
        return context.initShadowEptMmu(role, l1, false, true, 46, false);
    }

    /** A nested VM entry with the role unchanged (in L2 already, so it is an exit and an entry). */
    @Benchmark
    public boolean vmEntryRoleCacheHit() {
        return cached.vmEntry(guest.eptp);
    }

    @Benchmark
    public boolean vmEntryRoleCacheOff() {
        return uncached.vmEntry(guest.eptp);
    }

    /** L2 -> L1 -> L2, as every exit of a {@code cpuid} loop in L2 causes. */
    @Benchmark
    public boolean roundTripRoleCacheOn() {
        cached.vmExit();
        return cached.vmEntry(guest.eptp);
    }

    @Benchmark
    public boolean roundTripRoleCacheOff() {
        uncached.vmExit();
        return uncached.vmEntry(guest.eptp);
    }
}
