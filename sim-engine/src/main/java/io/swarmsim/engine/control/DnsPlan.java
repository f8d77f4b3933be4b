package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.net.IpAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names Docker's embedded DNS answers, per overlay network: each service with a task on it
 * (its VIP, or its task addresses for dnsrr) and {@code tasks.<service>}; the ingress network and
 * docker_gwbridge have none. A container's DNS looks in the networks it is attached to.
 */
final class DnsPlan {
    private DnsPlan() {
    }

    /** Every network's records, in the cluster's network order. */
    static Map<String, NetworkDnsRecords> records(Cluster cluster) {
        Map<String, NetworkDnsRecords> out = new LinkedHashMap<>();
        for (Cluster.Network net : cluster.networks()) {
            if (!net.name().equals(Allocator.INGRESS)) {
                out.put(net.name(), records(cluster, net.name()));
            }
        }
        return out;
    }

    /**
     * The records while some tasks are deactivated: {@code active}'s records, and for a VIP-mode
     * service whose tasks on a network are all deactivated but still bound (their IPVS destination
     * not yet deleted, so they are in {@code bound}) its VIP record stays (service_common.go: the
     * disabled backend still counts until rmServiceBinding's full removal).
     */
    static Map<String, NetworkDnsRecords> records(Cluster active, Cluster bound) {
        Map<String, NetworkDnsRecords> out = records(active);
        for (Map.Entry<String, NetworkDnsRecords> e : out.entrySet()) {
            String net = e.getKey();
            NetworkDnsRecords r = e.getValue();
            for (Cluster.ServiceState s : bound.services()) {
                boolean stillBound = bound.tasksOf(s.name()).stream().anyMatch(t -> t.addresses().containsKey(net));
                boolean anyActive = active.tasksOf(s.name()).stream().anyMatch(t -> t.addresses().containsKey(net));
                if (s.spec().endpointMode() == EndpointMode.VIP && stillBound && !anyActive && s.vips().containsKey(net)) {
                    List<String> names = new java.util.ArrayList<>(List.of(s.name()));
                    s.spec().networks().stream().filter(a -> a.network().equals(net)).forEach(a -> names.addAll(a.aliases()));
                    for (String name : names) {
                        r = r.withName(name, List.of(s.vips().get(net)));
                    }
                }
            }
            e.setValue(r);
        }
        return out;
    }

    /** The networks whose names a task's embedded DNS answers, in attachment order. */
    static List<String> networksOf(Cluster.Task task) {
        return task.addresses().keySet().stream()
                .filter(net -> !net.equals(Allocator.GWBRIDGE) && !net.equals(Allocator.INGRESS)).toList();
    }

    private static NetworkDnsRecords records(Cluster cluster, String net) {
        NetworkDnsRecords r = NetworkDnsRecords.empty(net, NetworkKind.SWARM_OVERLAY);
        for (Cluster.ServiceState s : cluster.services()) {
            List<IpAddress> ips = cluster.tasksOf(s.name()).stream()
                    .filter(t -> t.addresses().containsKey(net)).map(t -> t.addresses().get(net)).toList();
            if (ips.isEmpty()) {
                continue; // names appear with the first backend (addServiceBinding), the VIP record too
            }
            // the service's aliases on this network get the records its name gets, tasks.<alias> too
            // (service_common.go addEndpointNameResolution: addSvcRecords for each of serviceAliases)
            List<String> names = new java.util.ArrayList<>(List.of(s.name()));
            s.spec().networks().stream().filter(a -> a.network().equals(net)).forEach(a -> names.addAll(a.aliases()));
            for (String name : names) {
                r = s.spec().endpointMode() == EndpointMode.VIP
                        ? r.withVipService(name, s.vips().get(net), ips)
                        : r.withDnsrrService(name, ips);
            }
        }
        return r;
    }
}
