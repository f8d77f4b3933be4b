package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Direction;
import io.swarmsim.kernel.ipvs.IpvsDecision;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;

/**
 * IPVS where ip_vs_core.c registers it: LOCAL_OUT just after DNAT (locally generated requests and
 * replies), LOCAL_IN just before SNAT (requests to a local virtual address, replies to this host),
 * and FORWARD (replies routed through a load balancer). With {@code vs/conntrack=1} a new
 * connection also updates the conntrack entry's expected reply (ip_vs_update_conntrack).
 */
final class IpvsHooks {
    /** ip_vs_reply4 at NF_INET_FORWARD runs at priority 100. */
    static final int FORWARD_PRIORITY = 100;

    private IpvsHooks() {
    }

    static void register(NetNamespace ns) {
        ns.hooks().register(Hook.OUTPUT, HookPriority.IPVS_LOCAL_OUT, "ipvs", IpvsHooks::process);
        ns.hooks().register(Hook.INPUT, HookPriority.IPVS_LOCAL_IN, "ipvs", IpvsHooks::process);
        ns.hooks().register(Hook.FORWARD, FORWARD_PRIORITY, "ipvs", IpvsHooks::process);
    }

    private static StageResult process(PacketState s, TraceSink trace) {
        if (s.netns().ipvs().isEmpty() || s.ipvs()) {
            return StageResult.accept(s); // nothing to balance, or a packet IPVS already sent on
        }
        IpvsDecision d;
        if (s.hook() == Hook.FORWARD) {
            // at FORWARD only replies are un-masqueraded (ip_vs_reply4); nothing is scheduled
            java.util.Optional<IpvsDecision> r = s.netns().ipvs().reply(s.packet(), s.now());
            if (r.isEmpty()) {
                return StageResult.accept(s);
            }
            d = r.get();
        } else {
            d = s.netns().ipvs().process(s.packet(), s.now());
        }
        switch (d.kind()) {
            case PASS:
                return StageResult.accept(s);
            case DROP:
                trace(s, trace, d, TraceEvent.IpvsStep.DROPPED);
                return StageResult.drop(s, DropReason.IPVS_NO_DESTINATION, "ipvs: " + d.reason());
            default:
                break;
        }
        Packet after = d.packet();
        if (d.created() && d.direction() == IpvsDecision.Direction.IN && s.ct() != null
                && s.ct().direction() == Direction.ORIGINAL) {
            s.netns().conntrack().alterReply(s.ct().entry(), after.dst(), after.dport());
        }
        trace(s, trace, d, d.direction() == IpvsDecision.Direction.OUT ? TraceEvent.IpvsStep.REPLY
                : d.created() ? TraceEvent.IpvsStep.SCHEDULED : TraceEvent.IpvsStep.EXISTING);
        // ip_vs_nat_xmit: for a remote real server IPVS takes the packet and sends it through LOCAL_OUT itself
        boolean stolen = d.direction() == IpvsDecision.Direction.IN && !s.netns().isLocal(after.dst());
        return StageResult.balanced(s, stolen ? HookFunction.Verdict.STOLEN : HookFunction.Verdict.ACCEPT, after);
    }

    /** One event for what IPVS did to the packet as it entered ({@code s.packet()}). */
    private static void trace(PacketState s, TraceSink trace, IpvsDecision d, TraceEvent.IpvsStep step) {
        if (!trace.wants(TraceEvent.Kind.IPVS)) {
            return;
        }
        Packet before = s.packet();
        io.swarmsim.kernel.ipvs.IpvsConnection c = d.connection();
        trace.event(new TraceEvent.Ipvs(s.now(), before.traceId(), s.place(), s.hook(), step,
                d.service() == null ? null : d.service().key(), d.service() == null ? null : d.service().schedulerName(),
                c == null ? null : c.destAddress(), c == null ? 0 : c.destPort(), d.reason(), before, d.packet()));
    }
}
