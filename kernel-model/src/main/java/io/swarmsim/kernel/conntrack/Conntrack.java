package io.swarmsim.kernel.conntrack;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A namespace's connection tracking table. Lookup is by either tuple, in constant time. NAT is
 * recorded as the kernel records it: by changing the expected reply tuple and setting a status
 * bit; {@link #manip} then rewrites packets of both directions from the two tuples.
 */
public final class Conntrack {
    /** A packet's connection and the direction it travels in. */
    public record Match(ConnEntry entry, Direction direction, boolean created, boolean related) {
        public Match(ConnEntry entry, Direction direction, boolean created) {
            this(entry, direction, created, false);
        }

        public CtState state() {
            if (related) {
                return CtState.RELATED;
            }
            if (created) {
                return CtState.NEW;
            }
            return direction == Direction.REPLY || entry.seenReply() ? CtState.ESTABLISHED : CtState.NEW;
        }
    }

    /** The two NAT manipulations: source (POSTROUTING, INPUT) and destination (PREROUTING, OUTPUT). */
    public enum ManipType { SRC, DST }

    private final Map<Tuple, ConnEntry> byTuple = new HashMap<>();
    /** Expiry timers, as the kernel's conntrack gc worker walks them. */
    private final io.swarmsim.kernel.time.ExpiryQueue<ConnEntry> timers = new io.swarmsim.kernel.time.ExpiryQueue<>();
    private final Set<ConnEntry> order = new LinkedHashSet<>();

    /** Finds or creates the entry for {@code p}; expired entries are dropped first. */
    public Match track(Packet p, long now) {
        collect(now);
        if (p.isIcmpError()) {
            return related(p, now);
        }
        Tuple t = Tuple.of(p);
        ConnEntry e = byTuple.get(t);
        if (e != null && (e.expires() <= now || reopens(e, t, p))) {
            remove(e);
            e = null;
        }
        if (e == null && p.protocol() == io.swarmsim.kernel.packet.Protocol.TCP
                && (p.tcpFlags() & io.swarmsim.kernel.packet.TcpFlags.RST) != 0) {
            return null; // tcp_new refuses a RST: INVALID, no entry
        }
        if (e == null) {
            // unconfirmed until the packet leaves the stack (confirm): a dropped first packet leaves nothing behind
            return new Match(new ConnEntry(t, now), Direction.ORIGINAL, true);
        }
        return new Match(e, direction(e, t, p), false);
    }

    /**
     * Which way {@code p} travels on {@code e}. An echo to one's own address has the same
     * addresses and identifier both ways; the kernel's ICMP tuples differ in their type (8 out,
     * 0 back), the model's do not, so there the echo reply is what makes the REPLY direction.
     */
    private static Direction direction(ConnEntry e, Tuple t, Packet p) {
        if (!e.original().equals(t)) {
            return Direction.REPLY;
        }
        boolean echoReply = p.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP && p.icmpType() == Packet.ICMP_ECHO_REPLY;
        return echoReply && e.reply().equals(t) ? Direction.REPLY : Direction.ORIGINAL;
    }

    /** A SYN on the original tuple of a connection in TIME_WAIT or CLOSE starts a new one (nf_conntrack_proto_tcp). */
    private static boolean reopens(ConnEntry e, Tuple t, Packet p) {
        int f = p.tcpFlags();
        return p.protocol() == io.swarmsim.kernel.packet.Protocol.TCP && e.original().equals(t)
                && (f & io.swarmsim.kernel.packet.TcpFlags.SYN) != 0 && (f & io.swarmsim.kernel.packet.TcpFlags.ACK) == 0
                && (e.tcpState() == ConnEntry.TcpState.TIME_WAIT || e.tcpState() == ConnEntry.TcpState.CLOSE);
    }

    /**
     * An ICMP error belongs to the connection of the packet it carries (nf_conntrack_icmpv4.c):
     * the carried packet's tuple, inverted, is one of that connection's tuples. Unknown: untracked.
     */
    private Match related(Packet p, long now) {
        Tuple inner = Tuple.of(((io.swarmsim.kernel.packet.IcmpErrorPayload) p.payload()).original()).invert();
        ConnEntry e = byTuple.get(inner);
        if (e == null || e.expires() <= now) {
            return null;
        }
        return new Match(e, e.reply().equals(inner) ? Direction.REPLY : Direction.ORIGINAL, false, true);
    }

    /**
     * Inserts a new connection into the table once its first packet has made it through the stack
     * (__nf_conntrack_confirm at POSTROUTING and INPUT); does nothing for a known one.
     */
    public void confirm(Match m) {
        ConnEntry e = m.entry();
        if (e.confirmed()) {
            return;
        }
        e.markConfirmed();
        byTuple.put(e.original(), e);
        byTuple.put(e.reply(), e);
        order.add(e);
        timers.add(e.expires(), e);
    }

    /** Records a packet of a known connection (state machine and timeout). */
    public void seen(Match m, Packet p, long now) {
        ConnEntry e = m.entry();
        if (p.protocol() == io.swarmsim.kernel.packet.Protocol.TCP && (p.tcpFlags() & io.swarmsim.kernel.packet.TcpFlags.RST) != 0
                && !e.seenReply()) {
            // tcp_packet: "if only reply is a RST, we can consider ourselves not to have an established
            // connection": the entry is killed at once; the RST itself still belongs to it (ESTABLISHED, NAT undone)
            e.seen(p, m.direction(), now);
            remove(e);
            return;
        }
        e.seen(p, m.direction(), now);
    }

    /** Binds destination NAT for a new connection: the reply will come from {@code to:port}. */
    public void bindDestination(ConnEntry e, IpAddress to, int port) {
        Tuple r = e.reply();
        rekey(e, () -> e.natDestination(new Tuple(r.protocol(), to, port, r.dst(), r.dport())));
    }

    /** Changes an entry's reply tuple, keeping the table's index right when the entry is already in it. */
    private void rekey(ConnEntry e, Runnable change) {
        if (e.confirmed()) {
            byTuple.remove(e.reply(), e);
        }
        change.run();
        if (e.confirmed()) {
            byTuple.put(e.reply(), e);
        }
    }

    /** Binds source NAT for a new connection: the reply will go to {@code to:port}. */
    public void bindSource(ConnEntry e, IpAddress to, int port) {
        Tuple r = e.reply();
        rekey(e, () -> e.natSource(new Tuple(r.protocol(), r.src(), r.sport(), to, port)));
    }

    /**
     * Changes the reply a connection expects without marking it NATed, as IPVS does with
     * {@code net.ipv4.vs.conntrack=1} (ip_vs_update_conntrack): replies from the real server are
     * then recognised as this connection's, and IPVS itself undoes its rewrite.
     */
    public void alterReply(ConnEntry e, IpAddress src, int sport) {
        Tuple r = e.reply();
        rekey(e, () -> e.alterReply(new Tuple(r.protocol(), src, sport, r.dst(), r.dport())));
    }

    /**
     * Applies the connection's NAT to a packet at a hook of the given manip type (nf_nat_packet):
     * original packets get the translated addresses, replies get the original ones back.
     */
    public static Packet manip(Match m, ManipType type, Packet p) {
        ConnEntry e = m.entry();
        boolean original = m.direction() == Direction.ORIGINAL;
        boolean applies = original ? (type == ManipType.SRC ? e.srcNat() : e.dstNat())
                                   : (type == ManipType.SRC ? e.dstNat() : e.srcNat());
        if (!applies) {
            return p;
        }
        Tuple target = (original ? e.reply() : e.original()).invert();
        boolean icmp = p.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP;
        if (m.related()) {
            // nf_nat_icmp_reply_translation: the outer header like a packet of that direction, and the packet
            // the error quotes (which went the other way) back to what its sender sent
            Packet outer = type == ManipType.SRC ? p.withSource(target.src(), p.sport()) : p.withDestination(target.dst(), p.dport());
            if (p.payload() instanceof io.swarmsim.kernel.packet.IcmpErrorPayload quoted) {
                // the quoted packet went the other way: an error travelling in REPLY quotes an ORIGINAL packet
                Tuple sent = original ? e.reply() : e.original();
                Packet in = quoted.original();
                in = type == ManipType.DST ? in.withSource(sent.src(), sent.sport()) : in.withDestination(sent.dst(), sent.dport());
                outer = outer.withPayload(new io.swarmsim.kernel.packet.IcmpErrorPayload(in));
            }
            return outer;
        }
        if (type == ManipType.SRC) {
            return p.withSource(target.src(), icmp ? p.sport() : target.sport());
        }
        return p.withDestination(target.dst(), icmp ? p.dport() : target.dport());
    }

    public boolean isTupleTaken(Tuple t) {
        return byTuple.containsKey(t);
    }

    /** Entries in creation order, live at {@code now}. */
    public List<ConnEntry> entries(long now) {
        List<ConnEntry> live = new ArrayList<>();
        for (ConnEntry e : order) {
            if (e.expires() > now) {
                live.add(e);
            }
        }
        return live;
    }

    public int size() {
        return order.size();
    }

    /** Drops the entries whose timeout ran out; an entry whose timer was pushed back is queued again. */
    private void collect(long now) {
        timers.drain(now, e -> {
            if (e.removed()) {
                return;
            }
            if (e.expires() <= now) {
                remove(e);
            } else {
                timers.add(e.expires(), e);
            }
        });
    }

    private void remove(ConnEntry e) {
        byTuple.remove(e.original(), e);
        byTuple.remove(e.reply(), e);
        order.remove(e);
        e.markRemoved();
    }
}
