package io.swarmsim.engine.sim;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.engine.trace.TraceListener;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a request's reason line from its events, never from text the engine wrote elsewhere: what
 * the client's resolver and application decided (resolver sorts, application decisions) and, when
 * explaining fully, which IPVS picked which real server where, and the source address each server
 * saw on the connection's first SYN.
 */
final class RequestReasons implements TraceListener {
    /** The kinds the client's own reasons come from. */
    static final Set<TraceEvent.Kind> CLIENT = EnumSet.of(TraceEvent.Kind.APP_DECISION, TraceEvent.Kind.RESOLVER_SORT);
    /** The kinds a full explanation adds. */
    static final Set<TraceEvent.Kind> FULL = EnumSet.of(TraceEvent.Kind.APP_DECISION, TraceEvent.Kind.RESOLVER_SORT,
            TraceEvent.Kind.IPVS, TraceEvent.Kind.SOCKET_DELIVERY);

    private final Function<String, String> label;
    private long request = -1;
    private final List<String> client = new ArrayList<>();
    private final List<String> ipvs = new ArrayList<>();
    private final Map<String, IpAddress> sawFrom = new HashMap<>();

    /** @param label names a namespace for a learner ({@code client.1's container (b9e706026b62)}) */
    RequestReasons(Function<String, String> label) {
        this.label = label;
    }

    /** The kinds to subscribe to for a run at {@code level}. */
    static Set<TraceEvent.Kind> kinds(TraceLevel level) {
        return level == TraceLevel.FULL ? FULL : CLIENT;
    }

    void start(long req) {
        request = req;
        client.clear();
        ipvs.clear();
        sawFrom.clear();
    }

    /** The client's reasons in the order it decided, then the IPVS picks, joined as the report prints them. */
    String line() {
        List<String> all = new ArrayList<>(client);
        all.addAll(ipvs);
        return String.join("; ", all);
    }

    /** The source address the first SYN of the request had when it reached a socket in {@code netns}. */
    java.util.Optional<IpAddress> sawFrom(String netns) {
        return java.util.Optional.ofNullable(sawFrom.get(netns));
    }

    @Override
    public void onEvent(TraceEvent e) {
        if (PacketIds.requestOf(e.traceId()) != request) {
            return;
        }
        if (e instanceof TraceEvent.ResolverSort s) {
            client.add(s.summary());
        } else if (e instanceof TraceEvent.AppDecision a) {
            if (a.action() != TraceEvent.AppAction.CONNECT) {
                client.add(a.detail());
            }
        } else if (e instanceof TraceEvent.Ipvs v) {
            ipvs(v);
        } else if (e instanceof TraceEvent.SocketDelivery d) {
            Packet p = d.packet();
            if (p.protocol() == Protocol.TCP && p.tcpFlags() == TcpFlags.SYN) {
                sawFrom.putIfAbsent(d.at().netns(), p.src());
            }
        }
    }

    private void ipvs(TraceEvent.Ipvs v) {
        String note = switch (v.step()) {
            case SCHEDULED -> v.why() + "; destination " + endpoint(v.before()) + " -> " + endpoint(v.after());
            case DROPPED -> v.why();
            case EXISTING, REPLY -> null;
        };
        if (note == null) {
            return;
        }
        String line = "IPVS in " + label.apply(v.at().netns()) + ": " + note;
        if (!ipvs.contains(line)) {
            ipvs.add(line);
        }
    }

    private static String endpoint(Packet p) {
        return p.dst() + ":" + p.dport();
    }
}
