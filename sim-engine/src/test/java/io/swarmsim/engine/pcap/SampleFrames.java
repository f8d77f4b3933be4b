package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.Question;
import io.swarmsim.kernel.dns.RecordType;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The frames of the reader tests: VXLAN SYN, DNS query/reply, ARP request/reply, ICMP echo. */
final class SampleFrames {
    static final IpAddress C2 = IpAddress.parse("10.0.0.2");
    static final IpAddress C3 = IpAddress.parse("10.0.0.3");
    static final MacAddress M2 = MacAddress.fromIpv4(C2);
    static final MacAddress M3 = MacAddress.fromIpv4(C3);
    static final IpAddress NODE1 = IpAddress.parse("192.168.99.101");
    static final IpAddress NODE2 = IpAddress.parse("192.168.99.102");
    static final MacAddress NODE1_MAC = MacAddress.parse("08:00:27:00:00:01");
    static final MacAddress NODE2_MAC = MacAddress.parse("08:00:27:00:00:02");
    static final IpAddress RESOLVER = IpAddress.parse("127.0.0.11");
    static final IpAddress LOOPBACK = IpAddress.parse("127.0.0.1");
    static final MacAddress ZERO = new MacAddress(0);

    private SampleFrames() {
    }

    static Frame arpRequest() {
        return Frame.arp(1, M2, Frame.BROADCAST, new Arp(Arp.Op.REQUEST, M2, C2, ZERO, C3));
    }

    static Frame arpReply() {
        return Frame.arp(2, M3, M2, new Arp(Arp.Op.REPLY, M3, C3, M2, C2));
    }

    static DnsMessage dnsQuery() {
        return DnsMessage.query(0x1234, "vote", RecordType.A, true, Optional.empty());
    }

    static Frame dnsQueryFrame() {
        return Frame.ip(ZERO, ZERO, Packet.udp(7, LOOPBACK, 40000, RESOLVER, 53, dnsQuery()));
    }

    static Frame dnsReplyFrame() {
        DnsMessage reply = DnsMessage.builder().id(0x1234).qr(true).rd(true).ra(true)
                .question(Question.in("vote", RecordType.A))
                .answer(new AddressRecord("vote", 600, IpAddress.parse("10.0.0.5")))
                .build();
        return Frame.ip(ZERO, ZERO, Packet.udp(8, RESOLVER, 53, LOOPBACK, 40000, reply));
    }

    static Frame innerSyn() {
        return Frame.ip(M2, M3, Packet.tcp(9, C2, 40001, C3, 80, TcpFlags.SYN, Payload.EMPTY));
    }

    static Frame vxlanSyn() {
        Packet outer = Packet.udp(9, NODE1, 53211, NODE2, VxlanPayload.PORT, new VxlanPayload(256, innerSyn()));
        return Frame.ip(NODE1_MAC, NODE2_MAC, outer);
    }

    static Frame echoRequest() {
        Payload data = Payload.ofBytes("swarmsim ping payload 0123456789".getBytes(StandardCharsets.US_ASCII));
        return Frame.ip(M2, M3, Packet.icmpEcho(10, C2, C3, Packet.ICMP_ECHO_REQUEST, 0x2a, 1, data));
    }

    static Frame echoReply() {
        Payload data = Payload.ofBytes("swarmsim ping payload 0123456789".getBytes(StandardCharsets.US_ASCII));
        return Frame.ip(M3, M2, Packet.icmpEcho(11, C3, C2, Packet.ICMP_ECHO_REPLY, 0x2a, 1, data));
    }

    /** All sample frames with their simulated times (ns). */
    static List<PcapRecord> all() {
        return List.of(
                new PcapRecord(0, vxlanSyn()),
                new PcapRecord(1_500, dnsQueryFrame()),
                new PcapRecord(250_000_000, dnsReplyFrame()),
                new PcapRecord(1_000_000_001L, arpRequest()),
                new PcapRecord(1_000_050_000L, arpReply()),
                new PcapRecord(3_600_000_000_123L, echoRequest()),
                new PcapRecord(3_600_000_400_999L, echoReply()));
    }
}
