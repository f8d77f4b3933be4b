package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Arp;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Layer 2 of one namespace: neighbour resolution with ARP (packets wait while a request is out),
 * bridges (learning, forwarding by FDB, flooding, local delivery to the bridge's own address) and
 * vxlan devices (proxy ARP from static entries, FDB lookup of the remote VTEP, encapsulation).
 */
public final class LinkLayer {
    private static final MacAddress ZERO = new MacAddress(0);
    private final NetNamespace ns;
    /** Packets waiting for an ARP answer, with when the last request went out and how many were sent. */
    private static final class Pending {
        final List<Packet> queue = new ArrayList<>();
        long askedAt;
        int probes;
    }

    /** The kernel's defaults: 3 probes 1 s apart (mcast_solicit, retrans_time), 3 packets queued (unres_qlen). */
    static final int PROBES = 3;
    static final long RETRANS = 1_000_000_000L;
    static final int QUEUE = 3;

    private final Map<String, Pending> waiting = new LinkedHashMap<>();
    /** Outer IP identifications handed out per (source, destination) of this namespace's tunnels. */
    private final Map<TunnelFlow, Integer> tunnelIds = new java.util.HashMap<>();

    private record TunnelFlow(IpAddress src, IpAddress dst) {
    }

    LinkLayer(NetNamespace ns) {
        this.ns = ns;
    }

    /** Sends an IP packet out of {@code device} towards {@code nextHop}, resolving its MAC first. */
    void send(String device, IpAddress nextHop, Packet p, long now, TraceSink trace, List<Effect> out) {
        NetDevice d = ns.device(device).orElseThrow();
        Optional<Neighbour> n = ns.neighbour(device, nextHop);
        if (n.isPresent() && n.get().state() != Neighbour.State.INCOMPLETE && n.get().state() != Neighbour.State.FAILED) {
            transmit(d, Frame.ip(d.mac(), n.get().mac(), p), now, trace, out);
            return;
        }
        String key = device + "/" + nextHop;
        Pending pending = waiting.get(key);
        if (pending != null && now - pending.askedAt < RETRANS) {
            enqueue(device, nextHop, pending, p, now, trace, out);
            return;
        }
        if (pending != null && pending.probes >= PROBES) {
            pending.queue.add(p);
            fail(device, nextHop, pending, now, trace, out);
            return;
        }
        if (pending == null) {
            pending = new Pending();
            waiting.put(key, pending);
        }
        enqueue(device, nextHop, pending, p, now, trace, out);
        probe(d, nextHop, pending, p, now, trace, out);
    }

    /**
     * The neighbour timer of {@code nextHop} on {@code device}, which every probe arms
     * {@value #RETRANS} ns ahead (neigh_timer_handler): while the packets still wait and no probe
     * went out since, another probe, or after {@value #PROBES} probes FAILED, dropping the queue.
     * Without it a packet waiting for an answer that never comes would wait for ever, unseen.
     */
    public List<Effect> neighbourTimer(String device, IpAddress nextHop, long now, TraceSink trace) {
        List<Effect> out = new ArrayList<>();
        Pending pending = waiting.get(device + "/" + nextHop);
        if (pending == null || pending.queue.isEmpty() || now - pending.askedAt < RETRANS) {
            return out;
        }
        if (pending.probes >= PROBES) {
            fail(device, nextHop, pending, now, trace, out);
        } else {
            // arp_solicit asks on behalf of the last packet queued
            probe(ns.device(device).orElseThrow(), nextHop, pending, pending.queue.get(pending.queue.size() - 1), now, trace, out);
        }
        return out;
    }

    /** Queues {@code p} behind the pending resolution, dropping the oldest when the queue is full (unres_qlen). */
    private void enqueue(String device, IpAddress nextHop, Pending pending, Packet p, long now, TraceSink trace, List<Effect> out) {
        if (pending.queue.size() >= QUEUE) {
            out.add(drop(trace, now, device, pending.queue.remove(0), DropReason.ARP_QUEUE_FULL,
                    "ARP queue for " + nextHop + " full (unres_qlen): oldest packet dropped"));
        }
        pending.queue.add(p);
    }

    /** No answer to {@value #PROBES} requests: FAILED, every queued packet is dropped and the senders hear EHOSTUNREACH. */
    private void fail(String device, IpAddress nextHop, Pending pending, long now, TraceSink trace, List<Effect> out) {
        waiting.remove(device + "/" + nextHop);
        ns.neighbour(new Neighbour(nextHop, device, ZERO, Neighbour.State.FAILED));
        long id = pending.queue.get(pending.queue.size() - 1).traceId();
        if (trace.wants(TraceEvent.Kind.ARP)) {
            trace.event(new TraceEvent.Arp(now, id, Place.of(ns.name(), device), TraceEvent.ArpStep.FAILED, nextHop, null));
        }
        String why = "no ARP answer from " + nextHop + " on " + device + " (FAILED, EHOSTUNREACH)";
        for (Packet q : pending.queue) {
            out.add(drop(trace, now, device, q, DropReason.ARP_FAILED, why));
            if (ns.isLocal(q.src())) {
                out.add(new Effect.HostUnreachable(q));
            }
        }
    }

    /** Sends a who-has for {@code nextHop} on behalf of {@code p} and arms the neighbour timer. */
    private void probe(NetDevice d, IpAddress nextHop, Pending pending, Packet p, long now, TraceSink trace, List<Effect> out) {
        pending.askedAt = now;
        pending.probes++;
        ns.neighbour(new Neighbour(nextHop, d.name(), ZERO, Neighbour.State.INCOMPLETE));
        // arp_announce=0: the packet's own source when it is ours, else the device's primary address
        IpAddress from = ns.isLocal(p.src()) && !p.src().isLoopback() ? p.src()
                : ns.primaryAddress(d.name()).filter(a -> !a.equals(nextHop)).orElse(p.src());
        Arp req = new Arp(Arp.Op.REQUEST, d.mac(), from, ZERO, nextHop);
        arp(trace, now, p.traceId(), d.name(), TraceEvent.ArpStep.REQUEST, nextHop, null);
        transmit(d, Frame.arp(p.traceId(), d.mac(), Frame.BROADCAST, req), now, trace, out);
        out.add(new Effect.NeighbourTimer(d.name(), nextHop, RETRANS));
    }

    /** A frame arrives on {@code device}. */
    public List<Effect> receive(String device, Frame frame, long now, TraceSink trace) {
        List<Effect> out = new ArrayList<>();
        NetDevice d = ns.device(device).orElseThrow(() -> new IllegalStateException(ns.name() + ": no device " + device));
        Frame f = frame;
        if ((d.kind() == NetDevice.Kind.VETH || d.kind() == NetDevice.Kind.ETHER) && !f.isArp() && f.packet().mark() != 0) {
            // a frame from the wire has no mark; one from a veth peer in another namespace loses it
            // (veth_xmit -> skb_scrub_packet with xnet): fwmarks never cross namespaces
            f = new Frame(f.traceId(), f.src(), f.dst(), f.packet().withMark(0), null);
        }
        if (d.master() != null) {
            learn(d, f, now, trace);
            bridge(d.master(), device, f, now, trace, out);
        } else {
            local(d, f, now, trace, out);
        }
        return out;
    }

    /** A frame leaves through device {@code d} of this namespace. */
    private void transmit(NetDevice d, Frame f, long now, TraceSink trace, List<Effect> out) {
        switch (d.kind()) {
            case BRIDGE -> bridge(d.name(), null, f, now, trace, out);
            case VXLAN -> vxlan(d, f, now, trace, out);
            default -> out.add(new Effect.Emit(d.name(), f));
        }
    }

    private void bridge(String bridge, String ingress, Frame f, long now, TraceSink trace, List<Effect> out) {
        NetDevice br = ns.device(bridge).orElseThrow();
        if (f.isBroadcast()) {
            boolean sent = flood(bridge, ingress, f, now, trace, out);
            if (ingress != null) {
                local(br, f, now, trace, out);
            } else if (!sent) {
                out.add(drop(trace, now, bridge, f.traceId(), f.packet(), DropReason.BRIDGE_NO_PORT,
                        bridge + " has no port to flood the broadcast to"));
            }
            return;
        }
        if (f.dst().equals(br.mac())) {
            if (ingress != null) {
                local(br, f, now, trace, out);
            } else {
                out.add(drop(trace, now, bridge, f.traceId(), f.packet(), DropReason.BRIDGE_NO_PORT,
                        "frame sent on " + bridge + " to " + bridge + "'s own MAC " + f.dst()));
            }
            return;
        }
        Optional<FdbEntry> e = ns.fdbLookup(f.dst(), bridge);
        if (e.isPresent()) {
            if (!e.get().device().equals(ingress)) {
                fdb(trace, now, f, bridge, TraceEvent.FdbStep.HIT, f.dst(), e.get().device());
                transmit(ns.device(e.get().device()).orElseThrow(), f, now, trace, out);
            } else {
                out.add(drop(trace, now, bridge, f.traceId(), f.packet(), DropReason.BRIDGE_NO_PORT,
                        f.dst() + " is on port " + ingress + ", where the frame came in (no hairpin)"));
            }
            return;
        }
        fdb(trace, now, f, bridge, TraceEvent.FdbStep.FLOOD, f.dst(), null);
        if (!flood(bridge, ingress, f, now, trace, out)) {
            out.add(drop(trace, now, bridge, f.traceId(), f.packet(), DropReason.BRIDGE_NO_PORT,
                    f.dst() + " unknown and " + bridge + " has no other port to flood to"));
        }
    }

    /** Sends {@code f} out of every port of {@code bridge} but {@code ingress}; false when there was none. */
    private boolean flood(String bridge, String ingress, Frame f, long now, TraceSink trace, List<Effect> out) {
        boolean sent = false;
        for (NetDevice port : ns.ports(bridge)) {
            if (!port.name().equals(ingress)) {
                transmit(port, f, now, trace, out);
                sent = true;
            }
        }
        return sent;
    }

    private void vxlan(NetDevice d, Frame f, long now, TraceSink trace, List<Effect> out) {
        VxlanConfig cfg = d.vxlan();
        if (f.isArp()) {
            Arp a = f.arp();
            if (a.op() != Arp.Op.REQUEST || !cfg.proxy()) {
                return;
            }
            Optional<Neighbour> n = ns.neighbour(d.name(), a.targetIp());
            if (n.isEmpty() || n.get().state() != Neighbour.State.PERMANENT) {
                arp(trace, now, f.traceId(), d.name(), TraceEvent.ArpStep.PROXY_MISS, a.targetIp(), null);
                return;
            }
            arp(trace, now, f.traceId(), d.name(), TraceEvent.ArpStep.PROXY_REPLY, a.targetIp(), n.get().mac());
            Arp reply = new Arp(Arp.Op.REPLY, n.get().mac(), a.targetIp(), a.senderMac(), a.senderIp());
            out.addAll(receive(d.name(), Frame.arp(f.traceId(), n.get().mac(), a.senderMac(), reply), now, trace));
            return;
        }
        if (f.isBroadcast()) {
            // no all-zeros default entry (Docker's overlay has none): vxlan_fdb_miss drops it
            out.add(drop(trace, now, d.name(), f.traceId(), f.packet(), DropReason.FDB_MISS,
                    d.name() + ": no FDB entry to flood the broadcast to"));
            return;
        }
        Optional<FdbEntry> e = ns.fdbLookup(f.dst(), d.name()).filter(x -> x.dst() != null);
        if (e.isEmpty()) {
            out.add(drop(trace, now, d.name(), f.packet(), DropReason.FDB_MISS, d.name() + ": no FDB entry for " + f.dst() + " (l2miss)"));
            return;
        }
        Packet inner = f.packet();
        int sport = 32768 + Math.floorMod((inner.src().flowHash() * 31 + inner.dst().flowHash()) * 31 + inner.sport() * 17 + inner.dport(), 60999 - 32768 + 1);
        int ipId = outerIpId(cfg.local(), e.get().dst());
        Packet outer = Packet.udp(inner.traceId(), cfg.local(), sport, e.get().dst(), cfg.port(), new VxlanPayload(cfg.vni(), f, ipId));
        if (trace.wants(TraceEvent.Kind.VXLAN)) {
            trace.event(new TraceEvent.Vxlan(now, f.traceId(), Place.of(ns.name(), d.name()), true, cfg.vni(), outer, f));
        }
        out.add(new Effect.Tunnel(cfg.underlayNetns(), outer));
    }

    /**
     * The IP identification of the next tunnel packet from {@code src} to {@code dst}: the kernel's
     * __ip_select_ident keeps one counter per (destination, source, protocol) hash, starting at a random
     * value, plus one per packet; here the start is a hash of the addresses (deterministic) and the
     * random jumps the kernel adds after idle jiffies are left out.
     */
    private int outerIpId(IpAddress src, IpAddress dst) {
        TunnelFlow key = new TunnelFlow(src, dst);
        int start = Math.floorMod((src.flowHash() * 31 + dst.flowHash()) * 0x9E3779B1, 0x10000);
        int next = tunnelIds.merge(key, 1, Integer::sum);
        return (start + next - 1) & 0xffff;
    }

    /** A frame for this namespace's own stack on device {@code d}. */
    private void local(NetDevice d, Frame f, long now, TraceSink trace, List<Effect> out) {
        if (!f.isBroadcast() && !f.dst().equals(d.mac())) {
            out.add(drop(trace, now, d.name(), f.traceId(), f.packet(), DropReason.NOT_FOR_THIS_HOST,
                    "frame for " + f.dst() + ", not " + d.name() + "'s " + d.mac() + " (PACKET_OTHERHOST)"));
            return;
        }
        if (!f.isArp()) {
            out.addAll(ns.path().input(d.name(), f.packet(), now, trace));
            return;
        }
        Arp a = f.arp();
        boolean forUs = ns.isLocal(a.targetIp()) && !a.targetIp().isLoopback();
        if (a.op() == Arp.Op.REPLY || forUs) {
            learned(d, f.traceId(), a.senderIp(), a.senderMac(), now, trace, out);
        }
        if (a.op() == Arp.Op.REQUEST && forUs) {
            arp(trace, now, f.traceId(), d.name(), TraceEvent.ArpStep.REPLY, a.targetIp(), d.mac());
            Arp reply = new Arp(Arp.Op.REPLY, d.mac(), a.targetIp(), a.senderMac(), a.senderIp());
            transmit(d, Frame.arp(f.traceId(), d.mac(), a.senderMac(), reply), now, trace, out);
        }
    }

    private void learned(NetDevice d, long id, IpAddress ip, MacAddress mac, long now, TraceSink trace, List<Effect> out) {
        Optional<Neighbour> old = ns.neighbour(d.name(), ip);
        if (old.isPresent() && old.get().state() == Neighbour.State.PERMANENT) {
            return;
        }
        ns.neighbour(new Neighbour(ip, d.name(), mac, Neighbour.State.REACHABLE));
        arp(trace, now, id, d.name(), TraceEvent.ArpStep.LEARNED, ip, mac);
        Pending queued = waiting.remove(d.name() + "/" + ip);
        if (queued != null) {
            for (Packet p : queued.queue) {
                transmit(d, Frame.ip(d.mac(), mac, p), now, trace, out);
            }
        }
    }

    /** A bridge port learns the frame's source MAC; an event only when the entry is new or moved. */
    private void learn(NetDevice port, Frame f, long now, TraceSink trace) {
        Optional<FdbEntry> known = ns.fdbLookup(f.src(), port.master());
        if (known.isPresent() && known.get().device().equals(port.name())) {
            return;
        }
        ns.fdb(new FdbEntry(f.src(), port.name(), port.master(), null, false, false));
        fdb(trace, now, f, port.master(), TraceEvent.FdbStep.LEARN, f.src(), port.name());
    }

    private void fdb(TraceSink trace, long now, Frame f, String bridge, TraceEvent.FdbStep step, MacAddress mac, String port) {
        if (trace.wants(TraceEvent.Kind.FDB)) {
            trace.event(new TraceEvent.Fdb(now, f.traceId(), Place.of(ns.name(), bridge), step, mac, port));
        }
    }

    private void arp(TraceSink trace, long now, long id, String device, TraceEvent.ArpStep step, IpAddress target, MacAddress mac) {
        if (trace.wants(TraceEvent.Kind.ARP)) {
            trace.event(new TraceEvent.Arp(now, id, Place.of(ns.name(), device), step, target, mac));
        }
    }

    /** A drop with its event; {@code p} is null for an ARP frame. */
    private Effect.Drop drop(TraceSink trace, long now, String device, Packet p, DropReason why, String detail) {
        return drop(trace, now, device, p.traceId(), p, why, detail);
    }

    private Effect.Drop drop(TraceSink trace, long now, String device, long id, Packet p, DropReason why, String detail) {
        if (trace.wants(TraceEvent.Kind.DROP)) {
            trace.event(new TraceEvent.Drop(now, id, Place.of(ns.name(), device), why, detail, p));
        }
        return new Effect.Drop(id, why, detail);
    }
}
