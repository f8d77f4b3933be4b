package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.WorkloadClient;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.kernel.ipvs.IpvsConnection;
import io.swarmsim.kernel.ipvs.IpvsTimeouts;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a workload's failure reasons may say about the model at that moment: the task or VIP behind
 * an address and whether its container exists, and what the load balancers hold for a connection.
 *
 * @param containerOf each task's container namespace name
 * @param label       a namespace as a learner knows it
 */
record WorkloadModelView(Cluster cluster, Map<String, NetNamespace> namespaces, Map<String, String> containerOf, Fabric fabric,
                         Function<String, String> label) implements WorkloadClient.Model {

    @Override
    public String whose(IpAddress ip) {
        Optional<Cluster.Task> t = cluster.taskByAddress(ip);
        if (t.isEmpty()) {
            return cluster.services().stream().filter(s -> s.vips().containsValue(ip)).findFirst()
                    .map(s -> ip + " is " + s.name() + "'s VIP").orElse(ip + " is no task's address");
        }
        return ip + " is " + t.get().name() + "'s address, whose container " + (running(t.get().name()) ? "runs" : "is gone");
    }

    @Override
    public boolean running(String task) {
        return Optional.ofNullable(containerOf.get(task)).map(namespaces::get).map(fabric::present).orElse(false);
    }

    @Override
    public String ipvsEntry(IpAddress client, int clientPort, IpAddress vip, int port, long idleSince) {
        long now = fabric.loop().now();
        for (NetNamespace ns : namespaces.values()) {
            for (IpvsConnection c : ns.ipvs().live(now)) {
                if (c.clientAddress().equals(client) && c.clientPort() == clientPort && c.virtualAddress().equals(vip) && c.virtualPort() == port) {
                    return "IPVS in " + label.apply(ns.name()) + " holds the connection to " + c.destAddress() + " (" + c.stateName() + ", "
                            + c.secondsLeft(now) + " s left; " + whose(c.destAddress()) + ")";
                }
            }
        }
        if (idleSince < 0) {
            return "no load balancer holds an IPVS entry for " + client + ":" + clientPort + " -> " + vip + ":" + port;
        }
        return String.format(Locale.ROOT, "no load balancer holds an IPVS entry for %s:%d -> %s:%d any more: the connection was idle"
                + " from t=%.3f s to its request, and IPVS forgets an established TCP connection %d s after its last packet, so the request went on"
                + " to the VIP itself instead of a task (the trace shows where it ended)", client, clientPort, vip, port, idleSince / 1e9,
                IpvsTimeouts.KERNEL_DEFAULT.tcp());
    }
}
