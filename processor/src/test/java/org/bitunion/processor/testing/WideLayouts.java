package org.bitunion.processor.testing;

import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.bool;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.enumField;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.integer;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.longField;
import static org.bitunion.processor.testing.BitfieldSpec.FieldSpec.nested;

import java.util.List;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec;
import org.bitunion.processor.testing.BitfieldSpec.EnumSpec.Constant;

/**
 * Hand-written structs wider than 64 bits (CONTRACT.md section 4) with a known C twin, one per feature and its
 * edges: every field kind across storage-unit boundaries, signed fields of every width class, network-order
 * fields, arrays of each element kind, nested word unions and structs (and arrays of them), unions of alternatives
 * (in6_addr, pi_desc's control word), packed structs, and the largest struct. The GCC memory cross-check runs them.
 */
public final class WideLayouts {
    public static final String PKG = "gcc.wide";

    public static final EnumSpec MODE = new EnumSpec("Mode", List.of(
            new Constant("OFF", 0), new Constant("READ", 1), new Constant("WRITE", 2), new Constant("BOTH", 5)));

    /** Every field kind in a 128-bit struct: a long across bit 32, an int ending at bit 63, a whole long. */
    public static final BitfieldSpec BASIC = BitfieldSpec.of(PKG, "Basic", 128, List.of(
            bool("a"),
            integer("b", 7),
            longField("c", 40),
            enumField("mode", MODE),
            integer("d", 12).at(51),
            longField("e", 64).at(64)));

    /** Two whole ints, a whole long, an int in the third word and a flag in the very last bit. */
    public static final BitfieldSpec SPREAD = BitfieldSpec.of(PKG, "Spread", 192, List.of(
            integer("x", 32),
            integer("y", 32),
            longField("z", 64),
            integer("w", 20),
            bool("last").at(191)));

    /** {@code int x : w} and {@code long long x : w} of widths 1, 13, 32, 40 and 64, next to unsigned fields. */
    public static final BitfieldSpec SIGNED = BitfieldSpec.of(PKG, "Signed", 256, List.of(
            integer("one", 1).asSigned(),
            integer("off", 13).asSigned(),
            integer("plain", 3),
            integer("whole", 32).at(32).asSigned(),
            longField("forty", 40).asSigned(),
            integer("seven", 7).asSigned(),
            longField("full", 64).at(128).asSigned(),
            longField("unsignedTail", 64)));

    /** Signed edges: a 32-bit long, a 31-bit int, a 33-bit long, big-endian signed array elements and a __be64. */
    public static final BitfieldSpec SIGNED_EDGES = BitfieldSpec.of(PKG, "SignedEdges", 256, List.of(
            longField("l32", 32).asSigned(),
            integer("i31", 31).asSigned(),
            longField("l33", 33).at(64).asSigned(),
            integer("pair", 16).at(112).asSigned().asBigEndian().array(2),
            longField("be64", 64).at(192).asSigned().asBigEndian()));

    public static final BitfieldSpec FLAGS16 = BitfieldSpec.of(PKG, "Flags16", 16, List.of(
            integer("fragOffset", 13), bool("more"), bool("dont"), bool("evil")));

    public static final BitfieldSpec FLAGS32 = BitfieldSpec.of(PKG, "Flags32", 32, List.of(
            integer("version", 4), integer("trafficClass", 8), integer("flowLabel", 20)));

    /** {@code __be16}, {@code __be32}, {@code __be64}, a signed big-endian field, and plain ones around them. */
    public static final BitfieldSpec NETWORK_ORDER = BitfieldSpec.of(PKG, "NetworkOrder", 256, List.of(
            integer("tag", 8),
            integer("port", 16).at(16).asBigEndian(),
            integer("address", 32).asBigEndian(),
            longField("sequence", 64).asBigEndian(),
            integer("delta", 32).asSigned().asBigEndian(),
            integer("small", 16).asSigned().asBigEndian(),
            integer("after", 16),
            longField("wideValue", 32).at(192).asBigEndian()));

    /** Nested word unions stored in network order (a {@code scalar_storage_order("big-endian")} union). */
    public static final BitfieldSpec BIG_ENDIAN_NESTED = BitfieldSpec.of(PKG, "BigEndianNested", 96, List.of(
            nested("vtcFlow", FLAGS32).asBigEndian(),
            integer("ttl", 8),
            nested("fragment", FLAGS16).at(48).asBigEndian(),
            bool("flag"),
            nested("plainFragment", FLAGS16).at(80)));

    /** Arrays: nibbles and flags (one bitfield per element), {@code uint16_t[3]}, {@code uint64_t[2]}. */
    public static final BitfieldSpec ARRAYS = BitfieldSpec.of(PKG, "Arrays", 320, List.of(
            integer("nibbles", 4).array(6),
            bool("flags").array(5),
            integer("words", 16).at(32).array(3),
            integer("signedBytes", 8).asSigned().array(2),
            longField("quads", 64).at(128).array(2),
            nested("fragments", FLAGS16).array(3).at(256),
            integer("tail", 16)));

    /** {@code struct in6_addr}: a union of {@code __u8[16]}, {@code __be16[8]} and {@code __be32[4]}. */
    public static final BitfieldSpec IN6_ADDR = BitfieldSpec.unionOf(PKG, "In6Addr", 128, List.of(
            integer("addr8", 8).array(16),
            integer("addr16", 16).asBigEndian().array(8),
            integer("addr32", 32).asBigEndian().array(4)));

    /** {@code struct ipv6hdr}: a nibble pair, a byte array, {@code __be16}, and two nested unions of alternatives. */
    public static final BitfieldSpec IPV6_HEADER = BitfieldSpec.of(PKG, "Ipv6Header", 320, List.of(
            integer("priority", 4),
            integer("version", 4),
            integer("flowLbl", 8).array(3),
            integer("payloadLen", 16).asBigEndian(),
            integer("nexthdr", 8),
            integer("hopLimit", 8),
            nested("saddr", IN6_ADDR),
            nested("daddr", IN6_ADDR)));

    /** A long-mode system-segment descriptor (SDM Vol. 3 7.2.3): 128 bits of int fields. */
    public static final BitfieldSpec SYSTEM_DESCRIPTOR = BitfieldSpec.of(PKG, "SystemDescriptor", 128, List.of(
            integer("limitLow", 16),
            integer("baseLow", 16),
            integer("baseMid", 8),
            integer("type", 4),
            bool("s"),
            integer("dpl", 2),
            bool("p"),
            integer("limitHigh", 4),
            bool("avl"),
            bool("l"),
            bool("db"),
            bool("g"),
            integer("baseHigh", 8),
            integer("baseUpper", 32)));

    /** A nested word union, a nested struct, and an array of nested structs. */
    public static final BitfieldSpec NESTING = BitfieldSpec.of(PKG, "Nesting", 448, List.of(
            integer("kind", 4),
            nested("role", FLAGS32).at(32),
            nested("basic", BASIC),
            nested("descriptors", SYSTEM_DESCRIPTOR).array(2)));

    /** {@code pi_desc}'s control word: a union of the bitfields and the whole {@code u64 control}. */
    public static final BitfieldSpec PI_FIELDS = BitfieldSpec.of(PKG, "PiFields", 64, List.of(
            bool("on"), bool("sn"), integer("nv", 8).at(16), integer("ndst", 32).at(32)));

    public static final BitfieldSpec PI_CONTROL = BitfieldSpec.unionOf(PKG, "PiControl", 64, List.of(
            nested("flags", PI_FIELDS), longField("control", 64)));

    /** KVM's {@code struct pi_desc}: {@code u32 pir[8]}, the control union, reserved words up to 64 bytes. */
    public static final BitfieldSpec PI_DESC = BitfieldSpec.of(PKG, "PiDesc", 512, List.of(
            integer("pir", 32).array(8),
            nested("control", PI_CONTROL)));

    /** {@code __attribute__((packed))}: fields across 32- and 64-bit boundaries, a {@code __be16} at an odd byte. */
    public static final BitfieldSpec PACKED = BitfieldSpec.of(PKG, "Packed", 88, List.of(
            integer("a", 30),
            integer("b", 10),
            integer("port", 16).asBigEndian(),
            longField("c", 24),
            bool("d"),
            integer("e", 7))).asPacked(true);

    /** A packed struct inside a packed struct, at byte 1. */
    public static final BitfieldSpec PACKED_OUTER = BitfieldSpec.of(PKG, "PackedOuter", 104, List.of(
            integer("tag", 8),
            nested("inner", PACKED),
            bool("last"))).asPacked(true);

    /** A packed struct (alignment 1) inside an ordinary one, right after a byte. */
    public static final BitfieldSpec HOLDS_PACKED = BitfieldSpec.of(PKG, "HoldsPacked", 128, List.of(
            integer("tag", 8),
            nested("packed", PACKED),
            integer("tail", 32)));

    /** A wide union of alternatives whose members are a struct, a long and an array. */
    public static final BitfieldSpec ALTERNATIVES = BitfieldSpec.unionOf(PKG, "Alternatives", 192, List.of(
            nested("descriptor", SYSTEM_DESCRIPTOR),
            longField("raw", 64),
            integer("parts", 16).array(12),
            integer("high", 32).at(160)));

    /** 512 bytes: a long array, and an int ending at the last bit. */
    public static final BitfieldSpec LARGE = BitfieldSpec.of(PKG, "Large", 4096, List.of(
            bool("first"),
            longField("entries", 64).at(64).array(60),
            integer("last", 32).at(4064)));

    /** The largest struct CONTRACT.md allows: 65536 bits, a flag in its last bit. */
    public static final BitfieldSpec LARGEST = BitfieldSpec.of(PKG, "Largest", 65536, List.of(
            integer("first", 8),
            bool("last").at(65535)));

    /**
     * A packed struct of {@code long[]}s of 59-bit elements: some elements span nine bytes (sizes[0], offsets[1]),
     * the others eight, the last ending four bits before the struct does (its ninth byte would be past it).
     */
    public static final BitfieldSpec PACKED_LONGS = BitfieldSpec.of(PKG, "PackedLongs", 304, List.of(
            integer("tag", 6),
            longField("sizes", 59).array(2),
            longField("offsets", 59).asSigned().array(3))).asPacked(true);

    /** A word union with arrays (big-endian ports, signed nibbles), as the nested word of {@link #HOLDS_PORTS}. */
    public static final BitfieldSpec PORTS = BitfieldSpec.of(PKG, "Ports", 64, List.of(
            integer("port", 16).asBigEndian().array(2),
            integer("tag", 8),
            integer("nibble", 4).asSigned().array(3)));

    /** A struct nesting a word union with array fields: flattened indexed accessors ({@code portsPort}). */
    public static final BitfieldSpec HOLDS_PORTS = BitfieldSpec.of(PKG, "HoldsPorts", 128, List.of(
            integer("kind", 8),
            nested("ports", PORTS).at(64)));

    /** Every wide declaration (the word unions they nest are in {@link #WORDS}). */
    public static final List<BitfieldSpec> STRUCTS = List.of(BASIC, SPREAD, SIGNED, SIGNED_EDGES, NETWORK_ORDER, BIG_ENDIAN_NESTED,
            ARRAYS, IN6_ADDR, IPV6_HEADER, SYSTEM_DESCRIPTOR, NESTING, PI_DESC, PACKED, PACKED_OUTER, HOLDS_PACKED,
            ALTERNATIVES, LARGE, LARGEST, PACKED_LONGS, HOLDS_PORTS);

    /** A word union with network-order fields: their bytes are big-endian in the stored word. */
    public static final BitfieldSpec BIG_ENDIAN_WORD = BitfieldSpec.of(PKG, "BigEndianWord", 64, List.of(
            integer("address", 32).asBigEndian(),
            integer("port", 16).asSigned().asBigEndian(),
            integer("tag", 8),
            bool("flag")));

    /** {@code struct ether_addr}: {@code u8 octet[6]}, a 48-bit word union with an array. */
    public static final BitfieldSpec ETHER_ADDR = BitfieldSpec.of(PKG, "EtherAddr", 48, List.of(
            integer("octet", 8).array(6)));

    /** Arrays in a word: nibbles and flags (one bitfield per element), big-endian signed halves. */
    public static final BitfieldSpec WORD_ARRAYS = BitfieldSpec.of(PKG, "WordArrays", 64, List.of(
            integer("nibble", 4).array(6),
            bool("flags").array(4),
            integer("halves", 16).at(32).asSigned().asBigEndian().array(2)));

    /**
     * Word unions nested above, checked on their own (load/store and, for PiControl, a union of alternatives), one
     * with big-endian fields and three with arrays.
     */
    public static final List<BitfieldSpec> WORDS = List.of(FLAGS16, FLAGS32, PI_FIELDS, PI_CONTROL, BIG_ENDIAN_WORD,
            ETHER_ADDR, WORD_ARRAYS, PORTS);

    private WideLayouts() {}
}
