package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.conntrack.Direction;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.trace.TraceEvent;

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

    private static HookFunction.Verdict confirm(HookState s) {
        if (s.ct() != null) {
            s.netns().conntrack().confirm(s.ct());
        }
        return HookFunction.Verdict.ACCEPT;
    }

    private static HookFunction.Verdict track(HookState s) {
        if (s.ct() != null) {
            // a packet looping back through lo still carries its connection (skb->_nfct)
            return HookFunction.Verdict.ACCEPT;
        }
        Conntrack ct = s.netns().conntrack();
        Conntrack.Match m = ct.track(s.packet(), s.now());
        if (m == null) {
            if (s.wants(TraceEvent.Kind.CONNTRACK)) {
                s.emit(new TraceEvent.Conntrack(s.now(), s.packet().traceId(), s.place(), s.hook(), TraceEvent.CtLookup.INVALID,
                        Tuple.of(s.packet()), CtState.INVALID));
            }
            return HookFunction.Verdict.ACCEPT;
        }
        if (!m.created() && !m.related()) {
            ct.seen(m, s.packet(), s.now());
        }
        s.ct(m);
        if (s.wants(TraceEvent.Kind.CONNTRACK)) {
            TraceEvent.CtLookup lookup = m.related() ? TraceEvent.CtLookup.RELATED : m.created() ? TraceEvent.CtLookup.NEW
                    : m.direction() == Direction.REPLY ? TraceEvent.CtLookup.REPLY : TraceEvent.CtLookup.KNOWN;
            s.emit(new TraceEvent.Conntrack(s.now(), s.packet().traceId(), s.place(), s.hook(), lookup, m.entry().original(), m.state()));
        }
        return HookFunction.Verdict.ACCEPT;
    }
}
