package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.List;

/**
 * What one table decided at one hook.
 *
 * @param verdict      ACCEPT or DROP
 * @param packet       the packet after MARK targets
 * @param nat          the NAT a NAT target chose, or null
 * @param visits       every rule looked at, in order
 * @param policyChain  the built-in chain whose policy decided, or null when a rule decided
 * @param rulesVisited how many rules were looked at (the kernel's cost: linear in this number)
 */
public record TableVerdict(Verdict verdict, Packet packet, NatAction nat, List<RuleVisit> visits, String policyChain,
                           int rulesVisited) {
    public TableVerdict {
        visits = List.copyOf(visits);
    }

    public boolean decidedByPolicy() {
        return policyChain != null;
    }
}
