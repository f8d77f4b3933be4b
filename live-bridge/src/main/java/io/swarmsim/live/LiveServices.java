package io.swarmsim.live;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.apps.ServerCatalogue;
import io.swarmsim.live.serve.VoteHttpServer;
import io.swarmsim.engine.scenario.EndpointMode;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.live.serve.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place the live bridge reads "what serves where" and the DNS records from: the desired
 * state's daemons of each container namespace (its embedded DNS: ports and the networks it answers
 * for, in order; its app servers) and the desired state's records per network. The records travel
 * to the real server as the services they were made from (VIP or dnsrr, task addresses), read from
 * the cluster, and are checked to make exactly the desired state's records, so the real server
 * answers from the very same names. The shuffle stream is the simulator's {@code dns-shuffle@<node>}.
 */
public final class LiveServices {
    /** One task's servers: the model namespace they run in, and what they serve. */
    public record TaskServers(String task, String namespace, ServerSpec spec) {
        /** What runs, for the progress line: {@code embedded DNS 127.0.0.11 (udp N, tcp M), vote app :80 (container ID)}. */
        public String detail() {
            List<String> w = new ArrayList<>();
            spec.dns().ifPresent(d -> w.add(String.format(Locale.ROOT, "embedded DNS 127.0.0.11 (udp %d, tcp %d)", d.udpPort(), d.tcpPort())));
            spec.httpContainerId().ifPresent(id -> w.add("vote app :" + VoteHttpServer.PORT + " (container " + id + ")"));
            return String.join(", ", w);
        }
    }

    /** The one server the live bridge runs for real: the image catalogue's instavote/vote page. */
    private static final io.swarmsim.engine.scenario.ServerSpec VOTE = ServerCatalogue.defaults("instavote/vote").get(0);

    private LiveServices() {
    }

    /**
     * The servers of every container namespace of {@code session}'s desired state that runs any.
     *
     * @throws LiveException when a server has no real counterpart, or the records would not be the desired state's
     */
    public static List<TaskServers> of(Session session) {
        Cluster cluster = session.cluster();
        DesiredState state = session.desired();
        List<TaskServers> out = new ArrayList<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            if (ns.kind() != DesiredState.Kind.CONTAINER) {
                continue;
            }
            Optional<ServerSpec.Dns> dns = ns.dns().map(d -> new ServerSpec.Dns(d.udpPort(), d.tcpPort(), session.upstreamDns(),
                    d.networks().stream().map(net -> network(cluster, state, net)).toList()));
            Optional<String> http = Optional.empty();
            for (DesiredState.AppServer app : ns.servers()) {
                if (!app.spec().equals(VOTE) || app.spec().port() != VoteHttpServer.PORT) {
                    throw new LiveException("no real server for " + app.spec() + " in " + ns.name()
                            + " (the live bridge runs the image catalogue's instavote/vote server only)");
                }
                http = Optional.of(app.containerId());
            }
            if (dns.isPresent() || http.isPresent()) {
                out.add(new TaskServers(ns.owner(), ns.name(), new ServerSpec(session.seed(), "dns-shuffle@" + ns.node(), dns, http)));
            }
        }
        return out;
    }

    /** The services of network {@code net} whose records are the desired state's records of it. */
    private static ServerSpec.Network network(Cluster cluster, DesiredState state, String net) {
        List<ServerSpec.Service> services = new ArrayList<>();
        for (Cluster.ServiceState s : cluster.services()) {
            List<IpAddress> ips = cluster.tasksOf(s.name()).stream()
                    .filter(t -> t.addresses().containsKey(net)).map(t -> t.addresses().get(net)).toList();
            if (ips.isEmpty()) {
                continue; // names appear with the first backend
            }
            Optional<IpAddress> vip = s.spec().endpointMode() == EndpointMode.VIP ? Optional.ofNullable(s.vips().get(net)) : Optional.empty();
            services.add(new ServerSpec.Service(s.name(), vip, ips));
        }
        ServerSpec.Network n = new ServerSpec.Network(net, services);
        if (!Objects.equals(n.records(), state.dnsRecords().get(net))) {
            throw new LiveException("the records of " + net + " for the real DNS server (" + n.records() + ") are not the desired state's ("
                    + state.dnsRecords().get(net) + ")");
        }
        return n;
    }
}
