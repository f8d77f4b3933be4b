package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.Optional;

/**
 * What the event at the cursor lights up in the namespace view: a hook, the function at it (a
 * table, conntrack or IPVS), and for a rule match or a policy the chain and the rule. A learner
 * stepping through a packet sees it move from hook to table to rule.
 *
 * @param function the function's name as {@link HookStages.Stage#function()} gives it
 * @param table    the table's name for a rule or policy, else null
 * @param chain    the chain for a rule or policy, else null
 * @param rule     the rule's number, 0 for the chain's policy, -1 when no rule is meant
 */
record Lit(Hook hook, String function, String table, String chain, int rule, TraceEvent event) {
    static final int POLICY = 0;
    static final int NONE = -1;

    /** What {@code e} lights in namespace {@code netns}; empty when it happened elsewhere or concerns no hook. */
    static Optional<Lit> of(TraceEvent e, String netns) {
        if (e == null || netns == null || !e.at().netns().equals(netns)) {
            return Optional.empty();
        }
        if (e instanceof TraceEvent.RuleMatched r) {
            String t = r.table().tableName();
            return Optional.of(new Lit(r.hook(), t, t, r.chain(), r.ruleNumber(), e));
        } else if (e instanceof TraceEvent.PolicyApplied p) {
            String t = p.table().tableName();
            return Optional.of(new Lit(p.hook(), t, t, p.chain(), POLICY, e));
        } else if (e instanceof TraceEvent.HookEntered h) {
            return Optional.of(new Lit(h.hook(), h.function(), null, null, NONE, e));
        } else if (e instanceof TraceEvent.Conntrack c) {
            return Optional.of(new Lit(c.hook(), "conntrack", null, null, NONE, e));
        } else if (e instanceof TraceEvent.NatApplied n) {
            return Optional.of(new Lit(n.hook(), "nat", null, null, NONE, e));
        } else if (e instanceof TraceEvent.Ipvs v) {
            return Optional.of(new Lit(v.hook(), "ipvs", null, null, NONE, e));
        }
        return Optional.empty();
    }

    boolean lights(Hook h) {
        return hook == h;
    }

    /** Whether the function {@code stage} at hook {@code h} is lit. */
    boolean lights(Hook h, String stage) {
        return hook == h && function.equals(stage);
    }

    boolean lightsRule(Hook h, String t, String c, int number) {
        return hook == h && rule == number && t.equals(table) && c.equals(chain);
    }
}
