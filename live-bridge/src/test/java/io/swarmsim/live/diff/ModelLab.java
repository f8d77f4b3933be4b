package io.swarmsim.live.diff;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.Chain;
import io.swarmsim.kernel.netfilter.Counters;
import io.swarmsim.kernel.netfilter.PacketCount;
import io.swarmsim.kernel.netfilter.RulesetException;
import io.swarmsim.kernel.netfilter.Table;
import io.swarmsim.kernel.netns.Effect;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.Neighbour;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same two namespaces in the model, built fresh for every case: kernel-model's
 * {@link NetNamespace}s joined by carrying each frame one emits to the other's eth0, each packet
 * looped through lo back into its own namespace. Each probe is written by A's "socket" (bound in
 * the model, so its answers are delivered to it and tell the probe's outcome), and everything it
 * causes runs to completion before the next probe. The real probes may go out together
 * ({@link RealLab}): their flows are independent, so this order stands for any other.
 */
final class ModelLab {
    /** Far more steps than any probe needs; a model bug that ping-pongs a packet for ever stops here. */
    private static final int MAX_STEPS = 1000;

    private final Map<Side, NetNamespace> ns = new EnumMap<>(Side.class);
    private long now;

    ModelLab() {
        for (Side s : Side.values()) {
            NetNamespace n = new NetNamespace(s.name().toLowerCase(Locale.ROOT), 32768);
            n.addDevice(Topology.DEVICE, NetDevice.Kind.VETH, Topology.mac(s), 1500, null, null);
            for (IpAddress a : Topology.addresses(s)) {
                n.addAddress(InterfaceAddress.of(a + "/" + Topology.PREFIX, Topology.DEVICE));
            }
            for (IpAddress a : Topology.neighbours(s)) {
                n.neighbour(new Neighbour(a, Topology.DEVICE, Topology.peerMac(s), Neighbour.State.PERMANENT));
            }
            ns.put(s, n);
        }
        ns.get(Side.A).addDefaultRoute(Topology.B_ADDR, Topology.DEVICE);
    }

    Observation run(DiffCase c) {
        Observation o = new Observation();
        for (Side s : Side.values()) {
            try {
                ns.get(s).restore(c.rules(s).text());
            } catch (RulesetException | IllegalArgumentException e) {
                o.loadError(s, e.getMessage());
            }
        }
        if (!o.loaded()) {
            return o;
        }
        NetNamespace a = ns.get(Side.A);
        for (Probe p : c.probes()) {
            a.sockets().bind(p.protocol(), null, p.localPort(), p);
        }
        for (Probe p : c.probes()) {
            o.outcome(send(p));
        }
        for (Side s : Side.values()) {
            counters(s, o);
            o.conntrack(s, ns.get(s).conntrack().entries(now).stream().map(ConntrackListing::of).toList());
        }
        return o;
    }

    private record Step(Side side, Effect effect) {
    }

    /** Sends one probe from A and carries everything it causes; returns what its sender saw. */
    private Probe.Outcome send(Probe p) {
        NetNamespace a = ns.get(Side.A);
        IpAddress src = a.sourceFor(p.dst()).orElseThrow().address();
        List<Effect> first = a.path().output(p.packet(src), now, TraceSink.NONE);
        Deque<Step> queue = new ArrayDeque<>();
        first.forEach(e -> queue.add(new Step(Side.A, e)));
        boolean answered = false;
        int steps = 0;
        while (!queue.isEmpty()) {
            if (++steps > MAX_STEPS) {
                throw new IllegalStateException("probe " + p + " still causes packets after " + MAX_STEPS + " steps");
            }
            Step s = queue.poll();
            now += 1_000;
            List<Effect> next = List.of();
            if (s.effect() instanceof Effect.Emit em) {
                Side to = s.side() == Side.A ? Side.B : Side.A;
                next = ns.get(to).link().receive(Topology.DEVICE, em.frame(), now, TraceSink.NONE);
                next.forEach(e -> queue.add(new Step(to, e)));
            } else if (s.effect() instanceof Effect.Loopback lo) {
                next = ns.get(s.side()).path().loopback(lo, now, TraceSink.NONE);
                next.forEach(e -> queue.add(new Step(s.side(), e)));
            } else if (s.effect() instanceof Effect.Deliver d && s.side() == Side.A && d.binding().owner() == p) {
                answered |= answers(p, d.packet());
            }
        }
        if (p.protocol() == Protocol.UDP) {
            return Probe.Outcome.SENT;
        }
        return answered ? Probe.Outcome.ANSWERED : Probe.Outcome.SILENT;
    }

    /** An echo reply for ping, a RST for curl: what makes the real tool report an answer. */
    private static boolean answers(Probe p, Packet got) {
        return switch (p.protocol()) {
            case ICMP -> got.icmpType() == Packet.ICMP_ECHO_REPLY && !got.isIcmpError();
            case TCP -> (got.tcpFlags() & TcpFlags.RST) != 0;
            case UDP -> false;
        };
    }

    private void counters(Side s, Observation o) {
        NetNamespace n = ns.get(s);
        Counters counters = n.counters();
        for (Table t : n.ruleset().tables()) {
            for (Chain c : t.chains()) {
                if (c.builtin()) {
                    PacketCount pc = counters.policy(t.name(), c.name());
                    o.count(s, t.name(), c.name(), "policy", pc.packets(), pc.bytes());
                }
                for (int i = 1; i <= c.rules().size(); i++) {
                    PacketCount pc = counters.rule(t.name(), c.name(), i);
                    o.count(s, t.name(), c.name(), Integer.toString(i), pc.packets(), pc.bytes());
                }
            }
        }
    }
}
