package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;

import java.util.Optional;

/**
 * The packet side of {@link IpvsTable}: {@code ip_vs_in} / {@code ip_vs_out} of net/netfilter/ipvs/ip_vs_core.c,
 * reduced to what the simulator needs (no ICMP error handling, no persistence, no conn_reuse_mode).
 */
final class IpvsDataPath {
    private final IpvsTable table;

    IpvsDataPath(IpvsTable table) {
        this.table = table;
    }

    IpvsDecision process(Packet p, long now) {
        Optional<IpvsDecision> existing = lookup(p, now);
        return existing.orElseGet(() -> schedule(p, p.mark(), now));
    }

    /** The un-masqueraded reply if {@code p} comes back from a Masq connection's real server (ip_vs_reply4). */
    Optional<IpvsDecision> reply(Packet p, long now) {
        if (p.protocol() == Protocol.ICMP) {
            return Optional.empty();
        }
        table.expire(now);
        IpvsConnection c = table.connectionTable().findOutbound(p.protocol(), p.src(), p.sport(), p.dst(), p.dport());
        return c == null ? Optional.empty() : Optional.of(reply(c, p, now));
    }

    /** The packet's existing connection in either direction, with the rewrite; empty if it has none. */
    private Optional<IpvsDecision> lookup(Packet p, long now) {
        // ip_vs_reply4 runs before ip_vs_remote_request4 at LOCAL_IN, so replies are tried first.
        Optional<IpvsDecision> reply = reply(p, now);
        if (reply.isPresent() || p.protocol() == Protocol.ICMP) {
            return reply;
        }
        ConnectionTable conns = table.connectionTable();
        IpvsConnection c = conns.findInbound(p.protocol(), p.src(), p.sport(), p.dst(), p.dport());
        if (c != null && isFreshSyn(p) && (c.tcpState() == TcpState.TIME_WAIT || c.tcpState() == TcpState.CLOSE)) {
            // conn_reuse_mode=1: a new connection reusing a closing one's tuple is scheduled afresh
            conns.remove(c);
            return Optional.empty();
        }
        if (c != null) {
            return Optional.of(inbound(c, p, now));
        }
        return Optional.empty();
    }

    private static boolean isFreshSyn(Packet p) {
        return p.protocol() == Protocol.TCP && (p.tcpFlags() & (io.swarmsim.kernel.packet.TcpFlags.SYN | io.swarmsim.kernel.packet.TcpFlags.ACK))
                == io.swarmsim.kernel.packet.TcpFlags.SYN;
    }

    private IpvsDecision reply(IpvsConnection c, Packet p, long now) {
        c.transition(true, p.tcpFlags());
        c.rearm(now, table.timeouts());
        c.server().stats().out(p);
        c.service().stats().out(p);
        Packet out = p.withSource(c.virtualAddress(), c.virtualPort());
        return new IpvsDecision(IpvsDecision.Kind.FORWARD, IpvsDecision.Direction.OUT, false, out, c, c.service(),
                () -> "ipvs: reply of " + c.service().key() + " from " + IpvsText.addrPort(c.destAddress(), c.destPort())
                        + " un-masqueraded to source " + IpvsText.addrPort(c.virtualAddress(), c.virtualPort())
                        + ", state " + c.stateName());
    }

    private IpvsDecision inbound(IpvsConnection c, Packet p, long now) {
        if (!c.server().available() && table.expireNodestConn()) {
            table.connectionTable().remove(c);
            return IpvsDecision.drop(p, c, c.service(), () -> "ipvs: destination " + IpvsText.server(c.server()) + " of "
                    + c.service().key() + " was deleted; expire_nodest_conn=1 expires the entry and drops the packet");
        }
        c.server().stats().in(p);
        c.service().stats().in(p);
        c.transition(false, p.tcpFlags());
        c.rearm(now, table.timeouts());
        return new IpvsDecision(IpvsDecision.Kind.FORWARD, IpvsDecision.Direction.IN, false, rewrite(c, p), c, c.service(),
                () -> "ipvs: existing connection of " + c.service().key() + " to "
                        + IpvsText.addrPort(c.destAddress(), c.destPort()) + " (" + c.forward().listName()
                        + (c.server().available() ? ", weight " + c.server().weight() : ", destination deleted")
                        + "), state " + c.stateName());
    }

    private static Packet rewrite(IpvsConnection c, Packet p) {
        return c.forward() == ForwardMethod.MASQ ? p.withDestination(c.destAddress(), c.destPort()) : p;
    }

    IpvsDecision schedule(Packet p, int mark, long now) {
        Optional<VirtualService> found = table.findService(mark, p.protocol(), p.dst(), p.dport());
        if (found.isEmpty()) {
            return IpvsDecision.pass(p, () -> "ipvs: no virtual service for mark " + mark + " or "
                    + p.protocol().keyword().toUpperCase(java.util.Locale.ROOT) + " " + IpvsText.addrPort(p.dst(), p.dport()));
        }
        VirtualService svc = found.get();
        if (p.protocol() == Protocol.ICMP) {
            return IpvsDecision.pass(p, () -> "ipvs: ICMP is not scheduled by " + svc.key());
        }
        if (p.protocol() == Protocol.TCP && !startsConnection(p.tcpFlags())) {
            return IpvsDecision.pass(p, () -> "ipvs: TCP " + TcpFlags.describe(p.tcpFlags())
                    + " without a connection entry is not scheduled by " + svc.key());
        }
        table.expire(now);
        Scheduler.Pick pick = svc.scheduler().schedule(svc, p);
        if (pick.server() == null) {
            return IpvsDecision.drop(p, null, svc, pick.why());
        }
        RealServer d = pick.server();
        IpvsConnection c = new IpvsConnection(p.protocol(), p.src(), p.sport(), p.dst(), p.dport(), svc, d);
        d.countNew(true);
        table.connectionTable().add(c);
        svc.stats().connection();
        d.stats().connection();
        svc.stats().in(p);
        d.stats().in(p);
        c.transition(false, p.tcpFlags());
        c.rearm(now, table.timeouts());
        return new IpvsDecision(IpvsDecision.Kind.FORWARD, IpvsDecision.Direction.IN, true, rewrite(c, p), c, c.service(),
                pick.why());
    }

    /** tcp_conn_schedule: only a SYN (not SYN-ACK, not with RST/FIN) starts a connection. */
    private static boolean startsConnection(int flags) {
        return (flags & TcpFlags.SYN) != 0 && (flags & (TcpFlags.ACK | TcpFlags.RST | TcpFlags.FIN)) == 0;
    }
}
