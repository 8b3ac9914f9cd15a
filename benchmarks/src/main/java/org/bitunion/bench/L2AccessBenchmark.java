package org.bitunion.bench;

import java.util.concurrent.TimeUnit;
import org.bitunion.mmu.Access;
import org.bitunion.mmu.AccessResult;
import org.bitunion.mmu.NestedVcpu;
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
 * One L2 access: one the shadow tables already translate, and one that walks the guest's four-level EPT tables
 * (its leaf points past L1's memory, so it is translated but never shadowed). The facade returns a new
 * {@link AccessResult} record: returned to JMH it escapes and costs its 40 bytes; {@link #shadowHitAddressOnly}
 * shows the hit path itself allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class L2AccessBenchmark {
    private NestedVcpu vcpu;
    long mappedL2;
    long walkedL2;

    @Setup
    public void setUp() {
        NestedGuest guest = new NestedGuest();
        vcpu = guest.enteredVcpu(true);
        mappedL2 = NestedGuest.MAPPED_L2;
        walkedL2 = NestedGuest.ALWAYS_WALKED_L2;
    }

    @Benchmark
    public AccessResult shadowHit() {
        return vcpu.accessL2(mappedL2, Access.READ);
    }

    /**
     * The same hit, used as a caller typically does (look at the result, keep the address): the record does not
     * escape, so once {@code accessL2} is inlined the JIT removes its allocation.
     */
    @Benchmark
    public long shadowHitAddressOnly() {
        AccessResult result = vcpu.accessL2(mappedL2, Access.READ);
        return result.kind() == AccessResult.Kind.OK ? result.l1Gpa() : -1;
    }

    @Benchmark
    public AccessResult fourLevelGuestWalk() {
        return vcpu.accessL2(walkedL2, Access.READ);
    }
}
