package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.List;

/**
 * What one table decided at one hook.
 *
 * @param verdict      ACCEPT or DROP
 * @param packet       the packet after MARK targets
 * @param nat          the NAT a NAT target chose, or null
 * @param visits       every rule looked at, in order (only when visits were recorded)
 * @param policyChain  the built-in chain whose policy decided, or null when a rule decided
 * @param rulesVisited how many rules were looked at (the kernel's cost: linear in this number)
 * @param decidedBy    the rule whose target decided, as {@code -A CHAIN ...}, or null when a policy did;
 *                     recorded whether or not visits are, so a drop names its rule at every trace level
 */
public record TableVerdict(Verdict verdict, Packet packet, NatAction nat, List<RuleVisit> visits, String policyChain,
                           int rulesVisited, Decider decidedBy) {
    /** The rule that decided and its chain; its save line is built only when asked for. */
    public record Decider(String chain, Rule rule) {
        public String saveLine() {
            return rule.toSaveLine(chain);
        }
    }

    public TableVerdict {
        visits = List.copyOf(visits);
    }

    public boolean decidedByPolicy() {
        return policyChain != null;
    }
}
