package io.swarmsim.engine.graph;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import java.util.ArrayList;
import java.util.List;

/** How a picture names a namespace: what it is for, in Docker's terms, then its IPv4 addresses. */
final class NamespaceLabel {
    private NamespaceLabel() {
    }

    static List<String> of(DesiredState.Namespace ns, Cluster cluster) {
        List<String> out = new ArrayList<>();
        switch (ns.kind()) {
            case HOST -> out.add(ns.node() + " (host)");
            case CONTAINER -> out.add(ns.owner() + " (container " + ns.name() + ")");
            case OVERLAY -> out.add(overlayTitle(ns, cluster));
            case INGRESS_SANDBOX -> out.add("ingress_sbox");
            case LB_SANDBOX -> out.add(ns.name().substring(ns.name().indexOf(':') + 1) + " (load balancer)");
            default -> throw new IllegalStateException("namespace kind " + ns.kind());
        }
        ns.addresses().stream().filter(a -> a.address().isV4()).forEach(a -> out.add(a.device() + " " + a.cidr()));
        return out;
    }

    /** {@code 1-<netid> (overlay1)}: the overlay namespace of a network, found by its vxlan device's VNI. */
    private static String overlayTitle(DesiredState.Namespace ns, Cluster cluster) {
        String local = ns.name().substring(ns.name().indexOf(':') + 1);
        return ns.devices().stream().filter(d -> d.vxlan() != null).findFirst()
                .flatMap(d -> cluster.networks().stream().filter(n -> n.vni() == d.vxlan().vni()).findFirst())
                .map(n -> local + " (" + n.name() + " bridge)").orElse(local);
    }
}
