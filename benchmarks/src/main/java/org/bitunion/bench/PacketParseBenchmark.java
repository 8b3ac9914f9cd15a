package org.bitunion.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.bitunion.bench.net.GeneratedPackets;
import org.bitunion.bench.net.HandWrittenPackets;
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
 * Parsing an IPv4 + TCP header from a {@code byte[]} packet, every field read: generated accessors
 * ({@link GeneratedPackets}) against hand-written {@code VarHandle} code ({@link HandWrittenPackets#parse}).
 * The packet's bytes and the header's offset change every iteration.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PacketParseBenchmark {
    private final SplittableRandom random = new SplittableRandom(791);

    byte[] packet;
    int ipOffset;

    @Setup(Level.Iteration)
    public void randomPacket() {
        packet = new byte[1514];
        random.nextBytes(packet);
        ipOffset = 14 + random.nextInt(4) * 4; // after an Ethernet header, maybe VLAN tags
        if (parseGenerated() != parseHandWritten()) {
            throw new AssertionError("hand-written parser disagrees with the generated accessors");
        }
    }

    @Benchmark
    public long parseGenerated() {
        return GeneratedPackets.parse(packet, ipOffset);
    }

    @Benchmark
    public long parseHandWritten() {
        return HandWrittenPackets.parse(packet, ipOffset);
    }
}
