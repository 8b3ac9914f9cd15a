package linux.uapi;

/**
 * User code: builds the IPv4 and TCP headers of a SYN-ACK in a {@code byte[]} with the generated setters, the way a
 * packet tool would, and reads them back with the getters. Compiled by {@code LinuxHeadersTest} together with the
 * {@code IpHeader} and {@code TcpHeader} declarations.
 */
public final class PacketBuilder {
    public static final int IP = 0;
    public static final int TCP = IpHeaderBits.SIZE;

    private PacketBuilder() {}

    public static byte[] synAck(int saddr, int daddr, int sport, int dport, int seq, int ackSeq) {
        byte[] packet = new byte[IpHeaderBits.SIZE + TcpHeaderBits.SIZE];
        IpHeaderBits.setVersion(packet, IP, 4);
        IpHeaderBits.setIhl(packet, IP, IpHeaderBits.SIZE / 4);
        IpHeaderBits.setTos(packet, IP, 0);
        IpHeaderBits.setTotLen(packet, IP, packet.length);
        IpHeaderBits.setId(packet, IP, 0x1c46);
        IpHeaderBits.setFragOff(packet, IP, 0x4000); // don't fragment
        IpHeaderBits.setTtl(packet, IP, 64);
        IpHeaderBits.setProtocol(packet, IP, 6); // IPPROTO_TCP
        IpHeaderBits.setSaddr(packet, IP, saddr);
        IpHeaderBits.setDaddr(packet, IP, daddr);
        IpHeaderBits.setCheck(packet, IP, 0);
        IpHeaderBits.setCheck(packet, IP, checksum(packet, IP, IpHeaderBits.SIZE));

        TcpHeaderBits.setSource(packet, TCP, sport);
        TcpHeaderBits.setDest(packet, TCP, dport);
        TcpHeaderBits.setSeq(packet, TCP, seq);
        TcpHeaderBits.setAckSeq(packet, TCP, ackSeq);
        TcpHeaderBits.setDoff(packet, TCP, TcpHeaderBits.SIZE / 4);
        TcpHeaderBits.setSyn(packet, TCP, true);
        TcpHeaderBits.setAck(packet, TCP, true);
        TcpHeaderBits.setWindow(packet, TCP, 0xffff);
        return packet;
    }

    /** RFC 1071: the one's complement of the one's complement sum of the 16-bit words, in network order. */
    public static int checksum(byte[] bytes, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 2) {
            sum += ((bytes[offset + i] & 0xff) << 8) | (bytes[offset + i + 1] & 0xff);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return ~sum & 0xffff;
    }

    /** Every field of both headers, read back through the getters. */
    public static String describe(byte[] packet) {
        return "version=" + IpHeaderBits.version(packet, IP)
                + " ihl=" + IpHeaderBits.ihl(packet, IP)
                + " tos=" + IpHeaderBits.tos(packet, IP)
                + " totLen=" + IpHeaderBits.totLen(packet, IP)
                + " id=0x" + Integer.toHexString(IpHeaderBits.id(packet, IP))
                + " fragOff=0x" + Integer.toHexString(IpHeaderBits.fragOff(packet, IP))
                + " ttl=" + IpHeaderBits.ttl(packet, IP)
                + " protocol=" + IpHeaderBits.protocol(packet, IP)
                + " check=0x" + Integer.toHexString(IpHeaderBits.check(packet, IP))
                + " saddr=0x" + Integer.toHexString(IpHeaderBits.saddr(packet, IP))
                + " daddr=0x" + Integer.toHexString(IpHeaderBits.daddr(packet, IP))
                + " | source=" + TcpHeaderBits.source(packet, TCP)
                + " dest=" + TcpHeaderBits.dest(packet, TCP)
                + " seq=0x" + Integer.toHexString(TcpHeaderBits.seq(packet, TCP))
                + " ackSeq=0x" + Integer.toHexString(TcpHeaderBits.ackSeq(packet, TCP))
                + " doff=" + TcpHeaderBits.doff(packet, TCP)
                + " res1=" + TcpHeaderBits.res1(packet, TCP)
                + " fin=" + TcpHeaderBits.fin(packet, TCP)
                + " syn=" + TcpHeaderBits.syn(packet, TCP)
                + " rst=" + TcpHeaderBits.rst(packet, TCP)
                + " psh=" + TcpHeaderBits.psh(packet, TCP)
                + " ack=" + TcpHeaderBits.ack(packet, TCP)
                + " urg=" + TcpHeaderBits.urg(packet, TCP)
                + " ece=" + TcpHeaderBits.ece(packet, TCP)
                + " cwr=" + TcpHeaderBits.cwr(packet, TCP)
                + " window=" + TcpHeaderBits.window(packet, TCP)
                + " check=" + TcpHeaderBits.check(packet, TCP)
                + " urgPtr=" + TcpHeaderBits.urgPtr(packet, TCP);
    }
}
