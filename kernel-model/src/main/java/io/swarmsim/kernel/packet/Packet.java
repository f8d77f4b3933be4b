package io.swarmsim.kernel.packet;

import io.swarmsim.kernel.net.IpAddress;

/**
 * An immutable IPv4/IPv6 packet as the netfilter and routing code sees it. The {@code traceId}
 * stays the same through NAT and encapsulation, so a trace can follow one packet end to end.
 * For ICMP, {@code sport} holds the echo identifier and {@code dport} the sequence number, which is
 * how conntrack keys ICMP echo.
 *
 * @param length total IP length in bytes (header + transport header + payload)
 * @param mark   the skb mark (fwmark); 0 when unset
 * @param seq    TCP sequence number (0 for other protocols)
 * @param ack    TCP acknowledgement number
 */
public record Packet(
        long traceId,
        IpAddress src,
        IpAddress dst,
        Protocol protocol,
        int sport,
        int dport,
        int tcpFlags,
        int icmpType,
        int ttl,
        int mark,
        Payload payload,
        long seq,
        long ack,
        long tsval,
        long tsecr) {

    public static final int ICMP_ECHO_REPLY = 0;
    public static final int ICMP_DEST_UNREACH = 3;
    public static final int ICMP_PORT_UNREACH = 3;
    public static final int ICMP_ECHO_REQUEST = 8;
    public static final int ICMP_TIME_EXCEEDED = 11;
    public static final int DEFAULT_TTL = 64;

    public static Packet udp(long traceId, IpAddress src, int sport, IpAddress dst, int dport, Payload payload) {
        return new Packet(traceId, src, dst, Protocol.UDP, sport, dport, 0, 0, DEFAULT_TTL, 0, payload, 0, 0, 0, 0);
    }

    public static Packet tcp(long traceId, IpAddress src, int sport, IpAddress dst, int dport, int flags, Payload payload) {
        return new Packet(traceId, src, dst, Protocol.TCP, sport, dport, flags, 0, DEFAULT_TTL, 0, payload, 0, 0, 0, 0);
    }

    public static Packet icmpEcho(long traceId, IpAddress src, IpAddress dst, int type, int id, int seq, Payload payload) {
        return new Packet(traceId, src, dst, Protocol.ICMP, id, seq, 0, type, DEFAULT_TTL, 0, payload, 0, 0, 0, 0);
    }

    /**
     * An ICMP error about {@code original} (for errors {@code dport} holds the ICMP code, as errors
     * have no identifier or sequence).
     */
    public static Packet icmpError(long traceId, IpAddress src, IpAddress dst, int type, int code, Packet original) {
        return new Packet(traceId, src, dst, Protocol.ICMP, 0, code, 0, type, DEFAULT_TTL, 0, new IcmpErrorPayload(original), 0, 0, 0, 0);
    }

    /** Whether this is an ICMP error carrying the packet it is about. */
    public boolean isIcmpError() {
        return protocol == Protocol.ICMP && payload instanceof IcmpErrorPayload;
    }

    /** Bytes of the IP header (20 for IPv4, 40 for IPv6). */
    public int ipHeaderLength() {
        return src.isV4() ? 20 : 40;
    }

    /**
     * Bytes of the transport header, as Linux sends them: TCP 40 on SYN and SYN-ACK (MSS, SACK
     * permitted, timestamps, window scale), 20 on a RST (the model's RSTs are the kernel's answers
     * for segments no socket wants, tcp_v4_send_reset, which carry no options), 32 otherwise
     * (timestamps); UDP 8; ICMP 8.
     */
    public int transportHeaderLength() {
        return switch (protocol) {
            case TCP -> (tcpFlags & TcpFlags.SYN) != 0 ? 40 : (tcpFlags & TcpFlags.RST) != 0 ? 20 : 32;
            case UDP, ICMP -> 8;
        };
    }

    /** Total length of the IP datagram, as iptables counts bytes. */
    public int length() {
        return ipHeaderLength() + transportHeaderLength() + payload.length();
    }

    public Packet withSource(IpAddress a, int port) {
        return new Packet(traceId, a, dst, protocol, port, dport, tcpFlags, icmpType, ttl, mark, payload, seq, ack, tsval, tsecr);
    }

    public Packet withDestination(IpAddress a, int port) {
        return new Packet(traceId, src, a, protocol, sport, port, tcpFlags, icmpType, ttl, mark, payload, seq, ack, tsval, tsecr);
    }

    /** The same TCP segment with sequence and acknowledgement numbers (unsigned 32-bit values). */
    public Packet withSequence(long newSeq, long newAck) {
        return new Packet(traceId, src, dst, protocol, sport, dport, tcpFlags, icmpType, ttl, mark, payload,
                newSeq & 0xffffffffL, newAck & 0xffffffffL, tsval, tsecr);
    }

    /**
     * The same TCP segment with the timestamps option's values (RFC 7323: TSval, TSecr; unsigned
     * 32-bit), which a NAT leaves as they are.
     */
    public Packet withTimestamps(long newTsval, long newTsecr) {
        return new Packet(traceId, src, dst, protocol, sport, dport, tcpFlags, icmpType, ttl, mark, payload, seq, ack,
                newTsval & 0xffffffffL, newTsecr & 0xffffffffL);
    }

    public Packet withMark(int newMark) {
        return new Packet(traceId, src, dst, protocol, sport, dport, tcpFlags, icmpType, ttl, newMark, payload, seq, ack, tsval, tsecr);
    }

    public Packet withPayload(Payload newPayload) {
        return new Packet(traceId, src, dst, protocol, sport, dport, tcpFlags, icmpType, ttl, mark, newPayload, seq, ack, tsval, tsecr);
    }

    public Packet withTtl(int newTtl) {
        return new Packet(traceId, src, dst, protocol, sport, dport, tcpFlags, icmpType, newTtl, mark, payload, seq, ack, tsval, tsecr);
    }

    /** One-line summary in tcpdump's spirit: {@code 10.0.0.2.40001 > 10.0.0.3.80: tcp [S]}. */
    public String summary() {
        return switch (protocol) {
            case TCP -> src + "." + sport + " > " + dst + "." + dport + ": tcp " + TcpFlags.describe(tcpFlags)
                    + (payload.length() > 0 ? " length " + payload.length() : "");
            case UDP -> src + "." + sport + " > " + dst + "." + dport + ": udp length " + payload.length();
            case ICMP -> payload instanceof IcmpErrorPayload e
                    ? src + " > " + dst + ": icmp " + (icmpType == ICMP_TIME_EXCEEDED ? "time exceeded in-transit"
                            : e.original().dst() + " " + e.original().protocol().keyword() + " port " + e.original().dport() + " unreachable")
                    : src + " > " + dst + ": icmp echo " + (icmpType == ICMP_ECHO_REQUEST ? "request" : "reply")
                            + " id " + sport + " seq " + dport;
        };
    }
}
