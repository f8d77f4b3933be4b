package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.conntrack.Direction;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;

/** nf_conntrack's hook functions: look the packet up (or create its entry) where it enters. */
final class ConntrackHooks {
    private ConntrackHooks() {
    }

    static void register(NetNamespace ns) {
        HookFunction in = ConntrackHooks::track;
        ns.hooks().register(Hook.PREROUTING, HookPriority.CONNTRACK, "conntrack", in);
        ns.hooks().register(Hook.OUTPUT, HookPriority.CONNTRACK, "conntrack", in);
        HookFunction confirm = ConntrackHooks::confirm;
        ns.hooks().register(Hook.POSTROUTING, HookPriority.CONNTRACK_CONFIRM, "conntrack confirm", confirm);
        ns.hooks().register(Hook.INPUT, HookPriority.CONNTRACK_CONFIRM, "conntrack confirm", confirm);
    }

    private static StageResult confirm(PacketState s, TraceSink trace) {
        if (s.ct() != null) {
            s.netns().conntrack().confirm(s.ct());
        }
        return StageResult.accept(s);
    }

    /** Attaches the packet to its connection (creating it for a first packet); an untrackable one goes on without. */
    private static StageResult track(PacketState s, TraceSink trace) {
        if (s.ct() != null) {
            // a packet looping back through lo still carries its connection (skb->_nfct)
            return StageResult.accept(s);
        }
        if (!s.netns().tracksConnections()) {
            return StageResult.accept(s); // no rule asked for conntrack: its hooks are not registered
        }
        Conntrack ct = s.netns().conntrack();
        Conntrack.Match m = ct.track(s.packet(), s.now());
        if (m == null) {
            if (trace.wants(TraceEvent.Kind.CONNTRACK)) {
                trace.event(new TraceEvent.Conntrack(s.now(), s.packet().traceId(), s.place(), s.hook(), TraceEvent.CtLookup.INVALID,
                        Tuple.of(s.packet()), CtState.INVALID));
            }
            return StageResult.accept(s);
        }
        if (!m.created() && !m.related()) {
            ct.seen(m, s.packet(), s.now());
        }
        if (trace.wants(TraceEvent.Kind.CONNTRACK)) {
            TraceEvent.CtLookup lookup = m.related() ? TraceEvent.CtLookup.RELATED : m.created() ? TraceEvent.CtLookup.NEW
                    : m.direction() == Direction.REPLY ? TraceEvent.CtLookup.REPLY : TraceEvent.CtLookup.KNOWN;
            trace.event(new TraceEvent.Conntrack(s.now(), s.packet().traceId(), s.place(), s.hook(), lookup, m.entry().original(),
                    m.state()));
        }
        return StageResult.tracked(s, m);
    }
}
