package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.PublishMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code docker service ls}. 1.12 (api/client/service/list.go): ID (12), NAME, REPLICAS
 * (running/desired, or "global"), IMAGE as given, COMMAND (the service's args joined by spaces).
 * 1.13: ID, NAME, MODE, REPLICAS, IMAGE (tag resolved). 17.06: formatter table with PORTS
 * ({@code *:8080->80/tcp} for ingress-published ports).
 */
final class ServiceListView {
    private ServiceListView() {
    }

    static String render(ViewContext ctx) {
        CliDialect d = ctx.dialect();
        TabWriter w = d.swarmListsUseFormatter() ? TabWriter.formatter() : TabWriter.plain();
        if (!d.serviceListShowsMode()) {
            w.line("ID\tNAME\tREPLICAS\tIMAGE\tCOMMAND");
        } else {
            w.line("ID\tNAME\tMODE\tREPLICAS\tIMAGE" + (d.serviceListShowsPorts() ? "\tPORTS" : ""));
        }
        for (Cluster.ServiceState s : ctx.services()) {
            String id = GoStrings.shortId(s.id());
            int running = ctx.cluster().tasksOf(s.name()).size();
            boolean global = s.spec().mode().isGlobal();
            if (!d.serviceListShowsMode()) {
                String replicas = global ? "global" : running + "/" + s.spec().replicas();
                w.row(id, s.name(), replicas, s.spec().image(), String.join(" ", s.spec().command()));
                continue;
            }
            // a global service wants a task on every node its constraints allow, pending ones included
            String replicas = running + "/" + (global ? running + s.pending().size() : s.spec().replicas());
            String mode = s.spec().mode().listed();
            String image = ImageRef.tagged(s.spec().image());
            if (d.serviceListShowsPorts()) {
                w.row(id, s.name(), mode, replicas, image, ports(s));
            } else {
                w.row(id, s.name(), mode, replicas, image);
            }
        }
        return w.render();
    }

    /** The formatter's column titles of docker service ls (17.06): the fields a --format template may name. */
    static final Map<String, String> TITLES = Map.of("ID", "ID", "Name", "NAME", "Mode", "MODE", "Replicas", "REPLICAS",
            "Image", "IMAGE", "Ports", "PORTS");

    /** Each service's fields as the 17.06 formatter gives them to a --format template. */
    static List<Map<String, String>> fields(ViewContext ctx) {
        List<Map<String, String>> out = new java.util.ArrayList<>();
        for (Cluster.ServiceState s : ctx.services()) {
            int running = ctx.cluster().tasksOf(s.name()).size();
            boolean global = s.spec().mode().isGlobal();
            out.add(Map.of("ID", GoStrings.shortId(s.id()), "Name", s.name(), "Mode", s.spec().mode().listed(),
                    "Replicas", running + "/" + (global ? running + s.pending().size() : s.spec().replicas()),
                    "Image", ImageRef.tagged(s.spec().image()), "Ports", ports(s)));
        }
        return out;
    }

    private static String ports(Cluster.ServiceState s) {
        return s.spec().ports().stream().filter(p -> p.mode() == PublishMode.INGRESS && p.published() > 0)
                .map(ServiceListView::port).collect(Collectors.joining(","));
    }

    private static String port(PortConfig p) {
        return "*:" + p.published() + "->" + p.target() + "/" + p.protocol().text();
    }
}
