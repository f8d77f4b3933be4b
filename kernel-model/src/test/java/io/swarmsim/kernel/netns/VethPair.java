package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The live differential test's topology for regression tests: namespace a (10.9.0.1 and the
 * secondary 10.9.0.11 on eth0, default route via b) and b (10.9.0.2, secondary 10.9.0.3) on one
 * veth pair, every neighbour permanent. {@link #send} carries everything a packet from a causes,
 * frames across the pair and packets through lo, and returns every effect.
 */
final class VethPair {
    static final IpAddress A = IpAddress.parse("10.9.0.1");
    static final IpAddress B = IpAddress.parse("10.9.0.2");
    final NetNamespace a = host("a", 0x020000090001L, "10.9.0.1/24", "10.9.0.11/24");
    final NetNamespace b = host("b", 0x020000090002L, "10.9.0.2/24", "10.9.0.3/24");

    VethPair() {
        for (String n : new String[] {"10.9.0.2", "10.9.0.3"}) {
            a.neighbour(new Neighbour(IpAddress.parse(n), "eth0", new MacAddress(0x020000090002L), Neighbour.State.PERMANENT));
        }
        for (String n : new String[] {"10.9.0.1", "10.9.0.11", "10.9.0.50"}) {
            b.neighbour(new Neighbour(IpAddress.parse(n), "eth0", new MacAddress(0x020000090001L), Neighbour.State.PERMANENT));
        }
        a.addDefaultRoute(B, "eth0");
    }

    private static NetNamespace host(String name, long mac, String... cidrs) {
        NetNamespace ns = new NetNamespace(name, 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(mac), 1500, null, null);
        for (String c : cidrs) {
            ns.addAddress(InterfaceAddress.of(c, "eth0"));
        }
        return ns;
    }

    static String tables(String... rules) {
        return "*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + ":POSTROUTING ACCEPT [0:0]\n" + String.join("", java.util.Arrays.stream(rules).filter(r -> r.startsWith("mangle "))
                        .map(r -> r.substring(7) + "\n").toList())
                + "COMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                + String.join("", java.util.Arrays.stream(rules).filter(r -> r.startsWith("nat ")).map(r -> r.substring(4) + "\n").toList())
                + "COMMIT\n*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                + String.join("", java.util.Arrays.stream(rules).filter(r -> r.startsWith("filter ")).map(r -> r.substring(7) + "\n").toList())
                + "COMMIT\n";
    }

    private record Step(NetNamespace ns, Effect effect) {
    }

    /** Sends {@code p} from a and runs everything it causes to the end. */
    List<Effect> send(Packet p) {
        List<Effect> all = new ArrayList<>();
        Deque<Step> queue = new ArrayDeque<>();
        a.path().output(p, 0, TraceSink.NONE).forEach(e -> queue.add(new Step(a, e)));
        while (!queue.isEmpty()) {
            Step s = queue.poll();
            all.add(s.effect());
            List<Effect> next = List.of();
            NetNamespace at = s.ns();
            if (s.effect() instanceof Effect.Emit em) {
                at = s.ns() == a ? b : a;
                next = at.link().receive("eth0", em.frame(), 0, TraceSink.NONE);
            } else if (s.effect() instanceof Effect.Loopback lo) {
                next = at.path().loopback(lo, 0, TraceSink.NONE);
            }
            NetNamespace where = at;
            next.forEach(e -> queue.add(new Step(where, e)));
        }
        return all;
    }
}
