package io.swarmsim.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.apps.ServedLog;
import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.control.ContractStates;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.DesiredStateMutations;
import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.loop.RandomStreams;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.Latencies;
import io.swarmsim.engine.trace.EventBus;
import io.swarmsim.kernel.dns.DockerEmbeddedDns;
import io.swarmsim.kernel.dns.ForwardingPolicy;
import io.swarmsim.kernel.netfilter.SavePrinter;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.PathStats;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The model's side of the desired-state contract (issue 9, point 1): the kernel loader and the
 * daemons it starts read every field. Each field of the desired states of vote.yaml's experiments
 * in three Docker eras is changed, one at a time; the loaded model (namespaces as {@code ip},
 * {@code bridge}, {@code iptables-save}, {@code ipvsadm} and {@code sysctl} would show them, the
 * fabric's segments, the sockets, and each container's DNS names) must differ, or the load refuse.
 */
class KernelLoaderContractTest {
    /** Fields no kernel reads: labels for reports, views and the GUI, with the reason. */
    static final Map<String, String> LABELS = Map.of(
            "DesiredState.hostNetworkTasks", "which tasks run in their node's own namespace: maps a command's task to where it runs, no kernel state",
            "Namespace.kind", "what the namespace is in Docker's terms: labels for views, the GUI and the live report",
            "Namespace.owner", "the task or node a namespace belongs to: labels for views and reports (Simulation maps tasks by it)",
            "Namespace.node", "the swarm node a namespace is on: labels views, and picks which node's DNS daemon (its shuffle stream) answers");

    /** The servers start from the desired state's AppServer alone; the settings only resolve what a task serves. */
    private static final io.swarmsim.engine.scenario.SimSettings SETTINGS = settings();

    private static io.swarmsim.engine.scenario.SimSettings settings() {
        try {
            return io.swarmsim.engine.scenario.ScenarioLoader.load(ContractStates.voteYaml()).sim();
        } catch (io.swarmsim.engine.scenario.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFieldChangesTheLoadedModel() throws Exception {
        Set<String> read = DesiredStateMutations.fieldsRead(ContractStates.all(), KernelLoaderContractTest::fingerprint);
        Set<String> unread = new TreeSet<>(DesiredStateMutations.fields());
        unread.removeAll(read);
        unread.removeAll(LABELS.keySet());
        assertEquals(Set.of(), unread, "fields of DesiredState the model never reads");
        assertTrue(read.containsAll(List.of("EmbeddedDns.tcpPort", "IpvsDestination.weight", "Namespace.sysctls")), read.toString());
    }

    /** What the model holds after loading {@code state}: the text of every view, or why it refused. */
    static String fingerprint(DesiredState state) {
        try {
            EventBus bus = new EventBus();
            Fabric fabric = new Fabric(new EventLoop(), bus, Latencies.DEFAULT);
            Map<String, NetNamespace> nss = KernelLoader.load(state, fabric, new SplittableRandom(7), new PathStats(null));
            Daemons daemons = Daemons.start(state, nss, fabric, bus, new DockerEmbeddedDns(List.of(), ForwardingPolicy.MOBY_CURRENT),
                    new RandomStreams(7), new TaskServers(SETTINGS, new ServedLog()), new NodeDnsRecords(state.dnsRecords()));
            StringBuilder sb = new StringBuilder();
            new java.util.TreeMap<>(daemons.names()).forEach((ns, n) -> sb.append("names ").append(ns).append('\n').append(n.hosts().render())
                    .append(n.resolvConf().render()).append(n.forwarders()).append('\n'));
            for (NetNamespace ns : nss.values()) {
                sb.append("== ").append(ns.name()).append('\n').append(ns.devices()).append('\n');
                ns.devices().forEach(d -> sb.append(d.name()).append(" on ").append(fabric.segment(ns, d.name())).append('\n'));
                sb.append(ns.addresses()).append('\n').append(ns.routes().main()).append('\n').append(ns.neighbours()).append('\n')
                        .append(ns.fdb()).append('\n').append(ns.sysctls()).append('\n').append(ns.sockets().bindings()).append('\n')
                        .append(SavePrinter.save(ns.ruleset(), ns.counters(), false, ""));
                ns.ipvs().services().forEach(v -> {
                    sb.append("ipvs ").append(v.key()).append(' ').append(v.schedulerName()).append('\n');
                    v.destinations().forEach(d -> sb.append("  -> ").append(d.address()).append(':').append(d.port())
                            .append(' ').append(d.forward()).append(" w").append(d.weight()).append('\n'));
                });
            }
            sb.append("serving ").append(new TreeSet<>(daemons.serving())).append('\n');
            new java.util.TreeMap<>(daemons.started()).forEach((ns, apps) -> apps.forEach(a -> sb.append("server ").append(ns).append(' ')
                    .append(TaskServers.describe(a)).append('\n')));
            new java.util.TreeMap<>(daemons.dnsViews()).forEach((ns, view) -> sb.append("dns ").append(ns).append(' ')
                    .append(view.networks()).append('\n'));
            return sb.toString();
        } catch (RuntimeException e) {
            return "refused: " + e;
        }
    }
}
