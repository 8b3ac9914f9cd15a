package org.bitunion.processor.testing;

import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.bool;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.integer;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.longField;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.nested;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitunion.processor.testing.BitfieldSpec.FieldSpec;

/**
 * Structs from the Linux UAPI headers, declared with bitunion as a user would (CONTRACT.md section 4), each with the
 * header and the C type gcc compiles it from. Field names are the C members' in camel case ({@code tot_len} is
 * {@code totLen}); where C has an anonymous union, the Java field is a nested {@code union = true} word union and
 * {@link Header#members} names the C member that covers its whole word.
 */
public final class LinuxHeaders {
    public static final String PKG = "linux.uapi";

    /** A declaration and its C twin: {@code #include <include>}, {@code cType s;}. */
    public record Header(BitfieldSpec spec, String include, String cType, Map<String, String> members) {
        /** The C member for a Java field name: an explicit entry, else the camel-case name in snake case. */
        public String cMember(String javaName) {
            String explicit = members.get(javaName);
            if (explicit != null) {
                return explicit;
            }
            StringBuilder out = new StringBuilder();
            for (char c : javaName.toCharArray()) {
                if (Character.isUpperCase(c)) {
                    out.append('_').append(Character.toLowerCase(c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** {@code struct iphdr}, {@code <linux/ip.h>}: 20 bytes, little-endian nibbles, network-order words. */
    public static final BitfieldSpec IPHDR = BitfieldSpec.of(PKG, "IpHeader", 160, List.of(
            integer("ihl", 4),
            integer("version", 4),
            integer("tos", 8),
            integer("totLen", 16).asBigEndian(),
            integer("id", 16).asBigEndian(),
            integer("fragOff", 16).asBigEndian(),
            integer("ttl", 8),
            integer("protocol", 8),
            integer("check", 16).asBigEndian(),
            integer("saddr", 32).asBigEndian(),
            integer("daddr", 32).asBigEndian()));

    /** {@code struct tcphdr}, {@code <linux/tcp.h>}: 20 bytes, the flags a {@code __u16} bitfield. */
    public static final BitfieldSpec TCPHDR = BitfieldSpec.of(PKG, "TcpHeader", 160, List.of(
            integer("source", 16).asBigEndian(),
            integer("dest", 16).asBigEndian(),
            integer("seq", 32).asBigEndian(),
            integer("ackSeq", 32).asBigEndian(),
            integer("res1", 4),
            integer("doff", 4),
            bool("fin"),
            bool("syn"),
            bool("rst"),
            bool("psh"),
            bool("ack"),
            bool("urg"),
            bool("ece"),
            bool("cwr"),
            integer("window", 16).asBigEndian(),
            integer("check", 16).asBigEndian(),
            integer("urgPtr", 16).asBigEndian()));

    /**
     * {@code struct ethhdr}, {@code <linux/if_ether.h>}: 14 bytes, two byte arrays and a {@code __be16}; packed, as
     * the header declares it.
     */
    public static final BitfieldSpec ETHHDR = BitfieldSpec.of(PKG, "EthHeader", 112, List.of(
            integer("hDest", 8).array(6),
            integer("hSource", 8).array(6),
            integer("hProto", 16).asBigEndian())).asPacked(true);

    /** {@code struct udphdr}, {@code <linux/udp.h>}: 8 bytes of {@code __be16}, so a word union. */
    public static final BitfieldSpec UDPHDR = BitfieldSpec.of(PKG, "UdpHeader", 64, List.of(
            integer("source", 16).asBigEndian(),
            integer("dest", 16).asBigEndian(),
            integer("len", 16).asBigEndian(),
            integer("check", 16).asBigEndian()));

    /** {@code struct bpf_insn}, {@code <linux/bpf.h>}: 64 bits, so a word union, with signed {@code off} and {@code imm}. */
    public static final BitfieldSpec BPF_INSN = BitfieldSpec.of(PKG, "BpfInsn", 64, List.of(
            integer("code", 8),
            integer("dstReg", 4),
            integer("srcReg", 4),
            integer("off", 16).asSigned(),
            integer("imm", 32).asSigned()));

    public static final BitfieldSpec SAMPLE_PERIOD = BitfieldSpec.unionOf(PKG, "SamplePeriod", 64, List.of(
            longField("samplePeriod", 64), longField("sampleFreq", 64)));

    public static final BitfieldSpec WAKEUP = BitfieldSpec.unionOf(PKG, "Wakeup", 32, List.of(
            integer("wakeupEvents", 32), integer("wakeupWatermark", 32)));

    public static final BitfieldSpec CONFIG1 = BitfieldSpec.unionOf(PKG, "Config1", 64, List.of(
            longField("bpAddr", 64), longField("kprobeFunc", 64), longField("uprobePath", 64),
            longField("config1", 64)));

    public static final BitfieldSpec CONFIG2 = BitfieldSpec.unionOf(PKG, "Config2", 64, List.of(
            longField("bpLen", 64), longField("kprobeAddr", 64), longField("probeOffset", 64),
            longField("config2", 64)));

    private static final String[] PERF_FLAGS = {
        "disabled", "inherit", "pinned", "exclusive", "excludeUser", "excludeKernel", "excludeHv", "excludeIdle",
        "mmap", "comm", "freq", "inheritStat", "enableOnExec", "task", "watermark"};

    private static final String[] PERF_FLAGS_AFTER_PRECISE_IP = {
        "mmapData", "sampleIdAll", "excludeHost", "excludeGuest", "excludeCallchainKernel", "excludeCallchainUser",
        "mmap2", "commExec", "useClockid", "contextSwitch", "writeBackward", "namespaces", "ksymbol", "bpfEvent",
        "auxOutput", "cgroup", "textPoke", "buildId", "inheritThread", "removeOnExec", "sigtrap"};

    /** {@code struct perf_event_attr}, {@code <linux/perf_event.h>}, all of it as this machine's header has it. */
    public static final BitfieldSpec PERF_EVENT_ATTR = perfEventAttr();

    private static BitfieldSpec perfEventAttr() {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                integer("type", 32),
                integer("size", 32),
                longField("config", 64),
                nested("sample", SAMPLE_PERIOD),
                longField("sampleType", 64),
                longField("readFormat", 64)));
        for (String flag : PERF_FLAGS) {
            fields.add(bool(flag));
        }
        fields.add(integer("preciseIp", 2));
        for (String flag : PERF_FLAGS_AFTER_PRECISE_IP) {
            fields.add(bool(flag));
        }
        fields.add(integer("reserved1", 26));
        fields.addAll(List.of(
                nested("wakeup", WAKEUP),
                integer("bpType", 32),
                nested("ext1", CONFIG1),
                nested("ext2", CONFIG2),
                longField("branchSampleType", 64),
                longField("sampleRegsUser", 64),
                integer("sampleStackUser", 32),
                integer("clockid", 32).asSigned(),
                longField("sampleRegsIntr", 64),
                integer("auxWatermark", 32),
                integer("sampleMaxStack", 16),
                integer("reserved2", 16),
                integer("auxSampleSize", 32),
                integer("reserved3", 32),
                longField("sigData", 64)));
        return BitfieldSpec.of(PKG, "PerfEventAttr", 1024, fields);
    }

    private static Map<String, String> members(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    public static final Header IP = new Header(IPHDR, "linux/ip.h", "struct iphdr", Map.of());
    public static final Header TCP = new Header(TCPHDR, "linux/tcp.h", "struct tcphdr", Map.of());
    public static final Header ETH = new Header(ETHHDR, "linux/if_ether.h", "struct ethhdr", Map.of());
    public static final Header UDP = new Header(UDPHDR, "linux/udp.h", "struct udphdr", Map.of());
    public static final Header BPF = new Header(BPF_INSN, "linux/bpf.h", "struct bpf_insn", Map.of());
    public static final Header PERF = new Header(PERF_EVENT_ATTR, "linux/perf_event.h", "struct perf_event_attr",
            members("sample", "sample_period", "wakeup", "wakeup_events", "ext1", "config1", "ext2", "config2",
                    "reserved1", "__reserved_1", "reserved2", "__reserved_2", "reserved3", "__reserved_3",
                    "mmap2", "mmap2"));

    public static final List<Header> ALL = List.of(ETH, IP, TCP, UDP, BPF, PERF);

    /** The declarations to compile: every header's struct and the unions it nests. */
    public static List<BitfieldSpec> specs() {
        return List.of(ETHHDR, IPHDR, TCPHDR, UDPHDR, BPF_INSN, PERF_EVENT_ATTR);
    }

    private LinuxHeaders() {}
}
