package io.swarmsim.engine.graph;

import io.swarmsim.engine.control.Cluster;

/**
 * A cluster graph in Graphviz's DOT language: one cluster box per swarm node holding its
 * namespaces, the cluster-wide networks, VIPs and published ports outside, edges labelled with
 * the devices. Deterministic text: the graph's order, every string quoted and escaped.
 */
public final class DotWriter {
    private DotWriter() {
    }

    public static String write(ClusterGraph g, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph swarm {\n");
        sb.append("  label=").append(quote(title)).append(";\n  labelloc=t;\n  rankdir=LR;\n  compound=true;\n");
        sb.append("  node [shape=box, fontname=\"DejaVu Sans\", fontsize=10];\n");
        sb.append("  edge [fontname=\"DejaVu Sans\", fontsize=8, dir=none];\n");
        int i = 0;
        for (Cluster.Node n : g.nodes()) {
            sb.append("  subgraph cluster_").append(i++).append(" {\n");
            sb.append("    label=").append(quote(n.name() + (n.manager() ? " (manager) " : " (worker) ") + n.address())).append(";\n");
            sb.append("    style=rounded;\n");
            for (ClusterGraph.Vertex v : g.vertices()) {
                if (v.node().equals(n.name())) {
                    sb.append("    ").append(vertex(v)).append('\n');
                }
            }
            sb.append("  }\n");
        }
        for (ClusterGraph.Vertex v : g.vertices()) {
            if (v.node().isEmpty()) {
                sb.append("  ").append(vertex(v)).append('\n');
            }
        }
        for (ClusterGraph.Link l : g.graph().edgeSet()) {
            ClusterGraph.Vertex a = g.graph().getEdgeSource(l);
            ClusterGraph.Vertex b = g.graph().getEdgeTarget(l);
            sb.append("  ").append(quote(a.id())).append(" -> ").append(quote(b.id()))
                    .append(" [label=").append(quote(l.label())).append(style(l.kind())).append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String vertex(ClusterGraph.Vertex v) {
        return quote(v.id()) + " [label=" + quote(String.join("\n", v.label())) + shape(v.kind()) + "];";
    }

    private static String shape(ClusterGraph.Kind k) {
        return switch (k) {
            case NAMESPACE -> "";
            case NETWORK -> ", shape=ellipse, style=filled, fillcolor=\"#dbe9f6\"";
            case UNDERLAY -> ", shape=ellipse, style=filled, fillcolor=\"#eeeeee\"";
            case VIP -> ", shape=diamond, style=filled, fillcolor=\"#fde9c9\"";
            case PORT -> ", shape=cds, style=filled, fillcolor=\"#e3f3dc\"";
            case REFUSED -> ", shape=note, style=filled, fillcolor=\"#f6d5d5\"";
        };
    }

    private static String style(ClusterGraph.LinkKind k) {
        return switch (k) {
            case VETH, NIC -> "";
            case VXLAN -> ", style=dashed";
            case VIP, PUBLISH -> ", style=dotted, dir=forward";
        };
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as DOT's centred {@code \n}. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
