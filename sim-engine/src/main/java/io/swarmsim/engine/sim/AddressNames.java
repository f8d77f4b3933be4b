package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.kernel.net.IpAddress;

/** Names an address for a learner: a task, a VIP, a node, or a node's ingress or lb_ sandbox. */
final class AddressNames {
    private AddressNames() {
    }

    static String describe(Cluster c, IpAddress a) {
        for (Cluster.Task t : c.tasks()) {
            for (var e : t.addresses().entrySet()) {
                if (e.getValue().equals(a)) {
                    return t.name() + " on " + e.getKey();
                }
            }
        }
        for (Cluster.Attachment at : c.attachments()) {
            if (at.address().equals(a)) {
                return at.node() + (at.network().equals(Allocator.INGRESS) ? "'s ingress sandbox" : "'s lb_ sandbox on " + at.network());
            }
        }
        for (Cluster.ServiceState s : c.services()) {
            for (var e : s.vips().entrySet()) {
                if (e.getValue().equals(a)) {
                    return "the VIP of " + s.name() + " on " + e.getKey();
                }
            }
        }
        for (Cluster.Node n : c.nodes()) {
            if (n.address().equals(a)) {
                return "node " + n.name();
            }
            if (n.gwbridge().nth(1).equals(a)) {
                return n.name() + "'s docker_gwbridge";
            }
        }
        return "unknown";
    }
}
