package io.swarmsim.kernel.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A datagram to a closed port comes back as an ICMP error that conntrack files as RELATED. */
class RelatedIcmpTest {
    private static NetNamespace host(String name, String cidr, long mac) {
        NetNamespace ns = new NetNamespace(name, 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(mac), 1500, null, null);
        ns.addAddress(InterfaceAddress.of(cidr, "eth0"));
        return ns;
    }

    /** Carries frames between the two namespaces until nothing moves; returns what was delivered to sockets. */
    private static List<Effect.Deliver> exchange(NetNamespace a, NetNamespace b, List<Effect> first) {
        List<Effect.Deliver> delivered = new ArrayList<>();
        List<Object[]> queue = new ArrayList<>();
        first.forEach(e -> queue.add(new Object[] {a, e}));
        while (!queue.isEmpty()) {
            Object[] item = queue.remove(0);
            NetNamespace from = (NetNamespace) item[0];
            Effect e = (Effect) item[1];
            if (e instanceof Effect.Emit em) {
                NetNamespace to = from == a ? b : a;
                to.link().receive("eth0", em.frame(), 0, TraceSink.NONE).forEach(x -> queue.add(new Object[] {to, x}));
            } else if (e instanceof Effect.Deliver d) {
                delivered.add(d);
            }
        }
        return delivered;
    }

    @Test
    void portUnreachableIsRelatedToTheDatagramsConnection() {
        NetNamespace a = host("a", "10.0.0.1/24", 0x020000000001L);
        NetNamespace b = host("b", "10.0.0.2/24", 0x020000000002L);
        a.restore("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + "-A INPUT -m conntrack --ctstate RELATED -j ACCEPT\nCOMMIT\n");
        Object owner = new Object();
        a.sockets().bind(Protocol.UDP, null, 5353, owner);
        Packet query = Packet.udp(1, IpAddress.parse("10.0.0.1"), 5353, IpAddress.parse("10.0.0.2"), 53, Payload.ofBytes(new byte[20]));
        List<Effect.Deliver> got = exchange(a, b, a.path().output(query, 0, TraceSink.NONE));
        assertEquals(1, got.size());
        Packet err = got.get(0).packet();
        assertTrue(err.isIcmpError(), err.summary());
        assertEquals(IpAddress.parse("10.0.0.2"), err.src());
        assertEquals(owner, got.get(0).binding().owner());
        assertEquals(1, a.counters().rule("filter", "INPUT", 1).packets(), "the RELATED rule saw the error");
        assertTrue(a.ruleset().table(TableKind.FILTER).isPresent());
    }

    @Test
    void theErrorAboutASourceNatedDatagramFindsTheSenderBehindTheNat() {
        NetNamespace a = host("a", "10.0.0.1/24", 0x020000000001L);
        NetNamespace b = host("b", "10.0.0.2/24", 0x020000000002L);
        a.restore("*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                + "-A POSTROUTING -p udp -j SNAT --to-source 10.0.0.1:1000\nCOMMIT\n");
        Object owner = new Object();
        a.sockets().bind(Protocol.UDP, null, 5353, owner);
        Packet query = Packet.udp(1, IpAddress.parse("10.0.0.1"), 5353, IpAddress.parse("10.0.0.2"), 53, Payload.ofBytes(new byte[20]));
        List<Effect.Deliver> got = exchange(a, b, a.path().output(query, 0, TraceSink.NONE));
        assertEquals(1, got.size(), "the port-unreachable reaches the socket that sent from port 5353");
        assertEquals(owner, got.get(0).binding().owner());
        Packet quoted = ((io.swarmsim.kernel.packet.IcmpErrorPayload) got.get(0).packet().payload()).original();
        assertEquals(5353, quoted.sport(), "the quoted datagram is translated back to what the sender sent");
    }
}
