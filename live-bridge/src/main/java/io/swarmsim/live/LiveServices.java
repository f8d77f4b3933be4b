package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.live.serve.ServerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place the live bridge reads "what serves where" and the DNS records from: the desired
 * state's daemons of each container namespace (its embedded DNS: ports and the networks it answers
 * for, in order; its app servers) and the desired state's records per network, which travel to the
 * real server name by name, so it answers from the very records the model's DNS answers from. The
 * shuffle stream is the simulator's {@code dns-shuffle@<node>}.
 */
public final class LiveServices {
    /** One task's servers: the model namespace they run in, and what they serve (the model's own answers, {@code TaskServers.answer}). */
    public record TaskServers(String task, String namespace, ServerSpec spec) {
        /** What runs, for the progress line: {@code embedded DNS 127.0.0.11 (udp N, tcp M), HTTP :80 (container ID)}. */
        public String detail() {
            List<String> w = new ArrayList<>();
            spec.dns().ifPresent(d -> w.add(String.format(Locale.ROOT, "embedded DNS 127.0.0.11 (udp %d, tcp %d)", d.udpPort(), d.tcpPort())));
            spec.apps().forEach(a -> w.add(String.format(Locale.ROOT, "%s :%d (container %s)", a.spec().protocol(), a.spec().port(), a.containerId())));
            return String.join(", ", w);
        }
    }

    private LiveServices() {
    }

    /**
     * The servers of every container namespace of {@code state} that runs any (and of a node's own
     * namespace, where tasks on the host network serve); {@code seed} and
     * {@code upstreams} are the run's (the shuffle's seed, where the embedded DNS forwards other names).
     *
     * @throws LiveException when a network the DNS answers on has no records
     */
    public static List<TaskServers> of(DesiredState state, long seed, List<IpAddress> upstreams) {
        List<TaskServers> out = new ArrayList<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            // a node's own namespace serves too when tasks on the host network run there
            if (ns.kind() != DesiredState.Kind.CONTAINER && !(ns.kind() == DesiredState.Kind.HOST && !ns.servers().isEmpty())) {
                continue;
            }
            // a service's dns: servers replace the run's upstreams for its containers, as in the model
            Optional<ServerSpec.Dns> dns = ns.dns().map(d -> new ServerSpec.Dns(d.udpPort(), d.tcpPort(),
                    d.upstreams().isEmpty() ? upstreams : d.upstreams(),
                    d.networks().stream().map(net -> network(state, net, ns.name())).toList()));
            if (dns.isPresent() || !ns.servers().isEmpty()) {
                out.add(new TaskServers(ns.owner(), ns.name(), new ServerSpec(seed, "dns-shuffle@" + ns.node(), dns, ns.servers())));
            }
        }
        return out;
    }

    private static ServerSpec.Network network(DesiredState state, String net, String where) {
        NetworkDnsRecords r = state.dnsRecords().get(net);
        if (r == null) {
            throw new LiveException("the embedded DNS of " + where + " answers on " + net + ", which has no records in the desired state");
        }
        return new ServerSpec.Network(r);
    }
}
