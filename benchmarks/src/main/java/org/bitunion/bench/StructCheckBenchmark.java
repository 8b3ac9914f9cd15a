package org.bitunion.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.bench.net.HandWrittenPackets;
import org.bitunion.bench.net.IpHeaderBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Is the struct check what a generated {@code byte[]} read costs over {@link HandWrittenPackets}? Generated
 * accessors first check that the whole struct lies in the array ({@code Objects.checkIndex(offset, length - SIZE +
 * 1)}), so that a negative or too large offset is an {@code IndexOutOfBoundsException} and never a read of the
 * wrong bytes; the plain hand-written baseline relies on the JDK's check of the accessed bytes only (with
 * {@code offset = -8}, its {@code ttl} reads byte 0 without complaint). Each read here in three forms, one run:
 * generated; hand-written with exactly the generated check; hand-written with none.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StructCheckBenchmark {
    private static final int MEMORY = 4096;
    private static final int IP_HEADER_SIZE = 20;
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.BIG_ENDIAN);

    private final SplittableRandom random = new SplittableRandom(1981);
    byte[] bytes;
    int offset;

    @Setup(Level.Iteration)
    public void randomInputs() {
        bytes = new byte[MEMORY];
        random.nextBytes(bytes);
        offset = 64 * random.nextInt(MEMORY / 64 - 1);
        if (ihlGenerated() != ihlChecked() || ihlChecked() != ihlUnchecked()
                || ttlGenerated() != ttlChecked() || ttlChecked() != ttlUnchecked()
                || totLenGenerated() != totLenChecked() || totLenChecked() != totLenUnchecked()) {
            throw new AssertionError("the three forms must read the same values");
        }
    }

    @Benchmark
    public int ihlGenerated() {
        return IpHeaderBits.ihl(bytes, offset);
    }

    @Benchmark
    public int ihlChecked() {
        Objects.checkIndex(offset, bytes.length - IP_HEADER_SIZE + 1);
        return bytes[offset] & 0xf;
    }

    @Benchmark
    public int ihlUnchecked() {
        return HandWrittenPackets.ihl(bytes, offset);
    }

    @Benchmark
    public int ttlGenerated() {
        return IpHeaderBits.ttl(bytes, offset);
    }

    @Benchmark
    public int ttlChecked() {
        Objects.checkIndex(offset, bytes.length - IP_HEADER_SIZE + 1);
        return bytes[offset + 8] & 0xff;
    }

    @Benchmark
    public int ttlUnchecked() {
        return HandWrittenPackets.ttl(bytes, offset);
    }

    @Benchmark
    public int totLenGenerated() {
        return IpHeaderBits.totLen(bytes, offset);
    }

    @Benchmark
    public int totLenChecked() {
        Objects.checkIndex(offset, bytes.length - IP_HEADER_SIZE + 1);
        return (short) SHORT_BE.get(bytes, offset + 2) & 0xffff;
    }

    @Benchmark
    public int totLenUnchecked() {
        return HandWrittenPackets.totLen(bytes, offset);
    }
}
