package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * {@code docker network ls} and {@code docker network inspect --format T NET} on one node. The
 * daemon lists its local networks (bridge, docker_gwbridge, host, none) and the swarm's: a manager
 * all of them, a worker ingress and the overlays a task of its is attached to. Sorted by name
 * (byNetworkName), IDs cut to 12 (stringid.TruncateID); 1.12 (api/client/network/list.go):
 * {@code NewWriter(out, 20, 1, 3, ' ', 0)} with a tab after each row's last cell; from 1.13 the
 * formatter's {@code table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}}. A local network's ID is the
 * node daemon's own (random, here drawn from the node's ID: stable per run).
 */
final class NetworkListView {
    /** One network as the node's daemon knows it. */
    record Net(String id, String name, String driver, String scope, Optional<Cluster.Network> swarm) {
    }

    static final String SUPPORTED = "{{.ID}}, {{.Id}}, {{.Name}}, {{.Driver}}, {{.Scope}}, {{json .Labels}}, "
            + "{{range .IPAM.Config}}{{.Subnet}}{{end}}";

    private NetworkListView() {
    }

    static List<Net> networks(ViewContext ctx) {
        List<Net> out = new ArrayList<>();
        for (String[] local : new String[][] {{"bridge", "bridge"}, {Allocator.GWBRIDGE, "bridge"}, {"host", "host"}, {"none", "null"}}) {
            out.add(new Net(localId(ctx.node(), local[0]), local[0], local[1], "local", Optional.empty()));
        }
        for (Cluster.Network n : ctx.cluster().networks()) {
            if (ctx.node().manager() || ctx.cluster().participates(ctx.node().name(), n.name())) {
                out.add(new Net(n.id(), n.name(), "overlay", "swarm", Optional.of(n)));
            }
        }
        out.sort(Comparator.comparing(Net::name));
        return out;
    }

    static String render(ViewContext ctx) {
        boolean formatter = ctx.dialect().networkListUsesFormatter();
        TabWriter w = new TabWriter(20, 3);
        w.line("NETWORK ID\tNAME\tDRIVER\tSCOPE");
        for (Net n : networks(ctx)) {
            w.line(GoStrings.shortId(n.id()) + "\t" + n.name() + "\t" + n.driver() + "\t" + n.scope() + (formatter ? "" : "\t"));
        }
        return w.render();
    }

    static Optional<Net> find(ViewContext ctx, String ref) {
        List<Net> all = networks(ctx);
        return all.stream().filter(n -> n.name().equals(ref) || n.id().equals(ref)).findFirst()
                .or(() -> {
                    List<Net> byPrefix = all.stream().filter(n -> n.id().startsWith(ref)).toList();
                    return byPrefix.size() == 1 ? Optional.of(byPrefix.get(0)) : Optional.empty();
                });
    }

    /** The template's output, or empty when the template is not modelled. */
    static Optional<String> format(ViewContext ctx, Net n, String template) {
        return switch (template.trim()) {
            case "{{.ID}}", "{{.Id}}" -> Optional.of(n.id());
            case "{{.Name}}" -> Optional.of(n.name());
            case "{{.Driver}}" -> Optional.of(n.driver());
            case "{{.Scope}}" -> Optional.of(n.scope());
            case "{{json .Labels}}" -> Optional.of(labels(ctx, n));
            case "{{range .IPAM.Config}}{{.Subnet}}{{end}}" -> Optional.of(n.swarm().map(s -> s.subnet().toString())
                    .orElse(n.name().equals(Allocator.GWBRIDGE) ? ctx.node().gwbridge().toString() : ""));
            default -> Optional.empty();
        };
    }

    /** A stack's networks carry com.docker.stack.namespace (convert.Networks: AddStackLabel); others none. */
    private static String labels(ViewContext ctx, Net n) {
        String prefix = ctx.cluster().services().stream()
                .map(s -> s.spec().labels().get(io.swarmsim.engine.scenario.StackDeploy.NAMESPACE_LABEL))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        boolean ofStack = prefix != null && n.swarm().isPresent() && n.name().startsWith(prefix + "_");
        return ofStack ? "{" + GoJson.quoted(io.swarmsim.engine.scenario.StackDeploy.NAMESPACE_LABEL) + ":" + GoJson.quoted(prefix) + "}"
                : "{}";
    }

    static String localId(Cluster.Node node, String name) {
        SplittableRandom r = new SplittableRandom(node.id().hashCode() * 31L + name.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(String.format(Locale.ROOT, "%016x", r.nextLong()));
        }
        return sb.toString();
    }
}
