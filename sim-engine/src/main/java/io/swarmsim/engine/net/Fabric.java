package io.swarmsim.engine.net;

import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.loop.Slots;
import io.swarmsim.kernel.netns.Effect;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.VxlanSocket;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.netns.SocketTable;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries what the namespaces emit, as events: a frame sent on a veth arrives at its peer after the
 * in-node latency; a frame on an underlay Ethernet device reaches the other hosts on that segment
 * after the underlay latency; a VXLAN-encapsulated packet is sent by the underlay namespace's stack
 * and decapsulated by the vxlan socket at the far end; deliveries to sockets become events for
 * their owners.
 */
public final class Fabric {
    private record Port(NetNamespace ns, String device) {
    }

    /** A device of a namespace as a map key: the namespace by identity, the device name's cached hash. */
    private record DevKey(NetNamespace ns, String device) {
    }

    /** {@code lo} frames carry all-zero MACs, as tcpdump shows them. */
    private static final io.swarmsim.kernel.net.MacAddress LOOPBACK_MAC = new io.swarmsim.kernel.net.MacAddress(0);

    private final EventLoop loop;
    private final TraceSink trace;
    private final Latencies latencies;
    private final Map<String, NetNamespace> namespaces = new LinkedHashMap<>();
    private final Map<String, List<Port>> segments = new LinkedHashMap<>();
    private final Map<DevKey, String> segmentOf = new java.util.HashMap<>();
    private final Map<String, Map<io.swarmsim.kernel.net.MacAddress, Port>> byMac = new java.util.HashMap<>();
    private final Map<DevKey, Port> vethPeers = new java.util.HashMap<>();
    /** Namespaces that do not exist now: a container not started yet, or stopped (its veth pair went with it). */
    private final java.util.Set<NetNamespace> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * What is in flight, (where it goes, what it carries) a slot; the fabric's events are of the
     * types below, each carrying a slot's number, so a hop allocates no event object.
     */
    private final Slots inFlight = new Slots();
    private final EventLoop.EventType arrival;
    private final EventLoop.EventType loopbackArrival;
    private final EventLoop.EventType tunnelOutput;
    private final EventLoop.EventType delivery;

    public Fabric(EventLoop loop, TraceSink trace, Latencies latencies) {
        this.loop = loop;
        this.trace = trace;
        this.latencies = latencies;
        this.arrival = loop.type(this::arrival);
        this.loopbackArrival = loop.type(this::loopbackArrival);
        this.tunnelOutput = loop.type(this::tunnelOutput);
        this.delivery = loop.type(this::delivery);
    }

    public void add(NetNamespace ns) {
        namespaces.put(ns.name(), ns);
    }

    /**
     * Takes a namespace away, as deleting a container's network namespace does: its veth pair goes
     * with it, so frames sent towards it are dropped (NO_CARRIER) and it sends nothing.
     */
    public void remove(NetNamespace ns) {
        gone.add(ns);
    }

    /** Brings a namespace taken away by {@link #remove} back (a container started later, built ahead). */
    public void restore(NetNamespace ns) {
        gone.remove(ns);
    }

    /** Whether {@code ns} exists now. */
    public boolean present(NetNamespace ns) {
        return !gone.contains(ns);
    }

    /** Plugs an Ethernet device into a shared segment (the underlay switch). */
    public void attach(NetNamespace ns, String device, String segment) {
        Port p = new Port(ns, device);
        segments.computeIfAbsent(segment, s -> new ArrayList<>()).add(p);
        segmentOf.put(new DevKey(ns, device), segment);
        byMac.computeIfAbsent(segment, s -> new java.util.HashMap<>()).put(ns.device(device).orElseThrow().mac(), p);
    }

    /** The segment a device is plugged into, if any. */
    public Optional<String> segment(NetNamespace ns, String device) {
        return Optional.ofNullable(segmentOf.get(new DevKey(ns, device)));
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

    /** A local socket in {@code ns} writes {@code p}. */
    public void send(NetNamespace ns, Packet p) {
        if (!gone.isEmpty() && gone.contains(ns)) {
            return; // a socket of a deleted namespace: nothing leaves it
        }
        dispatch(ns, ns.path().output(p, loop.now(), trace));
    }

    private void dispatch(NetNamespace ns, List<Effect> effects) {
        for (Effect e : effects) {
            if (e instanceof Effect.Loopback l) {
                if (trace.wants(TraceEvent.Kind.FRAME_SENT)) {
                    Frame f = loopbackFrame(l);
                    Place lo = Place.of(ns.name(), "lo");
                    trace.event(new TraceEvent.FrameSent(loop.now(), f.traceId(), lo, lo, f));
                }
                later(latencies.loopback(), loopbackArrival, ns, l);
            } else if (e instanceof Effect.Emit em) {
                emit(ns, em);
            } else if (e instanceof Effect.Tunnel t) {
                later(0, tunnelOutput, namespaces.get(t.underlayNetns()), t.outer());
            } else if (e instanceof Effect.Deliver d) {
                deliver(ns, d);
            } else if (e instanceof Effect.HostUnreachable u) {
                hostUnreachable(ns, u.packet());
            } else if (e instanceof Effect.NeighbourTimer t) {
                loop.schedule(t.delay(), () -> dispatch(ns, ns.link().neighbourTimer(t.device(), t.nextHop(), loop.now(), trace)));
            } // an Effect.Drop has already told the trace why
        }
    }

    /** Tells the socket that sent {@code p} (bound to its source address and port, or ICMP identifier). */
    private void hostUnreachable(NetNamespace ns, Packet p) {
        ns.sockets().find(p.protocol(), p.src(), p.sport()).map(SocketTable.Binding::owner)
                .filter(PacketHandler.class::isInstance).map(PacketHandler.class::cast)
                .ifPresent(h -> loop.schedule(0, () -> h.onHostUnreachable(p)));
    }

    private void deliver(NetNamespace at, Effect.Deliver d) {
        Object owner = d.binding().owner();
        if (owner instanceof VxlanSocket vx && d.packet().payload() instanceof VxlanPayload v) {
            Optional<VxlanSocket.Endpoint> ep = vx.endpoint(v.vni());
            if (ep.isEmpty()) {
                if (trace.wants(TraceEvent.Kind.DROP)) {
                    trace.event(new TraceEvent.Drop(loop.now(), d.packet().traceId(), Place.of(at.name()), DropReason.UNKNOWN_VNI,
                            "VXLAN packet from " + d.packet().src() + " for vni " + v.vni() + ", which no vxlan device here serves",
                            d.packet()));
                }
                return;
            }
            NetNamespace target = namespaces.get(ep.get().netns());
            if (trace.wants(TraceEvent.Kind.VXLAN)) {
                trace.event(new TraceEvent.Vxlan(loop.now(), d.packet().traceId(), Place.of(target.name(), ep.get().device()), false,
                        v.vni(), d.packet(), v.inner()));
            }
            later(0, arrival, new Port(target, ep.get().device()), v.inner());
            return;
        }
        later(0, delivery, owner, d.packet());
    }

    private void emit(NetNamespace ns, Effect.Emit raw) {
        NetDevice dev = ns.device(raw.device()).orElseThrow();
        Effect.Emit em = scrub(raw);
        if (dev.kind() == NetDevice.Kind.VETH && dev.peer() != null) {
            Port to = vethPeers.computeIfAbsent(new DevKey(ns, em.device()), k -> {
                String[] peer = dev.peer().split("/", 2);
                return new Port(namespaces.get(peer[0]), peer[1]);
            });
            if (!gone.isEmpty() && gone.contains(to.ns())) {
                dropped(ns, em, DropReason.NO_CARRIER, em.device() + "'s peer is gone: the namespace " + to.ns().name()
                        + " was deleted (its container stopped or is not started), and its end of the veth pair with it");
                return;
            }
            sent(ns, em, Place.of(to.ns().name(), to.device()));
            later(latencies.sameNode(), arrival, to, em.frame());
            return;
        }
        String segment = segmentOf.get(new DevKey(ns, em.device()));
        if (segment == null) {
            dropped(ns, em, DropReason.NO_CARRIER, em.device() + " is connected to nothing");
            return;
        }
        if (em.frame().isBroadcast()) {
            sent(ns, em, Place.of(segment));
            for (Port p : segments.get(segment)) {
                if (!(p.ns() == ns && p.device().equals(em.device()))) {
                    later(latencies.underlay(), arrival, p, em.frame());
                }
            }
            return;
        }
        Port p = byMac.get(segment).get(em.frame().dst());
        if (p == null || p.ns() == ns) {
            sent(ns, em, Place.of(segment));
            dropped(ns, em, DropReason.UNKNOWN_MAC, "no host on segment " + segment + " has MAC " + em.frame().dst());
            return;
        }
        sent(ns, em, Place.of(p.ns().name(), p.device()));
        later(latencies.underlay(), arrival, p, em.frame());
    }

    /** {@code to} is the peer device, or for a frame on a shared segment that no one port receives, the segment. */
    private void sent(NetNamespace ns, Effect.Emit em, Place to) {
        if (trace.wants(TraceEvent.Kind.FRAME_SENT)) {
            trace.event(new TraceEvent.FrameSent(loop.now(), em.frame().traceId(), Place.of(ns.name(), em.device()), to, em.frame()));
        }
    }

    private void dropped(NetNamespace ns, Effect.Emit em, DropReason why, String detail) {
        if (trace.wants(TraceEvent.Kind.DROP)) {
            trace.event(new TraceEvent.Drop(loop.now(), em.frame().traceId(), Place.of(ns.name(), em.device()), why, detail,
                    em.frame().packet()));
        }
    }

    /** Crossing into another namespace clears the skb mark (skb_scrub_packet). */
    private static Effect.Emit scrub(Effect.Emit em) {
        Frame f = em.frame();
        if (f.isArp() || f.packet().mark() == 0) {
            return em;
        }
        return new Effect.Emit(em.device(), Frame.ip(f.src(), f.dst(), f.packet().withMark(0)));
    }

    private void later(long delay, EventLoop.EventType type, Object where, Object what) {
        loop.schedule(delay, type, inFlight.put(where, what));
    }

    /** A frame reaches a port. */
    private void arrival(long slot) {
        Port p = (Port) inFlight.first(slot);
        Frame f = (Frame) inFlight.second(slot);
        inFlight.free(slot);
        arrive(p.ns(), p.device(), f);
    }

    /** A packet looped back on {@code lo} comes in again. */
    private void loopbackArrival(long slot) {
        NetNamespace ns = (NetNamespace) inFlight.first(slot);
        Effect.Loopback l = (Effect.Loopback) inFlight.second(slot);
        inFlight.free(slot);
        if (trace.wants(TraceEvent.Kind.FRAME_RECEIVED)) {
            Frame f = loopbackFrame(l);
            trace.event(new TraceEvent.FrameReceived(loop.now(), f.traceId(), Place.of(ns.name(), "lo"), f));
        }
        dispatch(ns, ns.path().loopback(l, loop.now(), trace));
    }

    /** An encapsulated packet leaves through the underlay namespace's stack. */
    private void tunnelOutput(long slot) {
        NetNamespace under = (NetNamespace) inFlight.first(slot);
        Packet outer = (Packet) inFlight.second(slot);
        inFlight.free(slot);
        dispatch(under, under.path().output(outer, loop.now(), trace));
    }

    /** A packet reaches the socket it was delivered to. */
    private void delivery(long slot) {
        PacketHandler h = (PacketHandler) inFlight.first(slot);
        Packet p = (Packet) inFlight.second(slot);
        inFlight.free(slot);
        h.onPacket(p);
    }

    private static Frame loopbackFrame(Effect.Loopback l) {
        return Frame.ip(LOOPBACK_MAC, LOOPBACK_MAC, l.packet());
    }

    private void arrive(NetNamespace ns, String device, Frame f) {
        if (!gone.isEmpty() && gone.contains(ns)) {
            if (trace.wants(TraceEvent.Kind.DROP)) {
                trace.event(new TraceEvent.Drop(loop.now(), f.traceId(), Place.of(ns.name(), device), DropReason.NO_CARRIER,
                        "the namespace " + ns.name() + " was deleted while the frame was on its way", f.isArp() ? null : f.packet()));
            }
            return;
        }
        if (trace.wants(TraceEvent.Kind.FRAME_RECEIVED)) {
            trace.event(new TraceEvent.FrameReceived(loop.now(), f.traceId(), Place.of(ns.name(), device), f));
        }
        dispatch(ns, ns.link().receive(device, f, loop.now(), trace));
    }
}
