package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import java.util.Comparator;

/**
 * {@code docker node ls}. 1.12 (api/client/node/list.go): {@code NewWriter(out, 0, 4, 2, ' ', 0)},
 * columns ID (with " *" for the node the CLI talks to), HOSTNAME, MEMBERSHIP, STATUS,
 * AVAILABILITY, MANAGER STATUS; the first manager is the Leader, other managers Reachable.
 * 1.13 drops MEMBERSHIP; 17.06 renders through the formatter ({@code {{.ID}} {{if .Self}}*{{else}} {{end}}}).
 */
final class NodeListView {
    private NodeListView() {
    }

    static String render(ViewContext ctx) {
        boolean formatter = ctx.dialect().swarmListsUseFormatter();
        boolean membership = ctx.dialect().nodeListShowsMembership();
        TabWriter w = formatter ? TabWriter.formatter() : TabWriter.plain();
        w.line(membership ? "ID\tHOSTNAME\tMEMBERSHIP\tSTATUS\tAVAILABILITY\tMANAGER STATUS"
                : (formatter ? "ID  " : "ID") + "\tHOSTNAME\tSTATUS\tAVAILABILITY\tMANAGER STATUS");
        Cluster.Node leader = ctx.cluster().nodes().stream().filter(Cluster.Node::manager).findFirst().orElse(null);
        for (Cluster.Node n : ctx.cluster().nodes().stream().sorted(Comparator.comparing(Cluster.Node::name)).toList()) {
            boolean self = n.name().equals(ctx.node().name());
            String id = formatter ? n.id() + (self ? " *" : "  ") : n.id() + (self ? " *" : "");
            String managerStatus = !n.manager() ? "" : n == leader ? "Leader" : "Reachable";
            if (membership) {
                w.row(id, n.name(), "Accepted", "Ready", "Active", managerStatus);
            } else {
                w.row(id, n.name(), "Ready", "Active", managerStatus);
            }
        }
        return w.render();
    }
}
