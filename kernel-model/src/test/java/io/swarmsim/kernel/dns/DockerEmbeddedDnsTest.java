package io.swarmsim.kernel.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DockerEmbeddedDnsTest {
    private static final IpAddress UP1 = IpAddress.parse("192.168.65.1");
    private static final IpAddress UP2 = IpAddress.parse("8.8.8.8");
    private static final IpAddress UP3 = IpAddress.parse("8.8.4.4");

    private static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    private static List<IpAddress> taskIps(int n) {
        return IntStream.range(0, n).mapToObj(i -> IpAddress.v4(10, 0, 0, 3 + i)).toList();
    }

    /** The seed blog's overlay1: dnsrr "vote" with 10.0.0.3 and 10.0.0.4, VIP "client". */
    private static SandboxDnsView view() {
        NetworkDnsRecords overlay = NetworkDnsRecords.empty("overlay1", NetworkKind.SWARM_OVERLAY)
                .withDnsrrService("vote", List.of(ip("10.0.0.3"), ip("10.0.0.4")))
                .withVipService("client", ip("10.0.0.2"), List.of(ip("10.0.0.5")))
                .withName("client.1.d8m0snl88oc5b4r0b4tbriewi", List.of(ip("10.0.0.5")))
                .withDnsrrService("big", taskIps(40));
        NetworkDnsRecords bridge = NetworkDnsRecords.empty("docker_gwbridge", NetworkKind.LOCAL)
                .withName("vote", List.of(ip("172.18.0.9")))
                .withName("only-local", List.of(ip("172.18.0.10")));
        NetworkDnsRecords ingress = NetworkDnsRecords.empty("ingress", NetworkKind.INGRESS);
        return SandboxDnsView.swarmOrder(List.of(bridge, ingress, overlay));
    }

    private static DockerEmbeddedDns dns(ForwardingPolicy p, IpAddress... upstreams) {
        return new DockerEmbeddedDns(List.of(upstreams), p);
    }

    private static DnsMessage ask(String name, RecordType type) {
        return DnsMessage.query(4242, name, type, true, Optional.empty());
    }

    private static DnsMessage reply(Resolution r) {
        return assertInstanceOf(Resolution.Reply.class, r).message();
    }

    private static List<IpAddress> addresses(DnsMessage m) {
        return m.answers().stream().map(rr -> ((AddressRecord) rr).address()).toList();
    }

    @Test
    void answersDnsrrServiceWithAllTaskIpsTtl600AndDockerFlags() {
        DnsMessage r = reply(dns(ForwardingPolicy.DOCKER_1_12, UP1).answer(view(), ask("vote", RecordType.A),
                Transport.UDP, new SplittableRandom(1)));
        assertEquals(Set.of(ip("10.0.0.3"), ip("10.0.0.4")), new HashSet<>(addresses(r)));
        assertEquals(2, r.answers().size());
        r.answers().forEach(rr -> assertEquals(600, rr.ttl()));
        assertEquals(4242, r.id());
        assertTrue(r.qr() && r.rd() && r.ra());
        assertFalse(r.aa() || r.tc());
        assertEquals(Rcode.NOERROR, r.rcode());
        assertEquals(Optional.empty(), r.edns());
        assertEquals(62, r.length(), "uncompressed, as libnetwork 1.12 sends it");
    }

    @Test
    void bothOrdersOccurAndEveryPermutationOfThreeAppears() {
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12);
        SplittableRandom rng = new SplittableRandom(20160727);
        Set<List<IpAddress>> orders = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            orders.add(addresses(reply(d.answer(view(), ask("vote", RecordType.A), Transport.UDP, rng))));
        }
        assertEquals(2, orders.size());
        SandboxDnsView three = SandboxDnsView.inOrder(List.of(NetworkDnsRecords
                .empty("o", NetworkKind.SWARM_OVERLAY).withDnsrrService("web", taskIps(3))));
        int[] counts = new int[6];
        List<List<IpAddress>> seen = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            List<IpAddress> order = addresses(reply(d.answer(three, ask("web", RecordType.A), Transport.UDP, rng)));
            if (!seen.contains(order)) {
                seen.add(order);
            }
            counts[seen.indexOf(order)]++;
        }
        assertEquals(6, seen.size());
        for (int c : counts) {
            assertTrue(c > 60, "each permutation roughly 1/6 of the time: " + java.util.Arrays.toString(counts));
        }
    }

    @Test
    void sameSeedSameOrder() {
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12);
        DnsMessage a = reply(d.answer(view(), ask("big", RecordType.A), Transport.TCP, new SplittableRandom(9)));
        DnsMessage b = reply(d.answer(view(), ask("big", RecordType.A), Transport.TCP, new SplittableRandom(9)));
        assertEquals(a, b);
    }

    @Test
    void vipServiceHasOneRecordAndTasksNameHasTaskIps() {
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12);
        SplittableRandom rng = new SplittableRandom(3);
        assertEquals(List.of(ip("10.0.0.2")),
                addresses(reply(d.answer(view(), ask("client", RecordType.A), Transport.UDP, rng))));
        assertEquals(List.of(ip("10.0.0.5")),
                addresses(reply(d.answer(view(), ask("tasks.client", RecordType.A), Transport.UDP, rng))));
        assertEquals(Set.of(ip("10.0.0.3"), ip("10.0.0.4")),
                new HashSet<>(addresses(reply(d.answer(view(), ask("tasks.vote.", RecordType.A), Transport.UDP, rng)))));
    }

    @Test
    void namesAreCaseInsensitiveAndAnswerKeepsTheQueryName() {
        DnsMessage r = reply(dns(ForwardingPolicy.DOCKER_1_12).answer(view(), ask("CLIENT.1.D8m0snl88oc5b4r0b4tbriewi",
                RecordType.A), Transport.UDP, new SplittableRandom(1)));
        assertEquals(List.of(ip("10.0.0.5")), addresses(r));
        assertEquals("CLIENT.1.D8m0snl88oc5b4r0b4tbriewi.", r.answers().get(0).name());
    }

    @Test
    void overlaysAreSearchedBeforeLocalNetworksAndNetworkSuffixSelectsOne() {
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12);
        SplittableRandom rng = new SplittableRandom(5);
        assertEquals(2, reply(d.answer(view(), ask("vote", RecordType.A), Transport.UDP, rng)).answers().size());
        assertEquals(List.of(ip("172.18.0.9")),
                addresses(reply(d.answer(view(), ask("vote.docker_gwbridge", RecordType.A), Transport.UDP, rng))));
        assertEquals(List.of(ip("172.18.0.10")),
                addresses(reply(d.answer(view(), ask("only-local", RecordType.A), Transport.UDP, rng))));
    }

    @Test
    void aliasesWinOverNames() {
        SandboxDnsView v = SandboxDnsView.inOrder(List.of(
                NetworkDnsRecords.empty("a", NetworkKind.SWARM_OVERLAY).withName("db", List.of(ip("10.0.1.1"))),
                NetworkDnsRecords.empty("b", NetworkKind.SWARM_OVERLAY).withAlias("db", List.of(ip("10.0.2.1")))));
        assertEquals(List.of(ip("10.0.2.1")), v.resolve("db.", false).addresses());
    }

    @Test
    void ingressHoldsNoNames() {
        assertThrows(IllegalStateException.class, () -> NetworkDnsRecords.empty("ingress", NetworkKind.INGRESS)
                .withName("vote", List.of(ip("10.255.0.5"))));
    }

    @Test
    void aaaaForKnownNameIsNoErrorWithoutAnswerAndNotForwarded() {
        DnsMessage r = reply(dns(ForwardingPolicy.DOCKER_1_12, UP1).answer(view(), ask("vote", RecordType.AAAA),
                Transport.UDP, new SplittableRandom(1)));
        assertEquals(Rcode.NOERROR, r.rcode());
        assertTrue(r.answers().isEmpty());
        assertEquals(RecordType.AAAA, r.question().type());
        assertEquals(22, r.length());
    }

    @Test
    void unknownNameIsForwardedUnchangedToFirstUpstream() {
        DnsMessage q = DnsMessage.query(77, "docker.com", RecordType.A, true, Optional.of(4096));
        Resolution.Forward f = assertInstanceOf(Resolution.Forward.class,
                dns(ForwardingPolicy.DOCKER_1_12, UP1, UP2).answer(view(), q, Transport.UDP, new SplittableRandom(1)));
        assertEquals(UP1, f.upstream());
        assertEquals(q, f.query());
        assertEquals(Transport.UDP, f.transport());
        DnsMessage upstreamReply = DnsMessage.builder().id(77).qr(true).rd(true).ra(true)
                .question(q.question()).answer(new AddressRecord("docker.com.", 60, ip("141.193.213.10"))).build();
        DnsMessage relayed = reply(f.state().onReply(upstreamReply));
        assertEquals(upstreamReply, relayed);
        assertTrue(relayed.compress());
        assertTrue(relayed.length() < upstreamReply.length());
    }

    @Test
    void otherQueryTypesAreForwarded() {
        assertInstanceOf(Resolution.Forward.class, dns(ForwardingPolicy.MOBY_CURRENT, UP1)
                .answer(view(), ask("vote", RecordType.MX), Transport.UDP, new SplittableRandom(1)));
    }

    @Test
    void withoutUpstreamsCurrentMobyAnswersServfailAnd112StaysSilent() {
        DnsMessage r = reply(dns(ForwardingPolicy.MOBY_CURRENT).answer(view(), ask("docker.com", RecordType.A),
                Transport.UDP, new SplittableRandom(1)));
        assertEquals(Rcode.SERVFAIL, r.rcode());
        assertTrue(r.qr() && r.rd() && r.ra());
        assertEquals(4242, r.id());
        assertInstanceOf(Resolution.NoReply.class, dns(ForwardingPolicy.DOCKER_1_12)
                .answer(view(), ask("docker.com", RecordType.A), Transport.UDP, new SplittableRandom(1)));
    }

    @Test
    void currentMobyTriesUpstreamsInOrderThenServfail() {
        DnsMessage q = ask("docker.com", RecordType.A);
        DockerEmbeddedDns d = dns(ForwardingPolicy.MOBY_CURRENT, UP1, UP2, UP3, ip("9.9.9.9"));
        assertEquals(List.of(UP1, UP2, UP3), d.upstreams());
        Resolution.Forward f1 = assertInstanceOf(Resolution.Forward.class,
                d.answer(view(), q, Transport.TCP, new SplittableRandom(1)));
        Resolution.Forward f2 = assertInstanceOf(Resolution.Forward.class,
                f1.state().onReply(LocalReplies.failure(q, Rcode.SERVFAIL)));
        assertEquals(UP2, f2.upstream());
        assertEquals(Transport.TCP, f2.transport());
        Resolution.Forward f3 = assertInstanceOf(Resolution.Forward.class, f2.state().onFailure());
        assertEquals(UP3, f3.upstream());
        assertEquals(2, f3.state().attempt());
        DnsMessage last = reply(f3.state().onReply(LocalReplies.failure(q, Rcode.REFUSED)));
        assertEquals(Rcode.SERVFAIL, last.rcode());
        // NXDOMAIN is an answer: relayed, not retried.
        DnsMessage nx = reply(f1.state().onReply(LocalReplies.failure(q, Rcode.NXDOMAIN)));
        assertEquals(Rcode.NXDOMAIN, nx.rcode());
    }

    @Test
    void docker112RelaysUpstreamServfailAndSkipsOnlyTimeouts() {
        DnsMessage q = ask("docker.com", RecordType.A);
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12, UP1, UP2);
        Resolution.Forward f1 = assertInstanceOf(Resolution.Forward.class,
                d.answer(view(), q, Transport.UDP, new SplittableRandom(1)));
        assertEquals(Rcode.SERVFAIL, reply(f1.state().onReply(LocalReplies.failure(q, Rcode.SERVFAIL))).rcode());
        Resolution.Forward f2 = assertInstanceOf(Resolution.Forward.class, f1.state().onFailure());
        assertEquals(UP2, f2.upstream());
        assertInstanceOf(Resolution.NoReply.class, f2.state().onFailure());
    }

    @Test
    void udpReplyFor40TasksIsTruncatedTo512WithTc() {
        DockerEmbeddedDns d = dns(ForwardingPolicy.DOCKER_1_12);
        DnsMessage r = reply(d.answer(view(), ask("tasks.big", RecordType.A), Transport.UDP, new SplittableRandom(2)));
        assertTrue(r.tc());
        assertTrue(r.length() <= 512);
        // 12 header + 15 question + n * (11 name + 10 + 4 address): 19 records (502) fit in 512, 20 (527) do not.
        assertEquals(19, r.answers().size());
        assertEquals(502, r.length());
        DnsMessage plainName = reply(d.answer(view(), ask("big", RecordType.A), Transport.UDP, new SplittableRandom(2)));
        assertEquals(25, plainName.answers().size(), "21 + 25 * 19 = 496 <= 512 < 515");
        assertEquals(496, plainName.length());
        DnsMessage tcp = reply(d.answer(view(), ask("big", RecordType.A), Transport.TCP, new SplittableRandom(2)));
        assertEquals(40, tcp.answers().size());
        assertFalse(tcp.tc());
        DnsMessage edns = reply(d.answer(view(), DnsMessage.query(1, "big", RecordType.A, true, Optional.of(4096)),
                Transport.UDP, new SplittableRandom(2)));
        assertEquals(40, edns.answers().size());
        assertFalse(edns.tc());
        assertEquals(Optional.empty(), edns.edns(), "1.12 local replies carry no OPT");
        DnsMessage tiny = reply(d.answer(view(), DnsMessage.query(1, "big", RecordType.A, true, Optional.of(100)),
                Transport.UDP, new SplittableRandom(2)));
        assertEquals(25, tiny.answers().size(), "EDNS sizes below 512 are raised to 512");
    }

    @Test
    void resolvConfAsDocker112WritesIt() {
        assertEquals("nameserver 127.0.0.11\noptions ndots:0\n", ResolvConf.forEmbeddedDns().render());
        assertEquals("search example.com corp\nnameserver 127.0.0.11\nnameserver 2001:db8::53\noptions rotate ndots:0\n",
                ResolvConf.forEmbeddedDns(List.of("example.com", "corp"),
                        List.of(ip("10.0.2.3"), ip("2001:db8::53")), List.of("rotate")).render());
        assertEquals("nameserver 127.0.0.11\noptions ndots:0\n",
                ResolvConf.forEmbeddedDns(List.of("."), List.of(), List.of()).render());
        assertEquals(List.of(ip("10.0.2.3")), ResolvConf.upstreamsFrom(List.of(ip("127.0.0.53"), ip("10.0.2.3"),
                ip("2001:db8::53"))));
        assertEquals(List.of(UP2, UP3), ResolvConf.upstreamsFrom(List.of(ip("127.0.1.1"))));
    }
}
