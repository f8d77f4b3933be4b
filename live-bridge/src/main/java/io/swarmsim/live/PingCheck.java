package io.swarmsim.live;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.control.DesiredState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real overlay carries traffic: for every overlay network with tasks on more than one node, one
 * {@code ping -c 1} from the first task on the first node to the first task on each other node, in
 * the real containers. The packet crosses veth, the overlay bridge, the vxlan device (static ARP by
 * proxy, static FDB to the peer's VTEP), the node's UDP socket on 4789, the underlay bridge and the
 * same path back: if it returns, the data plane the model describes is one Linux builds.
 */
public final class PingCheck {
    /** One ping: who to whom over which network, and whether a reply came. */
    public record Ping(String from, String fromNode, String to, String toNode, String address, String network, int vni,
                       boolean replied, String output) {
        public String line() {
            return String.format(java.util.Locale.ROOT, "ping %s (%s) -> %s %s (%s) over %s, VNI %d: %s", from, fromNode, to, address,
                    toNode, network, vni, replied ? "reply received" : "NO REPLY");
        }
    }

    private PingCheck() {
    }

    /** The pings to run, planned from the cluster (no command runs). */
    static List<String[]> plan(Cluster cluster) {
        List<String[]> out = new ArrayList<>();
        for (Cluster.Network net : cluster.networks()) {
            Map<String, Cluster.Task> firstOnNode = new LinkedHashMap<>();
            for (Cluster.Task t : cluster.tasks()) {
                if (t.addresses().containsKey(net.name())) {
                    firstOnNode.putIfAbsent(t.node().name(), t);
                }
            }
            List<Cluster.Task> firsts = new ArrayList<>(firstOnNode.values());
            for (int i = 1; i < firsts.size(); i++) {
                out.add(new String[] {net.name(), firsts.get(0).name(), firsts.get(i).name()});
            }
        }
        return out;
    }

    public static List<Ping> run(Cluster cluster, DesiredState state, NameMap names, CommandRunner runner, Progress progress) {
        List<String[]> plan = plan(cluster);
        List<Ping> out = new ArrayList<>();
        int i = 0;
        for (String[] p : plan) {
            Cluster.Network net = cluster.network(p[0]).orElseThrow();
            Cluster.Task from = cluster.task(p[1]).orElseThrow();
            Cluster.Task to = cluster.task(p[2]).orElseThrow();
            String address = to.addresses().get(net.name()).toString();
            progress.on(new StepEvent("check", ++i, plan.size(), "ping", from.name() + " -> " + to.name() + " " + address));
            String ns = names.netns(state.ofTask(from.name()).orElseThrow().name());
            CmdResult r = runner.run(command(ns, address));
            out.add(new Ping(from.name(), from.node().name(), to.name(), to.node().name(), address, net.name(), net.vni(), r.ok(),
                    (r.out() + r.err()).strip()));
        }
        return out;
    }

    /** One echo request, numeric, waiting at most 2 s for the reply. */
    static Cmd command(String netns, String address) {
        return Cmd.of("ip", "netns", "exec", netns, "ping", "-n", "-c", "1", "-W", "2", address);
    }
}
