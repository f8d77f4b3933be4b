package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The IPv4 path of one namespace: locally generated packets (ip_local_out: route, OUTPUT,
 * POSTROUTING, transmit) and received ones (ip_rcv: PREROUTING, route, INPUT and local delivery, or
 * FORWARD and POSTROUTING). The kernel's own answers (echo reply, RST) are generated here too.
 * Every call returns the effects in order; nothing is sent behind the caller's back.
 */
public final class PacketPath {
    private final NetNamespace ns;

    PacketPath(NetNamespace ns) {
        this.ns = ns;
    }

    /** A packet written by a local socket. */
    public List<Effect> output(Packet p, long now, TraceSink trace) {
        List<Effect> out = new ArrayList<>();
        localOut(p, now, trace, out);
        return out;
    }

    /** A packet arriving on {@code device}. */
    public List<Effect> input(String device, Packet p, long now, TraceSink trace) {
        List<Effect> out = new ArrayList<>();
        receive(device, p, null, now, trace, out);
        return out;
    }

    /** A packet this namespace sent through {@code lo} coming back in, still attached to its connection. */
    public List<Effect> loopback(Effect.Loopback t, long now, TraceSink trace) {
        List<Effect> out = new ArrayList<>();
        Conntrack.Match m = t.conntrack();
        // the nat table has already seen this packet on its way out: it is no longer a connection's first packet
        receive("lo", t.packet(), m == null ? null : new Conntrack.Match(m.entry(), m.direction(), false, m.related()), now, trace, out);
        return out;
    }

    private void localOut(Packet p, long now, TraceSink trace, List<Effect> out) {
        ns.stats().packet();
        HookState s = new HookState(ns, p, null, null, now, trace);
        Optional<Route> r = route(s, p.dst());
        if (r.isEmpty()) {
            out.add(drop(s, DropReason.NO_ROUTE, "no route to " + p.dst() + " (ENETUNREACH)"));
            return;
        }
        s.outDevice(outDevice(r.get()));
        sendOut(s, r.get(), p.dst(), out);
    }

    /**
     * OUTPUT then POSTROUTING for a routed packet: rerouted when OUTPUT changed its destination, and
     * run through OUTPUT again when IPVS took it (ip_vs_nat_send_or_cont re-sends via LOCAL_OUT).
     */
    private void sendOut(HookState s, Route r, IpAddress routedTo, List<Effect> out) {
        HookFunction.Verdict v = ns.hooks().run(Hook.OUTPUT, s);
        if (v == HookFunction.Verdict.DROP) {
            out.add(drop(s, s.dropKind(), s.dropReason()));
            return;
        }
        if (!s.packet().dst().equals(routedTo)) {
            Optional<Route> again = route(s, s.packet().dst());
            if (again.isEmpty()) {
                out.add(drop(s, DropReason.NO_ROUTE, "no route to " + s.packet().dst() + " after NAT"));
                return;
            }
            r = again.get();
            s.outDevice(outDevice(r));
        }
        if (v == HookFunction.Verdict.STOLEN) {
            sendOut(s, r, s.packet().dst(), out);
            return;
        }
        postrouting(s, r, out);
    }

    private void receive(String device, Packet p, Conntrack.Match ct, long now, TraceSink trace,
                         List<Effect> out) {
        ns.stats().packet();
        HookState s = new HookState(ns, p, device, null, now, trace);
        s.ct(ct);
        if (ns.hooks().run(Hook.PREROUTING, s) == HookFunction.Verdict.DROP) {
            out.add(drop(s, s.dropKind(), s.dropReason()));
            return;
        }
        Optional<Route> r = route(s, s.packet().dst());
        if (r.isEmpty()) {
            out.add(drop(s, DropReason.NO_ROUTE, "no route to " + s.packet().dst()));
            return;
        }
        if (r.get().isLocal()) {
            HookFunction.Verdict v = ns.hooks().run(Hook.INPUT, s);
            if (v == HookFunction.Verdict.DROP) {
                out.add(drop(s, s.dropKind(), s.dropReason()));
                return;
            }
            if (v == HookFunction.Verdict.STOLEN) {
                // IPVS took the packet at LOCAL_IN and sends it to the real server through LOCAL_OUT
                Optional<Route> fwd = route(s, s.packet().dst());
                if (fwd.isEmpty()) {
                    out.add(drop(s, DropReason.NO_ROUTE, "IPVS destination " + s.packet().dst() + " unreachable"));
                    return;
                }
                s.outDevice(outDevice(fwd.get()));
                sendOut(s, fwd.get(), s.packet().dst(), out);
                return;
            }
            deliverLocal(s, out);
            return;
        }
        if (!ns.ipForward()) {
            out.add(drop(s, DropReason.IP_FORWARD_DISABLED, "not for this namespace and net.ipv4.ip_forward=0"));
            return;
        }
        if (s.packet().ttl() <= 1) {
            out.add(drop(s, DropReason.TTL_EXCEEDED, "TTL exceeded in transit; kernel answers ICMP time exceeded"));
            reply(s, TraceEvent.ReplyKind.TIME_EXCEEDED);
            localOut(Packet.icmpError(p.traceId(), ns.primaryAddress(device).orElse(p.dst()), s.packet().src(), Packet.ICMP_TIME_EXCEEDED, 0,
                    s.packet()), now, trace, out);
            return;
        }
        s.packet(s.packet().withTtl(s.packet().ttl() - 1));
        s.outDevice(outDevice(r.get()));
        if (ns.hooks().run(Hook.FORWARD, s) == HookFunction.Verdict.DROP) {
            out.add(drop(s, s.dropKind(), s.dropReason()));
            return;
        }
        postrouting(s, r.get(), out);
    }

    private void postrouting(HookState s, Route r, List<Effect> out) {
        if (ns.hooks().run(Hook.POSTROUTING, s) == HookFunction.Verdict.DROP) {
            out.add(drop(s, s.dropKind(), s.dropReason()));
            return;
        }
        IpAddress hop = r.gateway() != null ? r.gateway() : s.packet().dst();
        if ("lo".equals(s.outDevice())) {
            out.add(new Effect.Loopback(s.packet(), s.ct()));
        } else {
            ns.link().send(s.outDevice(), hop, s.packet(), s.now(), s.sink(), out);
        }
    }

    private void deliverLocal(HookState s, List<Effect> out) {
        Packet p = s.packet();
        Optional<SocketTable.Binding> b = ns.sockets().find(p.protocol(), p.dst(), p.dport());
        if (p.protocol() != Protocol.ICMP && b.isPresent()) {
            delivered(s, b.get(), p);
            out.add(new Effect.Deliver(b.get(), p));
            return;
        }
        if (p.protocol() == Protocol.ICMP && p.icmpType() == Packet.ICMP_ECHO_REQUEST) {
            reply(s, TraceEvent.ReplyKind.ECHO_REPLY);
            localOut(Packet.icmpEcho(p.traceId(), p.dst(), p.src(), Packet.ICMP_ECHO_REPLY, p.sport(), p.dport(), p.payload()),
                    s.now(), s.sink(), out);
            return;
        }
        if (p.isIcmpError()) {
            Packet about = ((io.swarmsim.kernel.packet.IcmpErrorPayload) p.payload()).original();
            Optional<SocketTable.Binding> owner = ns.sockets().find(about.protocol(), about.src(), about.sport());
            if (owner.isPresent()) {
                delivered(s, owner.get(), p);
                out.add(new Effect.Deliver(owner.get(), p));
            } else {
                out.add(drop(s, DropReason.NO_SOCKET, "no socket sent the packet this ICMP error is about"));
            }
            return;
        }
        if (p.protocol() == Protocol.ICMP) {
            Optional<SocketTable.Binding> raw = ns.sockets().find(Protocol.ICMP, p.dst(), p.sport());
            if (raw.isPresent()) {
                delivered(s, raw.get(), p);
                out.add(new Effect.Deliver(raw.get(), p));
            } else {
                out.add(drop(s, DropReason.NO_SOCKET, "no socket waits for this ICMP message"));
            }
            return;
        }
        if (p.protocol() == Protocol.TCP && (p.tcpFlags() & TcpFlags.RST) == 0) {
            reply(s, TraceEvent.ReplyKind.TCP_RESET);
            // tcp_v4_send_reset: answer an ACK with RST seq=ack; anything else with RST|ACK acking all it carried
            Packet rst = (p.tcpFlags() & TcpFlags.ACK) != 0
                    ? Packet.tcp(p.traceId(), p.dst(), p.dport(), p.src(), p.sport(), TcpFlags.RST, io.swarmsim.kernel.packet.Payload.EMPTY)
                            .withSequence(p.ack(), 0)
                    : Packet.tcp(p.traceId(), p.dst(), p.dport(), p.src(), p.sport(), TcpFlags.RST | TcpFlags.ACK,
                            io.swarmsim.kernel.packet.Payload.EMPTY).withSequence(0, p.seq() + p.payload().length()
                            + ((p.tcpFlags() & TcpFlags.SYN) != 0 ? 1 : 0) + ((p.tcpFlags() & TcpFlags.FIN) != 0 ? 1 : 0));
            localOut(rst, s.now(), s.sink(), out);
            return;
        }
        if (p.protocol() == Protocol.UDP) {
            reply(s, TraceEvent.ReplyKind.PORT_UNREACHABLE);
            localOut(Packet.icmpError(p.traceId(), p.dst(), p.src(), Packet.ICMP_DEST_UNREACH, Packet.ICMP_PORT_UNREACH, p),
                    s.now(), s.sink(), out);
            return;
        }
        out.add(drop(s, DropReason.NO_SOCKET, "nothing listens on " + p.protocol().keyword() + " " + p.dst() + ":" + p.dport()));
    }

    private Optional<Route> route(HookState s, IpAddress dst) {
        Optional<Route> r = ns.routes().lookup(dst);
        if (s.wants(TraceEvent.Kind.ROUTE_LOOKUP)) {
            s.emit(new TraceEvent.RouteLookup(s.now(), s.packet().traceId(), Place.of(ns.name()), dst, r.map(PacketPath::describe).orElse(null),
                    r.map(PacketPath::outDevice).orElse(null), r.map(Route::gateway).orElse(null)));
        }
        return r;
    }

    private static String outDevice(Route r) {
        return r.isLocal() ? "lo" : r.device();
    }

    private static String describe(Route r) {
        if (r.isLocal()) {
            return "local (" + r.destination() + " dev " + r.device() + ")";
        }
        return r.destination() + (r.gateway() != null ? " via " + r.gateway() : "") + " dev " + r.device();
    }

    private static Effect.Drop drop(HookState s, DropReason kind, String reason) {
        String why = reason == null ? "dropped" : reason;
        if (s.wants(TraceEvent.Kind.DROP)) {
            s.emit(new TraceEvent.Drop(s.now(), s.packet().traceId(), s.place(), kind, why, s.packet()));
        }
        return new Effect.Drop(s.packet().traceId(), kind, why);
    }

    private static void delivered(HookState s, SocketTable.Binding b, Packet p) {
        if (s.wants(TraceEvent.Kind.SOCKET_DELIVERY)) {
            s.emit(new TraceEvent.SocketDelivery(s.now(), p.traceId(), s.place(), b.toString(), p));
        }
    }

    private static void reply(HookState s, TraceEvent.ReplyKind kind) {
        if (s.wants(TraceEvent.Kind.KERNEL_REPLY)) {
            s.emit(new TraceEvent.KernelReply(s.now(), s.packet().traceId(), s.place(), kind, s.packet()));
        }
    }
}
