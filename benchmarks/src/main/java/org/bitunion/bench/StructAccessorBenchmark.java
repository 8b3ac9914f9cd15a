package org.bitunion.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.bench.net.HandWrittenPackets;
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
 * Generated accessors of structs in memory against hand-written {@code VarHandle} / {@code ByteBuffer} code
 * ({@link HandWrittenPackets}), one pair per kind of field: a bit field ({@code iphdr.ihl}, 4 bits), a byte-aligned
 * field ({@code iphdr.ttl}), a big-endian field ({@code iphdr.tot_len}, {@code __be16}) and an array element
 * ({@code pi_desc.pir[i]}), each read and written over {@code byte[]} and over a {@code ByteBuffer} ({@code heap}
 * or {@code direct}). Offsets, values and indexes live in non-final fields re-randomised every iteration, so the
 * JIT cannot fold them; reads are returned so JMH consumes them, writes land in memory that escapes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StructAccessorBenchmark {
    private static final int MEMORY = 4096;

    @Param({"heap", "direct"})
    public String buffers;

    private final SplittableRandom random = new SplittableRandom(1981);

    byte[] bytes;
    ByteBuffer buffer;   // big-endian, the default order: the generated code takes it as it is
    ByteBuffer network;  // the hand-written code's big-endian view
    ByteBuffer host;     // and its little-endian view of the same memory
    int offset;
    int ihl;
    int ttl;
    int totLen;
    int pirIndex;
    int pirValue;

    @Setup(Level.Iteration)
    public void randomInputs() {
        bytes = new byte[MEMORY];
        random.nextBytes(bytes);
        buffer = "direct".equals(buffers) ? ByteBuffer.allocateDirect(MEMORY) : ByteBuffer.allocate(MEMORY);
        buffer.put(0, bytes, 0, MEMORY);
        network = buffer.duplicate().order(ByteOrder.BIG_ENDIAN);
        host = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        offset = 64 * random.nextInt(MEMORY / 64 - 1);
        ihl = random.nextInt(16);
        ttl = random.nextInt(256);
        totLen = random.nextInt(65536);
        pirIndex = random.nextInt(8);
        pirValue = random.nextInt();
        checkBaselineIsTheSameOperation();
    }

    /** Both sides must read the same values and write the same bytes, or the comparison means nothing. */
    private void checkBaselineIsTheSameOperation() {
        if (readBitFieldBytesGenerated() != readBitFieldBytesHandWritten()
                || readByteFieldBytesGenerated() != readByteFieldBytesHandWritten()
                || readBigEndianBytesGenerated() != readBigEndianBytesHandWritten()
                || readArrayElementBytesGenerated() != readArrayElementBytesHandWritten()
                || readBitFieldBufferGenerated() != readBitFieldBufferHandWritten()
                || readByteFieldBufferGenerated() != readByteFieldBufferHandWritten()
                || readBigEndianBufferGenerated() != readBigEndianBufferHandWritten()
                || readArrayElementBufferGenerated() != readArrayElementBufferHandWritten()) {
            throw new AssertionError("hand-written baseline reads differently from the generated accessors");
        }
        byte[] generated = bytes.clone();
        byte[] handWritten = bytes.clone();
        IpHeaderBits.setIhl(generated, offset, ihl);
        HandWrittenPackets.setIhl(handWritten, offset, ihl);
        IpHeaderBits.setTtl(generated, offset, ttl);
        HandWrittenPackets.setTtl(handWritten, offset, ttl);
        IpHeaderBits.setTotLen(generated, offset, totLen);
        HandWrittenPackets.setTotLen(handWritten, offset, totLen);
        PostedInterruptDescriptorBits.setPir(generated, offset, pirIndex, pirValue);
        HandWrittenPackets.setPir(handWritten, offset, pirIndex, pirValue);
        if (!Arrays.equals(generated, handWritten)) {
            throw new AssertionError("hand-written baseline writes differently from the generated accessors");
        }
    }

    // ---- byte[]: reads

    @Benchmark
    public int readBitFieldBytesGenerated() {
        return IpHeaderBits.ihl(bytes, offset);
    }

    @Benchmark
    public int readBitFieldBytesHandWritten() {
        return HandWrittenPackets.ihl(bytes, offset);
    }

    @Benchmark
    public int readByteFieldBytesGenerated() {
        return IpHeaderBits.ttl(bytes, offset);
    }

    @Benchmark
    public int readByteFieldBytesHandWritten() {
        return HandWrittenPackets.ttl(bytes, offset);
    }

    @Benchmark
    public int readBigEndianBytesGenerated() {
        return IpHeaderBits.totLen(bytes, offset);
    }

    @Benchmark
    public int readBigEndianBytesHandWritten() {
        return HandWrittenPackets.totLen(bytes, offset);
    }

    @Benchmark
    public int readArrayElementBytesGenerated() {
        return PostedInterruptDescriptorBits.pir(bytes, offset, pirIndex);
    }

    @Benchmark
    public int readArrayElementBytesHandWritten() {
        return HandWrittenPackets.pir(bytes, offset, pirIndex);
    }

    // ---- byte[]: writes

    @Benchmark
    public void writeBitFieldBytesGenerated() {
        IpHeaderBits.setIhl(bytes, offset, ihl);
    }

    @Benchmark
    public void writeBitFieldBytesHandWritten() {
        HandWrittenPackets.setIhl(bytes, offset, ihl);
    }

    @Benchmark
    public void writeByteFieldBytesGenerated() {
        IpHeaderBits.setTtl(bytes, offset, ttl);
    }

    @Benchmark
    public void writeByteFieldBytesHandWritten() {
        HandWrittenPackets.setTtl(bytes, offset, ttl);
    }

    @Benchmark
    public void writeBigEndianBytesGenerated() {
        IpHeaderBits.setTotLen(bytes, offset, totLen);
    }

    @Benchmark
    public void writeBigEndianBytesHandWritten() {
        HandWrittenPackets.setTotLen(bytes, offset, totLen);
    }

    @Benchmark
    public void writeArrayElementBytesGenerated() {
        PostedInterruptDescriptorBits.setPir(bytes, offset, pirIndex, pirValue);
    }

    @Benchmark
    public void writeArrayElementBytesHandWritten() {
        HandWrittenPackets.setPir(bytes, offset, pirIndex, pirValue);
    }

    // ---- ByteBuffer: reads

    @Benchmark
    public int readBitFieldBufferGenerated() {
        return IpHeaderBits.ihl(buffer, offset);
    }

    @Benchmark
    public int readBitFieldBufferHandWritten() {
        return HandWrittenPackets.ihl(network, offset);
    }

    @Benchmark
    public int readByteFieldBufferGenerated() {
        return IpHeaderBits.ttl(buffer, offset);
    }

    @Benchmark
    public int readByteFieldBufferHandWritten() {
        return HandWrittenPackets.ttl(network, offset);
    }

    @Benchmark
    public int readBigEndianBufferGenerated() {
        return IpHeaderBits.totLen(buffer, offset);
    }

    @Benchmark
    public int readBigEndianBufferHandWritten() {
        return HandWrittenPackets.totLen(network, offset);
    }

    @Benchmark
    public int readArrayElementBufferGenerated() {
        return PostedInterruptDescriptorBits.pir(buffer, offset, pirIndex);
    }

    @Benchmark
    public int readArrayElementBufferHandWritten() {
        return HandWrittenPackets.pir(host, offset, pirIndex);
    }

    // ---- ByteBuffer: writes

    @Benchmark
    public void writeBitFieldBufferGenerated() {
        IpHeaderBits.setIhl(buffer, offset, ihl);
    }

    @Benchmark
    public void writeBitFieldBufferHandWritten() {
        HandWrittenPackets.setIhl(network, offset, ihl);
    }

    @Benchmark
    public void writeByteFieldBufferGenerated() {
        IpHeaderBits.setTtl(buffer, offset, ttl);
    }

    @Benchmark
    public void writeByteFieldBufferHandWritten() {
        HandWrittenPackets.setTtl(network, offset, ttl);
    }

    @Benchmark
    public void writeBigEndianBufferGenerated() {
        IpHeaderBits.setTotLen(buffer, offset, totLen);
    }

    @Benchmark
    public void writeBigEndianBufferHandWritten() {
        HandWrittenPackets.setTotLen(network, offset, totLen);
    }

    @Benchmark
    public void writeArrayElementBufferGenerated() {
        PostedInterruptDescriptorBits.setPir(buffer, offset, pirIndex, pirValue);
    }

    @Benchmark
    public void writeArrayElementBufferHandWritten() {
        HandWrittenPackets.setPir(host, offset, pirIndex, pirValue);
    }
}
