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
 * Every call returns the effects in order; nothing is sent behind the caller's back. The functions at
 * each hook return their verdict and the packet they produced ({@link StageResult}); the path carries
 * the {@link PacketState} that leaves one stage into the next.
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
        PacketState s = PacketState.sent(ns, p, now);
        Optional<Route> r = route(s, trace, p.dst());
        if (r.isEmpty()) {
            out.add(drop(s, trace, DropReason.NO_ROUTE, "no route to " + p.dst() + " (ENETUNREACH)"));
            return;
        }
        if (loopbackSourceLeaves(p, r.get())) {
            out.add(drop(s, trace, DropReason.NO_ROUTE, loopbackSourceReason(p, r.get())));
            return;
        }
        sendOut(s.withOutDevice(outDevice(r.get())), trace, r.get(), p.dst(), out);
    }

    /**
     * Whether an output route would carry a packet from a 127/8 address out of a device that is not
     * a loopback: __mkroute_output refuses that route (EINVAL), so the packet is never sent. This is
     * how the kernel's own answer (a RST, an echo reply) to a packet source-NATed away from
     * 127.0.0.1 dies, and how DNAT cannot send a 127.0.0.1-sourced packet away from lo.
     */
    static boolean loopbackSourceLeaves(Packet p, Route r) {
        return p.src().isV4() && p.src().isLoopback() && !r.isLocal() && !"lo".equals(r.device());
    }

    static String loopbackSourceReason(Packet p, Route r) {
        return "no route from loopback source " + p.src() + " out of " + r.device() + " (EINVAL)";
    }

    /**
     * OUTPUT then POSTROUTING for a routed packet: rerouted when OUTPUT changed its destination, and
     * run through OUTPUT again when IPVS took it (ip_vs_nat_send_or_cont re-sends via LOCAL_OUT).
     */
    private void sendOut(PacketState s, TraceSink trace, Route r, IpAddress routedTo, List<Effect> out) {
        StageResult output = ns.hooks().run(Hook.OUTPUT, s, trace);
        PacketState sent = s.after(output);
        if (output.verdict() == HookFunction.Verdict.DROP) {
            out.add(dropped(sent, trace, output));
            return;
        }
        Route route = r;
        if (!sent.packet().dst().equals(routedTo)) {
            Optional<Route> again = route(sent, trace, sent.packet().dst());
            if (again.isEmpty()) {
                out.add(drop(sent, trace, DropReason.NO_ROUTE, "no route to " + sent.packet().dst() + " after NAT"));
                return;
            }
            if (loopbackSourceLeaves(sent.packet(), again.get())) {
                out.add(drop(sent, trace, DropReason.NO_ROUTE, loopbackSourceReason(sent.packet(), again.get()) + " after NAT"));
                return;
            }
            route = again.get();
            sent = sent.withOutDevice(outDevice(route));
        }
        if (output.verdict() == HookFunction.Verdict.STOLEN) {
            sendOut(sent, trace, route, sent.packet().dst(), out);
            return;
        }
        postrouting(sent, trace, route, out);
    }

    private void receive(String device, Packet p, Conntrack.Match ct, long now, TraceSink trace,
                         List<Effect> out) {
        ns.stats().packet();
        PacketState arrived = PacketState.received(ns, device, p, ct, now);
        StageResult prerouting = ns.hooks().run(Hook.PREROUTING, arrived, trace);
        PacketState s = arrived.after(prerouting);
        if (prerouting.verdict() == HookFunction.Verdict.DROP) {
            out.add(dropped(s, trace, prerouting));
            return;
        }
        String martian = martian(device, s.packet());
        if (martian != null) {
            out.add(drop(s, trace, DropReason.NO_ROUTE, martian));
            return;
        }
        Optional<Route> r = route(s, trace, s.packet().dst());
        if (r.isEmpty()) {
            out.add(drop(s, trace, DropReason.NO_ROUTE, "no route to " + s.packet().dst()));
            return;
        }
        if (r.get().isLocal()) {
            localIn(s, trace, out);
        } else {
            forward(s, trace, r.get(), p, out);
        }
    }

    /**
     * Why ip_route_input_slow refuses a packet that came in by a device other than lo, or null: a
     * 127/8 destination or source (route_localnet is 0), as after a DNAT to 127.0.0.1 in
     * PREROUTING. Packets looped back through lo keep the route they were sent with and are not
     * looked at.
     */
    private String martian(String device, Packet p) {
        if (!p.dst().isV4() || ns.device(device).map(NetDevice::isLoopback).orElse(false)) {
            return null;
        }
        if (p.dst().isLoopback()) {
            return "martian destination " + p.dst() + " from " + p.src() + " on " + device + " (route_localnet=0)";
        }
        if (p.src().isLoopback()) {
            return "martian source " + p.src() + " to " + p.dst() + " on " + device + " (route_localnet=0)";
        }
        return null;
    }

    /** INPUT, then a local socket; or, when IPVS took the packet at LOCAL_IN, on to the real server through LOCAL_OUT. */
    private void localIn(PacketState s, TraceSink trace, List<Effect> out) {
        StageResult input = ns.hooks().run(Hook.INPUT, s, trace);
        PacketState in = s.after(input);
        if (input.verdict() == HookFunction.Verdict.DROP) {
            out.add(dropped(in, trace, input));
            return;
        }
        if (input.verdict() == HookFunction.Verdict.ACCEPT) {
            deliverLocal(in, trace, out);
            return;
        }
        Optional<Route> fwd = route(in, trace, in.packet().dst());
        if (fwd.isEmpty()) {
            out.add(drop(in, trace, DropReason.NO_ROUTE, "IPVS destination " + in.packet().dst() + " unreachable"));
            return;
        }
        sendOut(in.withOutDevice(outDevice(fwd.get())), trace, fwd.get(), in.packet().dst(), out);
    }

    /** FORWARD then POSTROUTING for a packet routed through; {@code received} is the packet as it arrived. */
    private void forward(PacketState s, TraceSink trace, Route r, Packet received, List<Effect> out) {
        if (!ns.ipForward()) {
            out.add(drop(s, trace, DropReason.IP_FORWARD_DISABLED, "not for this namespace and net.ipv4.ip_forward=0"));
            return;
        }
        Packet p = s.packet();
        if (p.ttl() <= 1) {
            out.add(drop(s, trace, DropReason.TTL_EXCEEDED, "TTL exceeded in transit; kernel answers ICMP time exceeded"));
            reply(s, trace, TraceEvent.ReplyKind.TIME_EXCEEDED);
            IpAddress from = ns.primaryAddress(s.inDevice()).orElse(received.dst());
            localOut(Packet.icmpError(received.traceId(), from, p.src(), Packet.ICMP_TIME_EXCEEDED, 0, p), s.now(), trace, out);
            return;
        }
        PacketState routed = s.withPacket(p.withTtl(p.ttl() - 1)).withOutDevice(outDevice(r));
        StageResult forward = ns.hooks().run(Hook.FORWARD, routed, trace);
        PacketState forwarded = routed.after(forward);
        if (forward.verdict() == HookFunction.Verdict.DROP) {
            out.add(dropped(forwarded, trace, forward));
            return;
        }
        postrouting(forwarded, trace, r, out);
    }

    private void postrouting(PacketState s, TraceSink trace, Route r, List<Effect> out) {
        StageResult postrouting = ns.hooks().run(Hook.POSTROUTING, s, trace);
        PacketState leaving = s.after(postrouting);
        if (postrouting.verdict() == HookFunction.Verdict.DROP) {
            out.add(dropped(leaving, trace, postrouting));
            return;
        }
        IpAddress hop = r.gateway() != null ? r.gateway() : leaving.packet().dst();
        if ("lo".equals(leaving.outDevice())) {
            out.add(new Effect.Loopback(leaving.packet(), leaving.ct()));
        } else {
            ns.link().send(leaving.outDevice(), hop, leaving.packet(), leaving.now(), trace, out);
        }
    }

    private void deliverLocal(PacketState s, TraceSink trace, List<Effect> out) {
        Packet p = s.packet();
        Optional<SocketTable.Binding> b = ns.sockets().find(p.protocol(), p.dst(), p.dport());
        if (p.protocol() != Protocol.ICMP && b.isPresent()) {
            delivered(s, trace, b.get(), p);
            out.add(new Effect.Deliver(b.get(), p));
            return;
        }
        if (p.protocol() == Protocol.ICMP && p.icmpType() == Packet.ICMP_ECHO_REQUEST) {
            reply(s, trace, TraceEvent.ReplyKind.ECHO_REPLY);
            localOut(Packet.icmpEcho(p.traceId(), p.dst(), p.src(), Packet.ICMP_ECHO_REPLY, p.sport(), p.dport(), p.payload()),
                    s.now(), trace, out);
            return;
        }
        if (p.isIcmpError()) {
            Packet about = ((io.swarmsim.kernel.packet.IcmpErrorPayload) p.payload()).original();
            Optional<SocketTable.Binding> owner = ns.sockets().find(about.protocol(), about.src(), about.sport());
            if (owner.isPresent()) {
                delivered(s, trace, owner.get(), p);
                out.add(new Effect.Deliver(owner.get(), p));
            } else {
                out.add(drop(s, trace, DropReason.NO_SOCKET, "no socket sent the packet this ICMP error is about"));
            }
            return;
        }
        if (p.protocol() == Protocol.ICMP) {
            Optional<SocketTable.Binding> raw = ns.sockets().find(Protocol.ICMP, p.dst(), p.sport());
            if (raw.isPresent()) {
                delivered(s, trace, raw.get(), p);
                out.add(new Effect.Deliver(raw.get(), p));
            } else {
                out.add(drop(s, trace, DropReason.NO_SOCKET, "no socket waits for this ICMP message"));
            }
            return;
        }
        if (p.protocol() == Protocol.TCP && (p.tcpFlags() & TcpFlags.RST) == 0) {
            reply(s, trace, TraceEvent.ReplyKind.TCP_RESET);
            // tcp_v4_send_reset: answer an ACK with RST seq=ack; anything else with RST|ACK acking all it carried
            Packet rst = (p.tcpFlags() & TcpFlags.ACK) != 0
                    ? Packet.tcp(p.traceId(), p.dst(), p.dport(), p.src(), p.sport(), TcpFlags.RST, io.swarmsim.kernel.packet.Payload.EMPTY)
                            .withSequence(p.ack(), 0)
                    : Packet.tcp(p.traceId(), p.dst(), p.dport(), p.src(), p.sport(), TcpFlags.RST | TcpFlags.ACK,
                            io.swarmsim.kernel.packet.Payload.EMPTY).withSequence(0, p.seq() + p.payload().length()
                            + ((p.tcpFlags() & TcpFlags.SYN) != 0 ? 1 : 0) + ((p.tcpFlags() & TcpFlags.FIN) != 0 ? 1 : 0));
            localOut(rst, s.now(), trace, out);
            return;
        }
        if (p.protocol() == Protocol.UDP) {
            reply(s, trace, TraceEvent.ReplyKind.PORT_UNREACHABLE);
            localOut(Packet.icmpError(p.traceId(), p.dst(), p.src(), Packet.ICMP_DEST_UNREACH, Packet.ICMP_PORT_UNREACH, p),
                    s.now(), trace, out);
            return;
        }
        out.add(drop(s, trace, DropReason.NO_SOCKET, "nothing listens on " + p.protocol().keyword() + " " + p.dst() + ":" + p.dport()));
    }

    private Optional<Route> route(PacketState s, TraceSink trace, IpAddress dst) {
        Optional<Route> r = ns.routes().lookup(dst);
        if (trace.wants(TraceEvent.Kind.ROUTE_LOOKUP)) {
            trace.event(new TraceEvent.RouteLookup(s.now(), s.packet().traceId(), Place.of(ns.name()), dst,
                    r.map(PacketPath::describe).orElse(null), r.map(PacketPath::outDevice).orElse(null), r.map(Route::gateway).orElse(null)));
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

    private static Effect.Drop drop(PacketState s, TraceSink trace, DropReason kind, String reason) {
        String why = reason == null ? "dropped" : reason;
        if (trace.wants(TraceEvent.Kind.DROP)) {
            trace.event(new TraceEvent.Drop(s.now(), s.packet().traceId(), s.place(), kind, why, s.packet()));
        }
        return new Effect.Drop(s.packet().traceId(), kind, why);
    }

    /** The drop a hook's functions decided, in their words. */
    private static Effect.Drop dropped(PacketState s, TraceSink trace, StageResult r) {
        return drop(s, trace, r.dropKind(), r.dropReason());
    }

    private static void delivered(PacketState s, TraceSink trace, SocketTable.Binding b, Packet p) {
        if (trace.wants(TraceEvent.Kind.SOCKET_DELIVERY)) {
            trace.event(new TraceEvent.SocketDelivery(s.now(), p.traceId(), s.place(), b.toString(), p));
        }
    }

    private static void reply(PacketState s, TraceSink trace, TraceEvent.ReplyKind kind) {
        if (trace.wants(TraceEvent.Kind.KERNEL_REPLY)) {
            trace.event(new TraceEvent.KernelReply(s.now(), s.packet().traceId(), s.place(), kind, s.packet()));
        }
    }
}
