package io.swarmsim.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.dns.AddressRecord;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.dns.NameRecord;
import io.swarmsim.kernel.dns.Question;
import io.swarmsim.kernel.dns.Rcode;
import io.swarmsim.kernel.dns.RecordType;
import io.swarmsim.kernel.dns.DnsClass;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.netfilter.Verdict;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the JSON line of every event kind (docs/events.md quotes these lines), checks that every
 * permitted event record has a case and a sample here, that strings are escaped and that the output
 * does not depend on the default locale.
 *
 * <p>Expected lines are written with {@code '} for {@code "} (see {@link #q}) so they read like the
 * documentation; no fixture string contains a {@code '}.
 */
class EventJsonTest {
    // ---- fixtures: a client container, a VIP with one task behind it, two nodes ----

    static final long T = 1_234_567_890L;
    /** Packet 3 of request 7 (see PacketIds). */
    static final long TRACE = (7L << 16) | 3;
    /** The id application events of request 7 carry (PacketIds.application). */
    static final long APP = (7L << 16) | 0x3fff;
    static final String DNS_SERVER = "docker embedded DNS 127.0.0.11";
    static final IpAddress CLIENT = IpAddress.parse("10.0.1.2");
    static final IpAddress VIP = IpAddress.parse("10.0.1.5");
    static final IpAddress TASK = IpAddress.parse("10.0.1.7");
    static final IpAddress TASK2 = IpAddress.parse("10.0.1.9");
    static final IpAddress DNS = IpAddress.parse("127.0.0.11");
    static final IpAddress NODE1 = IpAddress.parse("192.168.0.11");
    static final IpAddress NODE2 = IpAddress.parse("192.168.0.12");
    static final MacAddress CLIENT_MAC = MacAddress.fromIpv4(CLIENT);
    static final MacAddress TASK_MAC = MacAddress.fromIpv4(TASK);
    static final Place CLIENT_ETH0 = Place.of("3f2a9c1d7b4e", "eth0");
    static final Place CLIENT_NS = Place.of("3f2a9c1d7b4e");
    static final Place TASK_NS = Place.of("8d41e07a5c26");

    /** The client's SYN to the VIP: 10.0.1.2.40001 > 10.0.1.5.80 [S], seq 1000. */
    static Packet syn() {
        return Packet.tcp(TRACE, CLIENT, 40001, VIP, 80, TcpFlags.SYN, Payload.EMPTY).withSequence(1000, 0);
    }

    /** {@link #syn()} as JSON (single-quoted, see {@link #q}). */
    static final String SYN = "{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,"
            + "'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}";

    static DnsMessage query() {
        return DnsMessage.query(0x1234, "vote", RecordType.A, true, Optional.empty());
    }

    static DnsMessage answer() {
        return DnsMessage.builder().id(0x1234).qr(true).rd(true).ra(true).question(Question.in("vote", RecordType.A))
                .answer(new AddressRecord("vote", 600, TASK2)).answer(new AddressRecord("vote", 600, TASK)).build();
    }

    static Packet dnsQueryPacket() {
        return Packet.udp(TRACE, CLIENT, 51000, DNS, 53, query());
    }

    static Tuple tuple(Packet p) {
        return Tuple.of(p);
    }

    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static void assertLine(String expectedSingleQuoted, TraceEvent e) {
        assertEquals(q(expectedSingleQuoted), EventJson.line(e));
    }

    // ---- one event of every kind; the per-kind tests pin these exact lines ----

    static TraceEvent frameSent() {
        return new TraceEvent.FrameSent(T, TRACE, CLIENT_ETH0, Place.of("node1:1-k2x9m4p7q1", "veth0"),
                Frame.ip(CLIENT_MAC, MacAddress.fromIpv4(VIP), syn()));
    }

    static TraceEvent frameReceived() {
        Arp who = new Arp(Arp.Op.REQUEST, CLIENT_MAC, CLIENT, new MacAddress(0), TASK);
        return new TraceEvent.FrameReceived(T, TRACE, Place.of("node1:1-k2x9m4p7q1", "br0"),
                Frame.arp(TRACE, CLIENT_MAC, Frame.BROADCAST, who));
    }

    static TraceEvent hookEntered() {
        return new TraceEvent.HookEntered(T, TRACE, CLIENT_ETH0, Hook.OUTPUT, "nat", -100, syn());
    }

    static TraceEvent ruleMatched() {
        return new TraceEvent.RuleMatched(T, TRACE, CLIENT_NS, Hook.OUTPUT, TableKind.MANGLE, "OUTPUT", 1,
                "-A OUTPUT -d 10.0.1.5/32 -j MARK --set-xmark 0x100/0xffffffff", "MARK", 3, 180, syn().withMark(0x100));
    }

    static TraceEvent policyApplied() {
        return new TraceEvent.PolicyApplied(T, TRACE, Place.of("node1"), Hook.FORWARD, TableKind.FILTER, "FORWARD",
                Verdict.DROP, 2, 120);
    }

    static TraceEvent conntrack() {
        return new TraceEvent.Conntrack(T, TRACE, CLIENT_NS, Hook.OUTPUT, TraceEvent.CtLookup.NEW, tuple(syn()), CtState.NEW);
    }

    static TraceEvent natApplied() {
        Packet before = syn().withDestination(TASK, 80);
        Packet after = before.withSource(IpAddress.parse("10.0.1.3"), 40001);
        return new TraceEvent.NatApplied(T, TRACE, Place.of("node1:lb_k2x9m4p7q"), Hook.POSTROUTING, TraceEvent.NatSide.SNAT, false,
                tuple(before), tuple(after), after);
    }

    static TraceEvent ipvs() {
        Packet before = syn().withMark(0x100);
        return new TraceEvent.Ipvs(T, TRACE, CLIENT_NS, Hook.OUTPUT, TraceEvent.IpvsStep.SCHEDULED, ServiceKey.fwmark(0x100),
                "rr", TASK, 80, "rr: next after 10.0.1.9", before, before.withDestination(TASK, 80));
    }

    static TraceEvent routeLookup() {
        return new TraceEvent.RouteLookup(T, TRACE, CLIENT_NS, TASK, "10.0.1.0/24 dev eth0", "eth0", null);
    }

    static TraceEvent arp() {
        return new TraceEvent.Arp(T, TRACE, CLIENT_ETH0, TraceEvent.ArpStep.LEARNED, TASK, TASK_MAC);
    }

    static TraceEvent fdb() {
        return new TraceEvent.Fdb(T, TRACE, Place.of("node1:1-k2x9m4p7q1", "br0"), TraceEvent.FdbStep.HIT, TASK_MAC, "vxlan0");
    }

    static TraceEvent vxlan() {
        Frame inner = Frame.ip(CLIENT_MAC, TASK_MAC, syn().withDestination(TASK, 80));
        Packet outer = Packet.udp(TRACE, NODE1, 37954, NODE2, VxlanPayload.PORT, new VxlanPayload(4097, inner));
        return new TraceEvent.Vxlan(T, TRACE, Place.of("node1:1-k2x9m4p7q1", "vxlan0"), true, 4097, outer, inner);
    }

    static TraceEvent socketDelivery() {
        return new TraceEvent.SocketDelivery(T, TRACE, CLIENT_NS, "udp 127.0.0.11:53", dnsQueryPacket());
    }

    static TraceEvent kernelReply() {
        Packet request = Packet.udp(TRACE, CLIENT, 51000, TASK, 9999, Payload.ofBytes(new byte[12]));
        return new TraceEvent.KernelReply(T, TRACE, TASK_NS, TraceEvent.ReplyKind.PORT_UNREACHABLE, request);
    }

    static TraceEvent dnsQuery() {
        return new TraceEvent.DnsQuery(T, TRACE, CLIENT_NS, DNS_SERVER, query());
    }

    static TraceEvent dnsAnswer() {
        return new TraceEvent.DnsAnswer(T, TRACE, CLIENT_NS, DNS_SERVER, answer());
    }

    static TraceEvent resolverSort() {
        IpAddress other = IpAddress.parse("10.0.2.3");
        return new TraceEvent.ResolverSort(T, APP, CLIENT_NS, "glibc-2.23", List.of(other, TASK2), List.of(TASK2, other),
                List.of(new TraceEvent.SortPair(TASK2, other, false, "rule 9: longest matching prefix")),
                "10.0.1.9 first: longer prefix shared with 10.0.1.2");
    }

    static TraceEvent appDecision() {
        return new TraceEvent.AppDecision(T, APP, CLIENT_NS, "curl", TraceEvent.AppAction.CONNECT, TASK2, 80,
                "the first address");
    }

    static TraceEvent drop() {
        return new TraceEvent.Drop(T, TRACE, Place.of("node1"), DropReason.NETFILTER_RULE,
                "filter FORWARD rule 3: -A FORWARD -j DROP", syn());
    }

    static TraceEvent controlPlane() {
        return new TraceEvent.ControlPlane(60_000_000_000L, 0, Place.of("node2"), "node2", "vote.1", TraceEvent.ControlStep.DEACTIVATE,
                "DNS: vote and tasks.vote no longer answer overlay1 10.0.0.6");
    }

    /** One sample per kind, in {@link TraceEvent.Kind} order. */
    static List<TraceEvent> samples() {
        return List.of(frameSent(), frameReceived(), hookEntered(), ruleMatched(), policyApplied(), conntrack(), natApplied(),
                ipvs(), routeLookup(), arp(), fdb(), vxlan(), socketDelivery(), kernelReply(), dnsQuery(), dnsAnswer(),
                resolverSort(), appDecision(), drop(), controlPlane());
    }

    // ---- one test per kind ----

    @Test
    void frameSentLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'frame_sent','to':{'netns':'node1:1-k2x9m4p7q1','dev':'veth0'},'frame':{'src':'02:42:0a:00:01:02','dst':'02:42:0a:00:01:05','ethertype':'0x0800','packet':{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}}",
                frameSent());
    }

    @Test
    void frameReceivedLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1:1-k2x9m4p7q1','dev':'br0','kind':'frame_received','frame':{'src':'02:42:0a:00:01:02','dst':'ff:ff:ff:ff:ff:ff','ethertype':'0x0806','arp':{'op':'REQUEST','sender_mac':'02:42:0a:00:01:02','sender_ip':'10.0.1.2','target_mac':'00:00:00:00:00:00','target_ip':'10.0.1.7'}}}",
                frameReceived());
    }

    @Test
    void hookEnteredLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'hook_entered','hook':'OUTPUT','function':'nat','priority':-100,'packet':{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}",
                hookEntered());
    }

    @Test
    void ruleMatchedLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'rule_matched','hook':'OUTPUT','table':'mangle','chain':'OUTPUT','rule_number':1,'rule':'-A OUTPUT -d 10.0.1.5/32 -j MARK --set-xmark 0x100/0xffffffff','target':'MARK','packets':3,'bytes':180,'packet':{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':256,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}",
                ruleMatched());
    }

    @Test
    void policyAppliedLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1','dev':'','kind':'policy_applied','hook':'FORWARD','table':'filter','chain':'FORWARD','verdict':'DROP','packets':2,'bytes':120}",
                policyApplied());
    }

    @Test
    void conntrackLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'conntrack','hook':'OUTPUT','lookup':'NEW','original':{'proto':'tcp','src':'10.0.1.2','sport':40001,'dst':'10.0.1.5','dport':80},'state':'NEW'}",
                conntrack());
    }

    @Test
    void natAppliedLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1:lb_k2x9m4p7q','dev':'','kind':'nat_applied','hook':'POSTROUTING','side':'SNAT','reply':false,'before':{'proto':'tcp','src':'10.0.1.2','sport':40001,'dst':'10.0.1.7','dport':80},'after':{'proto':'tcp','src':'10.0.1.3','sport':40001,'dst':'10.0.1.7','dport':80},'packet':{'src':'10.0.1.3','dst':'10.0.1.7','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}",
                natApplied());
    }

    @Test
    void ipvsLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'ipvs','hook':'OUTPUT','step':'SCHEDULED','service':{'fwmark':256},'scheduler':'rr','destination':'10.0.1.7','destination_port':80,'why':'rr: next after 10.0.1.9','before':{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':256,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}},'after':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':256,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}",
                ipvs());
    }

    @Test
    void routeLookupLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'route_lookup','destination':'10.0.1.7','route':'10.0.1.0/24 dev eth0','device':'eth0','gateway':null}",
                routeLookup());
    }

    @Test
    void arpLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'arp','step':'LEARNED','target':'10.0.1.7','mac':'02:42:0a:00:01:07'}",
                arp());
    }

    @Test
    void fdbLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1:1-k2x9m4p7q1','dev':'br0','kind':'fdb','step':'HIT','mac':'02:42:0a:00:01:07','port':'vxlan0'}",
                fdb());
    }

    @Test
    void vxlanLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1:1-k2x9m4p7q1','dev':'vxlan0','kind':'vxlan','encapsulate':true,'vni':4097,'outer':{'src':'192.168.0.11','dst':'192.168.0.12','proto':'udp','sport':37954,'dport':4789,'ttl':64,'mark':0,'len':110,'payload':{'vni':4097,'inner':{'src':'02:42:0a:00:01:02','dst':'02:42:0a:00:01:07','ethertype':'0x0800','packet':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}}},'inner':{'src':'02:42:0a:00:01:02','dst':'02:42:0a:00:01:07','ethertype':'0x0800','packet':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}}",
                vxlan());
    }

    @Test
    void socketDeliveryLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'socket_delivery','socket':'udp 127.0.0.11:53','packet':{'src':'10.0.1.2','dst':'127.0.0.11','proto':'udp','sport':51000,'dport':53,'ttl':64,'mark':0,'len':50,'payload':{'id':4660,'rcode':'NOERROR','question':{'name':'vote.','type':'A'},'answers':[]}}}",
                socketDelivery());
    }

    @Test
    void kernelReplyLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'8d41e07a5c26','dev':'','kind':'kernel_reply','reply':'PORT_UNREACHABLE','request':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'udp','sport':51000,'dport':9999,'ttl':64,'mark':0,'len':40,'payload':{'bytes':12}}}",
                kernelReply());
    }

    @Test
    void dnsQueryLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'dns_query','server':'docker embedded DNS 127.0.0.11','query':{'id':4660,'rcode':'NOERROR','question':{'name':'vote.','type':'A'},'answers':[]}}",
                dnsQuery());
    }

    @Test
    void dnsAnswerLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'dns_answer','server':'docker embedded DNS 127.0.0.11','answer':{'id':4660,'rcode':'NOERROR','question':{'name':'vote.','type':'A'},'answers':[{'name':'vote.','type':'A','ttl':600,'data':'10.0.1.9'},{'name':'vote.','type':'A','ttl':600,'data':'10.0.1.7'}]}}",
                dnsAnswer());
    }

    @Test
    void resolverSortLine() {
        assertLine("{'t':1234567890,'trace':475135,'netns':'3f2a9c1d7b4e','dev':'','kind':'resolver_sort','profile':'glibc-2.23','input':['10.0.2.3','10.0.1.9'],'output':['10.0.1.9','10.0.2.3'],'pairs':[{'first':'10.0.1.9','second':'10.0.2.3','tie':false,'rule':'rule 9: longest matching prefix'}],'summary':'10.0.1.9 first: longer prefix shared with 10.0.1.2'}",
                resolverSort());
    }

    @Test
    void appDecisionLine() {
        assertLine("{'t':1234567890,'trace':475135,'netns':'3f2a9c1d7b4e','dev':'','kind':'app_decision','app':'curl','action':'CONNECT','address':'10.0.1.9','port':80,'detail':'the first address'}",
                appDecision());
    }

    @Test
    void controlPlaneLine() {
        assertLine("{'t':60000000000,'trace':0,'netns':'node2','dev':'','kind':'control_plane','node':'node2','task':'vote.1','step':'DEACTIVATE','detail':'DNS: vote and tasks.vote no longer answer overlay1 10.0.0.6'}",
                controlPlane());
    }

    @Test
    void dropLine() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1','dev':'','kind':'drop','reason':'NETFILTER_RULE','detail':'filter FORWARD rule 3: -A FORWARD -j DROP','packet':{'src':'10.0.1.2','dst':'10.0.1.5','proto':'tcp','sport':40001,'dport':80,'ttl':64,'mark':0,'len':60,'flags':'S','seq':1000,'ack':0,'payload':{'bytes':0}}}",
                drop());
    }

    // ---- shapes the per-kind samples do not show: nulls, other protocols, other payloads ----

    static TraceEvent ipvsDropped() {
        return new TraceEvent.Ipvs(T, TRACE, Place.of("node1:ingress_sbox"), Hook.INPUT, TraceEvent.IpvsStep.DROPPED,
                ServiceKey.of(Protocol.TCP, VIP, 80), "wrr", null, 0, "no destination with weight > 0", syn(), null);
    }

    /** A port unreachable from the task arriving at the client, quoting the client's UDP packet. */
    static TraceEvent icmpErrorReceived() {
        Packet udp = Packet.udp(TRACE, CLIENT, 51000, TASK, 9999, Payload.ofBytes(new byte[12]));
        Packet error = Packet.icmpError(TRACE + 1, TASK, CLIENT, Packet.ICMP_DEST_UNREACH, Packet.ICMP_PORT_UNREACH, udp);
        return new TraceEvent.FrameReceived(T, TRACE + 1, CLIENT_ETH0, Frame.ip(TASK_MAC, CLIENT_MAC, error));
    }

    @Test
    void ipvsDropHasNoDestinationAndNoAfter() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1:ingress_sbox','dev':'','kind':'ipvs','hook':'INPUT','step':'DROPPED',"
                + "'service':{'proto':'tcp','addr':'10.0.1.5','port':80},'scheduler':'wrr','destination':null,'destination_port':0,"
                + "'why':'no destination with weight > 0','before':" + SYN + ",'after':null}", ipvsDropped());
    }

    @Test
    void ipvsWithoutService() {
        TraceEvent e = new TraceEvent.Ipvs(T, TRACE, CLIENT_NS, Hook.OUTPUT, TraceEvent.IpvsStep.REPLY, null, null, CLIENT, 40001,
                "reply of a known connection", syn(), syn());
        assertTrue(EventJson.line(e).contains(q(",'step':'REPLY','service':null,'scheduler':null,'destination':'10.0.1.2',")),
                EventJson.line(e));
    }

    @Test
    void routeLookupViaGatewayAndNoRoute() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'node1','dev':'','kind':'route_lookup','destination':'8.8.8.8',"
                + "'route':'0.0.0.0/0 via 192.168.0.1 dev eth0','device':'eth0','gateway':'192.168.0.1'}",
                new TraceEvent.RouteLookup(T, TRACE, Place.of("node1"), IpAddress.parse("8.8.8.8"), "0.0.0.0/0 via 192.168.0.1 dev eth0",
                        "eth0", IpAddress.parse("192.168.0.1")));
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'route_lookup','destination':'8.8.8.8',"
                + "'route':null,'device':null,'gateway':null}",
                new TraceEvent.RouteLookup(T, TRACE, CLIENT_NS, IpAddress.parse("8.8.8.8"), null, null, null));
    }

    @Test
    void arpRequestHasNoMacYet() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'arp','step':'REQUEST',"
                + "'target':'10.0.1.7','mac':null}",
                new TraceEvent.Arp(T, TRACE, CLIENT_ETH0, TraceEvent.ArpStep.REQUEST, TASK, null));
    }

    @Test
    void dropOfAnArpFrameHasNoPacket() {
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'drop','reason':'ARP_FAILED',"
                + "'detail':'no answer for 10.0.1.7 after 3 probes','packet':null}",
                new TraceEvent.Drop(T, TRACE, CLIENT_ETH0, DropReason.ARP_FAILED, "no answer for 10.0.1.7 after 3 probes", null));
    }

    @Test
    void frameSentOnLoopbackGoesToItself() {
        Packet p = Packet.udp(TRACE, CLIENT, 51000, DNS, 53, Payload.ofBytes(new byte[4]));
        Place lo = Place.of("3f2a9c1d7b4e", "lo");
        assertTrue(EventJson.line(new TraceEvent.FrameSent(T, TRACE, lo, lo, Frame.ip(new MacAddress(0), new MacAddress(0), p)))
                .startsWith(q("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'lo','kind':'frame_sent',"
                        + "'to':{'netns':'3f2a9c1d7b4e','dev':'lo'},'frame':{'src':'00:00:00:00:00:00','dst':'00:00:00:00:00:00',")));
    }

    @Test
    void tcpFlagsAreTcpdumpLettersAndNumbersAreUnsigned() {
        Packet synAck = Packet.tcp(TRACE, TASK, 80, CLIENT, 40001, TcpFlags.SYN | TcpFlags.ACK, Payload.EMPTY)
                .withSequence(0xffffffffL, 1001).withMark(0xffffffff).withTtl(63);
        assertLine("{'t':1234567890,'trace':458755,'netns':'8d41e07a5c26','dev':'','kind':'socket_delivery','socket':'tcp 10.0.1.2:40001',"
                + "'packet':{'src':'10.0.1.7','dst':'10.0.1.2','proto':'tcp','sport':80,'dport':40001,'ttl':63,'mark':4294967295,"
                + "'len':60,'flags':'S.','seq':4294967295,'ack':1001,'payload':{'bytes':0}}}",
                new TraceEvent.SocketDelivery(T, TRACE, TASK_NS, "tcp 10.0.1.2:40001", synAck));
        Packet push = Packet.tcp(TRACE, CLIENT, 40001, TASK, 80, TcpFlags.PSH | TcpFlags.ACK, Payload.ofBytes(new byte[77]));
        assertTrue(EventJson.line(new TraceEvent.SocketDelivery(T, TRACE, TASK_NS, "tcp 10.0.1.7:80", push))
                .contains(q("'len':129,'flags':'P.','seq':0,'ack':0,'payload':{'bytes':77}}")));
        Packet none = Packet.tcp(TRACE, CLIENT, 40001, TASK, 80, 0, Payload.EMPTY);
        assertTrue(EventJson.line(new TraceEvent.SocketDelivery(T, TRACE, TASK_NS, "tcp 10.0.1.7:80", none)).contains(q("'flags':''")));
    }

    @Test
    void icmpEchoAndAnIcmpErrorWithTheQuotedPacket() {
        Packet echo = Packet.icmpEcho(TRACE, CLIENT, TASK, Packet.ICMP_ECHO_REQUEST, 77, 1, Payload.ofBytes(new byte[56]));
        assertLine("{'t':1234567890,'trace':458755,'netns':'8d41e07a5c26','dev':'','kind':'kernel_reply','reply':'ECHO_REPLY',"
                + "'request':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'icmp','sport':77,'dport':1,'ttl':64,'mark':0,'len':84,"
                + "'icmp_type':8,'payload':{'bytes':56}}}",
                new TraceEvent.KernelReply(T, TRACE, TASK_NS, TraceEvent.ReplyKind.ECHO_REPLY, echo));
        assertLine("{'t':1234567890,'trace':458756,'netns':'3f2a9c1d7b4e','dev':'eth0','kind':'frame_received',"
                + "'frame':{'src':'02:42:0a:00:01:07','dst':'02:42:0a:00:01:02','ethertype':'0x0800',"
                + "'packet':{'src':'10.0.1.7','dst':'10.0.1.2','proto':'icmp','sport':0,'dport':3,'ttl':64,'mark':0,'len':68,"
                + "'icmp_type':3,'about':{'src':'10.0.1.2','dst':'10.0.1.7','proto':'udp','sport':51000,'dport':9999,'ttl':64,"
                + "'mark':0,'len':40,'payload':{'bytes':12}},'payload':{'bytes':40}}}}",
                icmpErrorReceived());
    }

    @Test
    void dnsAnswersKeepTheirOrderAndTypes() {
        DnsMessage nx = DnsMessage.builder().id(7).qr(true).rcode(Rcode.NXDOMAIN).question(Question.in("nosuch", RecordType.AAAA))
                .build();
        assertLine("{'t':1234567890,'trace':458755,'netns':'3f2a9c1d7b4e','dev':'','kind':'dns_answer','server':'docker embedded DNS 127.0.0.11',"
                + "'answer':{'id':7,'rcode':'NXDOMAIN','question':{'name':'nosuch.','type':'AAAA'},'answers':[]}}",
                new TraceEvent.DnsAnswer(T, TRACE, CLIENT_NS, DNS_SERVER, nx));
        DnsMessage chain = DnsMessage.builder().id(8).qr(true).question(new Question("www.example.com", RecordType.of(65), DnsClass.IN))
                .answer(new NameRecord("www.example.com", RecordType.CNAME, DnsClass.IN, 300, "example.com"))
                .answer(new AddressRecord("example.com", 300, IpAddress.parse("2001:db8::1")))
                .answer(new AddressRecord("example.com", 300, IpAddress.parse("192.0.2.1"))).build();
        assertTrue(EventJson.line(new TraceEvent.DnsAnswer(T, TRACE, CLIENT_NS, "8.8.8.8:53", chain)).endsWith(q(
                "'answer':{'id':8,'rcode':'NOERROR','question':{'name':'www.example.com.','type':'TYPE65'},'answers':["
                + "{'name':'www.example.com.','type':'CNAME','ttl':300,'data':'example.com.'},"
                + "{'name':'example.com.','type':'AAAA','ttl':300,'data':'2001:db8::1'},"
                + "{'name':'example.com.','type':'A','ttl':300,'data':'192.0.2.1'}]}}")));
        DnsMessage noQuestion = DnsMessage.builder().id(9).qr(true).rcode(Rcode.FORMERR).build();
        assertTrue(EventJson.line(new TraceEvent.DnsAnswer(T, TRACE, CLIENT_NS, DNS_SERVER, noQuestion))
                .endsWith(q("'answer':{'id':9,'rcode':'FORMERR','question':null,'answers':[]}}")));
    }

    @Test
    void resolverSortWithATieAndEmptyLists() {
        assertLine("{'t':1234567890,'trace':475135,'netns':'3f2a9c1d7b4e','dev':'','kind':'resolver_sort','profile':'musl',"
                + "'input':['10.0.1.9','10.0.1.7'],'output':['10.0.1.9','10.0.1.7'],"
                + "'pairs':[{'first':'10.0.1.9','second':'10.0.1.7','tie':true,'rule':null}],'summary':'input order kept'}",
                new TraceEvent.ResolverSort(T, APP, CLIENT_NS, "musl", List.of(TASK2, TASK), List.of(TASK2, TASK),
                        List.of(new TraceEvent.SortPair(TASK2, TASK, true, null)), "input order kept"));
        assertTrue(EventJson.line(new TraceEvent.ResolverSort(T, APP, CLIENT_NS, "go-pure", List.of(), List.of(), List.of(), ""))
                .endsWith(q("'profile':'go-pure','input':[],'output':[],'pairs':[],'summary':''}")));
    }

    // ---- every kind has a case, a sample and all its record's fields ----

    /**
     * The dispatch in {@link EventJson#line} is a switch expression over {@link TraceEvent.Kind} with no
     * default branch, so a new Kind does not compile until it has a case (Java 17 has no pattern switch
     * over the sealed interface without preview). This test covers the other half: every record the
     * sealed interface permits has a sample here with its own kind, and its line has the common fields
     * and then exactly the record's components, snake_case, in declaration order.
     */
    @Test
    void everyPermittedEventHasASampleAndItsLineHasEveryComponentInOrder() throws Exception {
        List<TraceEvent> samples = samples();
        Set<TraceEvent.Kind> kinds = EnumSet.noneOf(TraceEvent.Kind.class);
        Set<Class<?>> sampled = new HashSet<>();
        for (TraceEvent e : samples) {
            assertTrue(kinds.add(e.kind()), "two samples of " + e.kind());
            sampled.add(e.getClass());
        }
        assertEquals(EnumSet.allOf(TraceEvent.Kind.class), kinds);
        Set<Class<?>> permitted = Set.of(TraceEvent.class.getPermittedSubclasses());
        assertEquals(permitted, sampled);
        assertEquals(TraceEvent.Kind.values().length, permitted.size(), "one record per kind");

        ObjectMapper json = new ObjectMapper();
        for (TraceEvent e : samples) {
            String line = EventJson.line(e);
            JsonNode node = json.readTree(line);
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            List<String> expected = new ArrayList<>(List.of("t", "trace", "netns", "dev", "kind"));
            for (RecordComponent c : e.getClass().getRecordComponents()) {
                if (!Set.of("time", "traceId", "at").contains(c.getName())) {
                    expected.add(c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
                }
            }
            assertEquals(expected, keys, e.kind().toString());
            assertEquals(e.kind().wireName(), node.get("kind").asText());
            assertEquals(e.time(), node.get("t").asLong());
            assertEquals(e.traceId(), node.get("trace").asLong());
            assertEquals(e.at().netns(), node.get("netns").asText());
            assertEquals(e.at().device(), node.get("dev").asText());
        }
    }

    // ---- strings and locales ----

    static final String NASTY = "say \"hi\" \\ C:\\tmp\nnext\r\ttab \u0000\u0001\u001f\u007f é \u2028 \u2029 \uD83D\uDE00 lone \uD800!";

    @Test
    void stringsAreEscapedPerRfc8259AndTheLineStaysOneLine() throws Exception {
        TraceEvent e = new TraceEvent.AppDecision(T, APP, Place.of("ns \"1\"", "e\\0"), "curl", TraceEvent.AppAction.GIVE_UP, null, 0,
                NASTY);
        String line = EventJson.line(e);
        assertEquals("{\"t\":1234567890,\"trace\":475135,\"netns\":\"ns \\\"1\\\"\",\"dev\":\"e\\\\0\",\"kind\":\"app_decision\","
                + "\"app\":\"curl\",\"action\":\"GIVE_UP\",\"address\":null,\"port\":0,\"detail\":"
                + "\"say \\\"hi\\\" \\\\ C:\\\\tmp\\nnext\\r\\ttab \\u0000\\u0001\\u001f\u007f é \\u2028 \\u2029 \uD83D\uDE00 lone \\ud800!\"}",
                line);
        for (char c : line.toCharArray()) {
            assertFalse(c < 0x20 || c == '\u2028' || c == '\u2029', "raw U+" + Integer.toHexString(c) + " in " + line);
        }
        JsonNode node = new ObjectMapper().readTree(line);
        assertEquals("ns \"1\"", node.get("netns").asText());
        assertEquals("e\\0", node.get("dev").asText());
        assertEquals(NASTY, node.get("detail").asText());
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        List<TraceEvent> events = new ArrayList<>(samples());
        events.add(new TraceEvent.AppDecision(-1_234_567_890_123L, Long.MAX_VALUE, CLIENT_NS, "ping", TraceEvent.AppAction.CONNECTED,
                IpAddress.parse("fe80::42:aff:fe00:102"), 65535, NASTY));
        events.add(new TraceEvent.PolicyApplied(T, TRACE, Place.of("node1"), Hook.INPUT, TableKind.FILTER, "INPUT", Verdict.ACCEPT,
                1_000_000_000_000L, Long.MIN_VALUE));
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        List<String> reference = new ArrayList<>();
        try {
            Locale.setDefault(Locale.ROOT);
            events.forEach(e -> reference.add(EventJson.line(e)));
            assertTrue(reference.get(reference.size() - 1).endsWith(q("'packets':1000000000000,'bytes':-9223372036854775808}")));
            assertTrue(reference.get(reference.size() - 2).startsWith(q("{'t':-1234567890123,'trace':9223372036854775807,")));
            for (String tag : List.of("de-DE", "ar-EG", "th-TH", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "tr-TR")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                Iterator<String> expected = reference.iterator();
                for (TraceEvent e : events) {
                    assertEquals(expected.next(), EventJson.line(e), tag);
                }
            }
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }
}
