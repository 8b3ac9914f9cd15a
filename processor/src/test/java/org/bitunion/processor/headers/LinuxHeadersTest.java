package org.bitunion.processor.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.bitunion.processor.testing.BitfieldSpec;
import org.bitunion.processor.testing.CStructWriter;
import org.bitunion.processor.testing.CompiledClasses;
import org.bitunion.processor.testing.Gcc;
import org.bitunion.processor.testing.GccMemoryCrossCheck;
import org.bitunion.processor.testing.GeneratedStruct;
import org.bitunion.processor.testing.JavaDeclarationWriter;
import org.bitunion.processor.testing.LinuxHeaders;
import org.bitunion.processor.testing.ProcessorRun;
import org.junit.jupiter.api.Test;

/**
 * Real C structs, from the Linux UAPI headers this machine's C library ships: {@code struct iphdr}
 * ({@code <linux/ip.h>}), {@code struct tcphdr} ({@code <linux/tcp.h>}), {@code struct perf_event_attr} (all of
 * {@code <linux/perf_event.h>}'s), {@code struct bpf_insn} ({@code <linux/bpf.h>}) and the packed
 * {@code struct ethhdr} ({@code <linux/if_ether.h>}), declared with bitunion
 * ({@link LinuxHeaders}) and checked byte for byte against gcc compiling the real header: each member set by C
 * through the header's own type (big-endian members through a byte swap, as {@code htons} does) and by Java through
 * the generated accessors, from the same random bytes. Then the behaviour a user needs: an IPv4 + TCP packet built
 * with the setters, a {@code perf_event_attr} filled as perf does, a BPF program, each equal to what the same C
 * code writes with the real header ({@code src/test/resources/linux/uapi} holds the Java user code).
 *
 * <p>Without gcc on the PATH this test fails; {@code -Dbitunion.skipGcc=true} skips the gcc comparisons.
 */
class LinuxHeadersTest {
    @Test
    void theDeclarationsDescribeTheRealHeadersAsGccCompilesThem() throws Exception {
        // The oracle first: the test's byte model of each declaration against gcc on the real header.
        List<BitfieldSpec> specs = LinuxHeaders.specs();
        List<String> problems = GccMemoryCrossCheck.compareModel(specs, CStructWriter.headerProgram(LinuxHeaders.ALL));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void theGeneratedAccessorsWriteTheRealHeadersBytes() throws Exception {
        CompiledClasses classes = compile();
        List<GeneratedStruct> generated = new ArrayList<>();
        for (BitfieldSpec spec : LinuxHeaders.specs()) {
            generated.add(new GeneratedStruct(spec, classes));
        }
        List<String> problems = GccMemoryCrossCheck.compare(generated, CStructWriter.headerProgram(LinuxHeaders.ALL));
        assertTrue(problems.isEmpty(), () -> problems.size() + " disagreement(s) with gcc:\n"
                + String.join("\n", problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void anIpv4TcpPacketBuiltWithTheSettersHasTheRightBytesChecksumAndFields() throws Throwable {
        CompiledClasses classes = compile();
        Class<?> builder = classes.load("linux.uapi.PacketBuilder");
        byte[] packet = (byte[]) call(builder, "synAck", new Class<?>[] {int.class, int.class, int.class, int.class,
            int.class, int.class}, 0xc0a80001, 0x0a000002, 443, 51000, 0x12345678, 0x9abcdef0);

        assertEquals("4500" + "0028" + "1c46" + "4000" + "4006" + "53df" + "c0a80001" + "0a000002"
                + "01bb" + "c738" + "12345678" + "9abcdef0" + "50" + "12" + "ffff" + "0000" + "0000",
                HexFormat.of().formatHex(packet));
        assertEquals(0xffff, onesComplementSum(packet, 0, 20), "the IPv4 header checksum verifies");
        assertEquals("version=4 ihl=5 tos=0 totLen=40 id=0x1c46 fragOff=0x4000 ttl=64 protocol=6 check=0x53df"
                + " saddr=0xc0a80001 daddr=0xa000002 | source=443 dest=51000 seq=0x12345678 ackSeq=0x9abcdef0"
                + " doff=5 res1=0 fin=false syn=true rst=false psh=false ack=true urg=false ece=false cwr=false"
                + " window=65535 check=0 urgPtr=0",
                call(builder, "describe", new Class<?>[] {byte[].class}, (Object) packet));
        assertEquals(gccBytes("packet", """
                static unsigned short csum(const unsigned char *p, int n) {
                    unsigned int sum = 0;
                    for (int i = 0; i < n; i += 2) sum += (p[i] << 8) | p[i + 1];
                    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
                    return ~sum & 0xffff;
                }
                static void run(void) {
                    unsigned char packet[sizeof(struct iphdr) + sizeof(struct tcphdr)];
                    memset(packet, 0, sizeof packet);
                    struct iphdr *ip = (struct iphdr *) packet;
                    ip->version = 4; ip->ihl = 5; ip->tos = 0; ip->tot_len = __builtin_bswap16(sizeof packet);
                    ip->id = __builtin_bswap16(0x1c46); ip->frag_off = __builtin_bswap16(0x4000);
                    ip->ttl = 64; ip->protocol = 6;
                    ip->saddr = __builtin_bswap32(0xc0a80001); ip->daddr = __builtin_bswap32(0x0a000002);
                    ip->check = 0; ip->check = __builtin_bswap16(csum(packet, sizeof(struct iphdr)));
                    struct tcphdr *tcp = (struct tcphdr *) (packet + sizeof(struct iphdr));
                    tcp->source = __builtin_bswap16(443); tcp->dest = __builtin_bswap16(51000);
                    tcp->seq = __builtin_bswap32(0x12345678); tcp->ack_seq = __builtin_bswap32(0x9abcdef0);
                    tcp->doff = 5; tcp->syn = 1; tcp->ack = 1; tcp->window = __builtin_bswap16(0xffff);
                    dump("packet", packet, sizeof packet);
                }
                """), HexFormat.of().formatHex(packet), "the same packet built in C with the real headers");
    }

    @Test
    void aPerfEventAttrFilledAsPerfDoesHasTheBytesGccWritesForTheSameInitialisation() throws Throwable {
        CompiledClasses classes = compile();
        Class<?> perf = classes.load("linux.uapi.PerfEvents");
        byte[] attr = (byte[]) call(perf, "instructionsSampler", new Class<?>[0]);
        assertEquals(128, attr.length, "PERF_ATTR_SIZE_VER8: sizeof(struct perf_event_attr) on this header");
        assertEquals(gccBytes("attr", """
                static void run(void) {
                    struct perf_event_attr attr;
                    memset(&attr, 0, sizeof attr);
                    attr.type = PERF_TYPE_HARDWARE;
                    attr.size = sizeof attr;
                    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
                    attr.sample_period = 100000;
                    attr.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
                    attr.disabled = 1;
                    attr.exclude_kernel = 1;
                    attr.exclude_hv = 1;
                    attr.precise_ip = 2;
                    attr.wakeup_events = 16;
                    attr.clockid = -1;
                    attr.sample_max_stack = 127;
                    dump("attr", &attr, sizeof attr);
                }
                """), HexFormat.of().formatHex(attr));
        assertEquals("type=0 size=128 config=1 samplePeriod=100000 sampleType=3 disabled=true excludeUser=false"
                + " excludeKernel=true excludeHv=true preciseIp=2 wakeupEvents=16 clockid=-1 sampleMaxStack=127",
                call(perf, "describe", new Class<?>[] {byte[].class}, (Object) attr));
    }

    @Test
    void aBpfProgramStoredWordByWordHasTheBytesOfTheSameCInitialiser() throws Throwable {
        CompiledClasses classes = compile();
        Class<?> bpf = classes.load("linux.uapi.BpfProgram");
        byte[] program = (byte[]) call(bpf, "program", new Class<?>[0]);
        assertEquals(gccBytes("program", """
                static void run(void) {
                    struct bpf_insn program[] = {
                        { .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = -1 },
                        { .code = BPF_JMP | BPF_JEQ | BPF_K, .dst_reg = BPF_REG_1, .off = -2 },
                        { .code = BPF_JMP | BPF_EXIT },
                    };
                    dump("program", program, sizeof program);
                }
                """), HexFormat.of().formatHex(program));
        assertEquals("code=0xb7 dst=0 src=0 off=0 imm=-1; code=0x15 dst=1 src=0 off=-2 imm=0;"
                + " code=0x95 dst=0 src=0 off=0 imm=0", call(bpf, "describe", new Class<?>[] {byte[].class},
                (Object) program));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static CompiledClasses compiled;

    /** The declarations and the user code, compiled once for all tests of the class. */
    private static synchronized CompiledClasses compile() {
        if (compiled != null) {
            return compiled;
        }
        List<JavaFileObject> files = new ArrayList<>();
        for (BitfieldSpec spec : ProcessorRun.withNestedTypes(LinuxHeaders.specs())) {
            files.add(JavaDeclarationWriter.file(spec));
        }
        for (String user : List.of("PacketBuilder", "PerfEvents", "BpfProgram")) {
            files.add(JavaFileObjects.forResource("linux/uapi/" + user + ".java"));
        }
        Compilation compilation = ProcessorRun.compileFiles(files);
        assertEquals(Compilation.Status.SUCCESS, compilation.status(),
                () -> "the declarations and user code did not compile:\n"
                        + ProcessorRun.describeDiagnostics(compilation));
        compiled = new CompiledClasses(compilation);
        return compiled;
    }

    private static Object call(Class<?> type, String method, Class<?>[] parameters, Object... args)
            throws Throwable {
        try {
            return type.getMethod(method, parameters).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Runs {@code run()} of a C snippet compiled with the four real headers; returns the hex it dumped. */
    private static String gccBytes(String key, String snippet) throws Exception {
        String program = """
                #include <stdio.h>
                #include <string.h>
                #include <linux/ip.h>
                #include <linux/tcp.h>
                #include <linux/perf_event.h>
                #include <linux/bpf.h>
                static void dump(const char *key, const void *p, size_t n) {
                    const unsigned char *b = p;
                    printf("%s ", key);
                    for (size_t i = 0; i < n; i++) printf("%02x", b[i]);
                    printf("\\n");
                }
                """ + snippet + "int main(void) { run(); return 0; }\n";
        Map<String, String> lines = Gcc.runProgramLines(program);
        return lines.get(key);
    }

    private static int onesComplementSum(byte[] bytes, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += ((bytes[offset + i] & 0xff) << 8) | (bytes[offset + i + 1] & 0xff);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return sum;
    }
}
