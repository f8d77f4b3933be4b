package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.trace.TraceStep;

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
            if (s.tracing()) {
                s.trace(TraceStep.Stage.CONNTRACK, s.hook().name(), "no connection for this packet (an ICMP error about none, or a stray RST): INVALID");
            }
            return HookFunction.Verdict.ACCEPT;
        }
        if (!m.created() && !m.related()) {
            ct.seen(m, s.packet(), s.now());
        }
        s.ct(m);
        if (s.tracing()) {
            s.trace(TraceStep.Stage.CONNTRACK, s.hook().name(), (m.related() ? "related to " : m.created() ? "new connection " : m.direction() == io.swarmsim.kernel.conntrack.Direction.REPLY ? "reply of " : "known connection ")
                    + m.entry().original() + ", state " + m.state());
        }
        return HookFunction.Verdict.ACCEPT;
    }
}
