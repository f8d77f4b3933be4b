package io.swarmsim.live;

import io.swarmsim.engine.apps.VoteServer;
import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.live.serve.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place the live bridge reads "what serves where" and the DNS records from: for each task,
 * its container namespace, its embedded DNS server (ports from the desired state, names of the
 * task's networks, the model's shuffle stream) and whether it runs the vote app.
 *
 * <p>Until the desired state carries DNS records and servers itself (issue 9 point 1), the records
 * are built here from the cluster by the rule the simulator's {@code DnsViews} follows: on every
 * overlay network of the task (not ingress, not docker_gwbridge), each service with a task on it,
 * as a VIP record or (dnsrr) its tasks' addresses, {@code tasks.<service>} too. The shuffle stream is
 * the simulator's {@code dns-shuffle@<node>}. When the desired state gains those fields, only this
 * class changes.
 */
public final class LiveServices {
    /** One task's servers: the model namespace they run in, and what they serve. */
    public record TaskServers(String task, String namespace, ServerSpec spec) {
        /** What runs, for the progress line: {@code embedded DNS 127.0.0.11 (udp N, tcp M), vote app :80 (container ID)}. */
        public String detail() {
            List<String> w = new ArrayList<>();
            spec.dns().ifPresent(d -> w.add(String.format(Locale.ROOT, "embedded DNS 127.0.0.11 (udp %d, tcp %d)", d.udpPort(), d.tcpPort())));
            spec.httpContainerId().ifPresent(id -> w.add("vote app :80 (container " + id + ")"));
            return String.join(", ", w);
        }
    }

    private LiveServices() {
    }

    /** The servers of every task of {@code session}'s cluster that runs any, in task order. */
    public static List<TaskServers> of(Session session) {
        Cluster cluster = session.cluster();
        DesiredState state = session.desired();
        List<TaskServers> out = new ArrayList<>();
        for (Cluster.Task t : cluster.tasks()) {
            Optional<DesiredState.Namespace> ns = state.ofTask(t.name());
            if (ns.isEmpty()) {
                continue;
            }
            Optional<ServerSpec.Dns> dns = ns.get().dns().map(d -> new ServerSpec.Dns(d.udpPort(), d.tcpPort(), session.upstreamDns(),
                    networks(cluster, t)));
            Optional<String> http = VoteServer.runsIn(t.image()) ? Optional.of(t.shortContainerId()) : Optional.empty();
            if (dns.isPresent() || http.isPresent()) {
                out.add(new TaskServers(t.name(), ns.get().name(),
                        new ServerSpec(session.seed(), "dns-shuffle@" + t.node().name(), dns, http)));
            }
        }
        return out;
    }

    private static List<ServerSpec.Network> networks(Cluster cluster, Cluster.Task task) {
        List<ServerSpec.Network> out = new ArrayList<>();
        for (String net : task.addresses().keySet()) {
            if (!net.equals(Allocator.GWBRIDGE) && !net.equals(Allocator.INGRESS)) {
                out.add(new ServerSpec.Network(net, services(cluster, net)));
            }
        }
        return out;
    }

    private static List<ServerSpec.Service> services(Cluster cluster, String net) {
        List<ServerSpec.Service> out = new ArrayList<>();
        for (Cluster.ServiceState s : cluster.services()) {
            List<IpAddress> ips = cluster.tasksOf(s.name()).stream()
                    .filter(t -> t.addresses().containsKey(net)).map(t -> t.addresses().get(net)).toList();
            if (ips.isEmpty()) {
                continue; // names appear with the first backend
            }
            Optional<IpAddress> vip = s.spec().endpointMode() == EndpointMode.VIP ? Optional.of(s.vips().get(net)) : Optional.empty();
            out.add(new ServerSpec.Service(s.name(), vip, ips));
        }
        return out;
    }
}
