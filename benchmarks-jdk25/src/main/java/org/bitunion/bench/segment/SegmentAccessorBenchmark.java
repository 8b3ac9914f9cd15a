package org.bitunion.bench.segment;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.bench.net.IpHeaderBits;
import org.bitunion.bench.net.PostedInterruptDescriptorBits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code MemorySegment} accessors (generated because this module is compiled for Java 25) against
 * hand-written {@code MemorySegment.get/set(ValueLayout...)} code with the same checks, for the same four kinds of
 * field as {@code StructAccessorBenchmark}: a bit field ({@code iphdr.ihl}), a byte-aligned field
 * ({@code iphdr.ttl}), a big-endian field ({@code iphdr.tot_len}) and an array element ({@code pi_desc.pir[i]}),
 * over a heap segment and a native one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SegmentAccessorBenchmark {
    private static final int MEMORY = 4096;
    private static final ValueLayout.OfShort SHORT_BE =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt INT_LE = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    @Param({"heap", "native"})
    public String segments;

    private final SplittableRandom random = new SplittableRandom(2024);

    MemorySegment segment;
    long offset;
    int ihl;
    int ttl;
    int totLen;
    int pirIndex;
    int pirValue;

    @Setup(Level.Iteration)
    public void randomInputs() {
        byte[] bytes = new byte[MEMORY];
        random.nextBytes(bytes);
        segment = "native".equals(segments) ? Arena.ofAuto().allocate(MEMORY, 64) : MemorySegment.ofArray(new byte[MEMORY]);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, segment, 0, MEMORY);
        offset = 64L * random.nextInt(MEMORY / 64 - 1);
        ihl = random.nextInt(16);
        ttl = random.nextInt(256);
        totLen = random.nextInt(65536);
        pirIndex = random.nextInt(8);
        pirValue = random.nextInt();
        checkBaselineIsTheSameOperation();
    }

    private void checkBaselineIsTheSameOperation() {
        if (readBitFieldGenerated() != readBitFieldHandWritten()
                || readByteFieldGenerated() != readByteFieldHandWritten()
                || readBigEndianGenerated() != readBigEndianHandWritten()
                || readArrayElementGenerated() != readArrayElementHandWritten()) {
            throw new AssertionError("hand-written baseline reads differently from the generated accessors");
        }
        MemorySegment generated = MemorySegment.ofArray(segment.toArray(ValueLayout.JAVA_BYTE));
        MemorySegment handWritten = MemorySegment.ofArray(segment.toArray(ValueLayout.JAVA_BYTE));
        IpHeaderBits.setIhl(generated, offset, ihl);
        setIhl(handWritten, offset, ihl);
        IpHeaderBits.setTtl(generated, offset, ttl);
        setTtl(handWritten, offset, ttl);
        IpHeaderBits.setTotLen(generated, offset, totLen);
        setTotLen(handWritten, offset, totLen);
        PostedInterruptDescriptorBits.setPir(generated, offset, pirIndex, pirValue);
        setPir(handWritten, offset, pirIndex, pirValue);
        if (generated.mismatch(handWritten) != -1) {
            throw new AssertionError("hand-written baseline writes differently from the generated accessors");
        }
    }

    // ---- the hand-written baseline

    private static IllegalArgumentException outOfRange(String field, int value) {
        return new IllegalArgumentException(field + ": " + value + " out of range");
    }

    static int ihl(MemorySegment segment, long offset) {
        return segment.get(ValueLayout.JAVA_BYTE, offset) & 0xf;
    }

    static void setIhl(MemorySegment segment, long offset, int value) {
        if ((value & ~0xf) != 0) {
            throw outOfRange("ihl", value);
        }
        segment.set(ValueLayout.JAVA_BYTE, offset, (byte) ((segment.get(ValueLayout.JAVA_BYTE, offset) & 0xf0) | value));
    }

    static int ttl(MemorySegment segment, long offset) {
        return segment.get(ValueLayout.JAVA_BYTE, offset + 8) & 0xff;
    }

    static void setTtl(MemorySegment segment, long offset, int value) {
        if ((value & ~0xff) != 0) {
            throw outOfRange("ttl", value);
        }
        segment.set(ValueLayout.JAVA_BYTE, offset + 8, (byte) value);
    }

    static int totLen(MemorySegment segment, long offset) {
        return segment.get(SHORT_BE, offset + 2) & 0xffff;
    }

    static void setTotLen(MemorySegment segment, long offset, int value) {
        if ((value & ~0xffff) != 0) {
            throw outOfRange("totLen", value);
        }
        segment.set(SHORT_BE, offset + 2, (short) value);
    }

    static int pir(MemorySegment segment, long offset, int index) {
        Objects.checkIndex(index, 8);
        return segment.get(INT_LE, offset + 4L * index);
    }

    static void setPir(MemorySegment segment, long offset, int index, int value) {
        Objects.checkIndex(index, 8);
        segment.set(INT_LE, offset + 4L * index, value);
    }

    // ---- reads

    @Benchmark
    public int readBitFieldGenerated() {
        return IpHeaderBits.ihl(segment, offset);
    }

    @Benchmark
    public int readBitFieldHandWritten() {
        return ihl(segment, offset);
    }

    @Benchmark
    public int readByteFieldGenerated() {
        return IpHeaderBits.ttl(segment, offset);
    }

    @Benchmark
    public int readByteFieldHandWritten() {
        return ttl(segment, offset);
    }

    @Benchmark
    public int readBigEndianGenerated() {
        return IpHeaderBits.totLen(segment, offset);
    }

    @Benchmark
    public int readBigEndianHandWritten() {
        return totLen(segment, offset);
    }

    @Benchmark
    public int readArrayElementGenerated() {
        return PostedInterruptDescriptorBits.pir(segment, offset, pirIndex);
    }

    @Benchmark
    public int readArrayElementHandWritten() {
        return pir(segment, offset, pirIndex);
    }

    // ---- writes

    @Benchmark
    public void writeBitFieldGenerated() {
        IpHeaderBits.setIhl(segment, offset, ihl);
    }

    @Benchmark
    public void writeBitFieldHandWritten() {
        setIhl(segment, offset, ihl);
    }

    @Benchmark
    public void writeByteFieldGenerated() {
        IpHeaderBits.setTtl(segment, offset, ttl);
    }

    @Benchmark
    public void writeByteFieldHandWritten() {
        setTtl(segment, offset, ttl);
    }

    @Benchmark
    public void writeBigEndianGenerated() {
        IpHeaderBits.setTotLen(segment, offset, totLen);
    }

    @Benchmark
    public void writeBigEndianHandWritten() {
        setTotLen(segment, offset, totLen);
    }

    @Benchmark
    public void writeArrayElementGenerated() {
        PostedInterruptDescriptorBits.setPir(segment, offset, pirIndex, pirValue);
    }

    @Benchmark
    public void writeArrayElementHandWritten() {
        setPir(segment, offset, pirIndex, pirValue);
    }
}
