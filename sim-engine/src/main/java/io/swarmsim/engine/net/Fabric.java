package io.swarmsim.engine.net;

import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.Effect;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.TraceStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries packets between namespaces as events: every transmit becomes an arrival on the peer
 * device after the link's latency, every local delivery an event for the socket's owner. Devices
 * are attached to named L2 segments; the receiver of a frame is the namespace whose device on that
 * segment holds the next hop's address (what ARP would find).
 */
public final class Fabric {
    private record Port(NetNamespace ns, String device, String node) {
    }

    private final EventLoop loop;
    private final TraceSink trace;
    private final Latencies latencies;
    private final Map<String, NetNamespace> namespaces = new LinkedHashMap<>();
    private final Map<String, String> nodeOf = new LinkedHashMap<>();
    private final Map<String, List<Port>> segments = new LinkedHashMap<>();
    private final Map<String, String> segmentOf = new LinkedHashMap<>();
    private final List<Effect.Drop> drops = new ArrayList<>();
    private long packetsCarried;

    public Fabric(EventLoop loop, TraceSink trace, Latencies latencies) {
        this.loop = loop;
        this.trace = trace;
        this.latencies = latencies;
    }

    public void add(NetNamespace ns, String node) {
        namespaces.put(ns.name(), ns);
        nodeOf.put(ns.name(), node);
    }

    /** Attaches {@code ns}'s {@code device} to L2 segment {@code segment}. */
    public void attach(NetNamespace ns, String device, String segment) {
        segments.computeIfAbsent(segment, s -> new ArrayList<>()).add(new Port(ns, device, nodeOf.get(ns.name())));
        segmentOf.put(ns.name() + "/" + device, segment);
    }

    public Optional<NetNamespace> namespace(String name) {
        return Optional.ofNullable(namespaces.get(name));
    }

    public List<NetNamespace> namespaces() {
        return List.copyOf(namespaces.values());
    }

    public EventLoop loop() {
        return loop;
    }

    public List<Effect.Drop> drops() {
        return List.copyOf(drops);
    }

    public long packetsCarried() {
        return packetsCarried;
    }

    /** A local socket in {@code ns} writes {@code p}. */
    public void send(NetNamespace ns, Packet p) {
        dispatch(ns, ns.path().output(p, loop.now(), trace));
    }

    private void dispatch(NetNamespace ns, List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.Transmit t) {
                transmit(ns, t);
            } else if (e instanceof Effect.Deliver d) {
                PacketHandler h = (PacketHandler) d.binding().owner();
                loop.schedule(0, () -> h.onPacket(d.packet()));
            } else if (e instanceof Effect.Drop d) {
                drops.add(d);
            }
        }
    }

    private void transmit(NetNamespace ns, Effect.Transmit t) {
        packetsCarried++;
        if ("lo".equals(t.device())) {
            loop.schedule(latencies.loopback(), () -> dispatch(ns, ns.path().loopback(t, loop.now(), trace)));
            return;
        }
        String segment = segmentOf.get(ns.name() + "/" + t.device());
        Port to = segment == null ? null : neighbour(segment, t.nextHop(), ns);
        if (to == null) {
            String why = "no neighbour answers ARP for " + t.nextHop() + " on " + t.device() + " (incomplete)";
            if (trace.enabled()) {
                trace.step(new TraceStep(t.packet().traceId(), ns.name(), TraceStep.Stage.DROP, t.device(), why));
            }
            drops.add(new Effect.Drop(t.packet(), why));
            return;
        }
        long delay = to.node().equals(nodeOf.get(ns.name())) ? latencies.sameNode() : latencies.underlay();
        if (trace.enabled()) {
            trace.step(new TraceStep(t.packet().traceId(), ns.name(), TraceStep.Stage.DEVICE, t.device(),
                    "frame to " + to.ns().name() + "/" + to.device() + " over " + segment
                            + (to.node().equals(nodeOf.get(ns.name())) ? "" : " (crosses the underlay to " + to.node() + ")")));
        }
        loop.schedule(delay, () -> dispatch(to.ns(), to.ns().path().input(to.device(), t.packet(), loop.now(), trace)));
    }

    private Port neighbour(String segment, IpAddress hop, NetNamespace from) {
        for (Port p : segments.get(segment)) {
            if (p.ns() == from) {
                continue;
            }
            for (InterfaceAddress a : p.ns().addresses()) {
                if (a.device().equals(p.device()) && a.address().equals(hop)) {
                    return p;
                }
            }
        }
        return null;
    }
}
