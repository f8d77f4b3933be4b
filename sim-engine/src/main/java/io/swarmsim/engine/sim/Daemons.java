package io.swarmsim.engine.sim;

import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.apps.ContainerNames;
import io.swarmsim.engine.apps.EmbeddedDnsServer;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts what the desired state says runs in each container: Docker's embedded DNS on its two
 * sockets, answering from the networks it names (each node's daemon shuffles with its own seeded
 * stream), and the task's server.
 *
 * @param serving  the owners (task names) of the containers that run a server
 * @param started  per container namespace, the servers started in it
 * @param dnsViews per container namespace, the names its embedded DNS answers
 * @param names    per container namespace, its /etc/hosts, resolv.conf and the servers its embedded DNS forwards to
 */
record Daemons(Set<String> serving, Map<String, List<DesiredState.AppServer>> started, Map<String, SandboxDnsView> dnsViews,
               Map<String, ContainerNames> names) {

    static Daemons start(DesiredState desired, Map<String, NetNamespace> namespaces, Fabric fabric, TraceSink trace,
                         DockerEmbeddedDns dns, RandomStreams streams, TaskServers servers, NodeDnsRecords records) {
        Set<String> serving = new LinkedHashSet<>();
        Map<String, SandboxDnsView> views = new LinkedHashMap<>();
        Map<String, List<DesiredState.AppServer>> started = new LinkedHashMap<>();
        Map<String, ContainerNames> names = new LinkedHashMap<>();
        for (DesiredState.Namespace spec : desired.namespaces()) {
            NetNamespace ns = namespaces.get(spec.name());
            spec.dns().ifPresent(d -> {
                SandboxDnsView view = SandboxDnsView.swarmOrder(d.networks().stream().map(desired.dnsRecords()::get).toList());
                views.put(spec.name(), view);
                // a service's dns: servers replace the host's as the embedded DNS's external servers
                DockerEmbeddedDns own = d.upstreams().isEmpty() ? dns : new DockerEmbeddedDns(d.upstreams(), dns.policy());
                new EmbeddedDnsServer(fabric, trace, ns, d.udpPort(), d.tcpPort(), own, records.view(spec.name(), spec.node(), d.networks()),
                        streams.stream("dns-shuffle@" + spec.node()));
                names.put(spec.name(), new ContainerNames(d.hosts(), d.resolvConf(), own.upstreams()));
            });
            for (DesiredState.AppServer app : spec.servers()) {
                servers.start(fabric, ns, app);
                started.computeIfAbsent(spec.name(), k -> new java.util.ArrayList<>()).add(app);
                serving.add(spec.owner());
            }
        }
        return new Daemons(Set.copyOf(serving), Map.copyOf(started), Map.copyOf(views), Map.copyOf(names));
    }
}
