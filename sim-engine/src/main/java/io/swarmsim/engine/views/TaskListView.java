package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.PublishMode;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code docker service tasks <svc>} (1.12) and {@code docker service ps <svc>} (1.13 on), tasks
 * by slot. 1.12 (api/client/task/print.go): full task ID, NAME, SERVICE, IMAGE as in the spec,
 * LAST STATE ("Running 2 hours ago"), DESIRED STATE, NODE. 1.13: 12-character ID, NAME, IMAGE
 * (tag resolved), NODE, DESIRED STATE, CURRENT STATE, ERROR, PORTS (host-mode ports only);
 * 17.06 prints the same columns through the formatter.
 */
final class TaskListView {
    private TaskListView() {
    }

    static String render(ViewContext ctx, Cluster.ServiceState service) {
        CliDialect d = ctx.dialect();
        TabWriter w = d.swarmListsUseFormatter() ? TabWriter.formatter() : TabWriter.plain();
        boolean legacy = !d.truncatesTaskIds();
        w.line(legacy ? "ID\tNAME\tSERVICE\tIMAGE\tLAST STATE\tDESIRED STATE\tNODE"
                : "ID\tNAME\tIMAGE\tNODE\tDESIRED STATE\tCURRENT STATE\tERROR\tPORTS");
        for (Row r : rows(ctx, service)) {
            if (legacy) {
                w.row(r.id(), r.name(), service.name(), service.spec().image(), r.state(), "Running", r.node());
            } else {
                w.row(GoStrings.shortId(r.id()), r.name(), ImageRef.tagged(service.spec().image()), r.node(),
                        "Running", r.state(), r.error(), r.ports());
            }
        }
        return w.render();
    }

    private record Row(int slot, String id, String name, String node, String state, String error, String ports) {
    }

    /** The formatter's column titles of docker service ps: the fields a --format template may name. */
    static final java.util.Map<String, String> TITLES = java.util.Map.of("ID", "ID", "Name", "NAME", "Image", "IMAGE",
            "Node", "NODE", "DesiredState", "DESIRED STATE", "CurrentState", "CURRENT STATE", "Error", "ERROR", "Ports", "PORTS");

    /** Each task's fields as the formatter gives them to a --format template, in the listing's order. */
    static List<java.util.Map<String, String>> fields(ViewContext ctx, Cluster.ServiceState service) {
        return rows(ctx, service).stream().map(r -> java.util.Map.of("ID", GoStrings.shortId(r.id()), "Name", r.name(),
                "Image", ImageRef.tagged(service.spec().image()), "Node", r.node(), "DesiredState", "Running",
                "CurrentState", r.state(), "Error", r.error(), "Ports", r.ports())).toList();
    }

    private static List<Row> rows(ViewContext ctx, Cluster.ServiceState service) {
        String ago = ctx.age().toLowerCase(java.util.Locale.ROOT) + " ago"; // task/print.go lower-cases HumanDuration
        List<Row> rows = new java.util.ArrayList<>();
        ctx.cluster().tasksOf(service.name()).forEach(t -> rows.add(new Row(t.slot(), t.id(), t.name(), t.node().name(),
                "Running " + ago, "", hostPorts(service))));
        service.pending().forEach(p -> rows.add(new Row(p.slot(), p.id(), p.name(), p.node().map(Cluster.Node::name).orElse(""),
                "Pending " + ago, error(p.error()), "")));
        return rows.stream().sorted(Comparator.comparingInt(Row::slot)).toList();
    }

    /** The ERROR column (formatter/task.go Error): quoted, cut to 29 characters and an ellipsis past 30. */
    static String error(String err) {
        String cut = err.length() > MAX_ERROR ? err.substring(0, MAX_ERROR - 1) + "\u2026" : err;
        return cut.isEmpty() ? "" : "\"" + cut + "\"";
    }

    private static final int MAX_ERROR = 30;

    private static String hostPorts(Cluster.ServiceState s) {
        return s.spec().ports().stream().filter(p -> p.mode() == PublishMode.HOST && p.published() > 0)
                .map(p -> "*:" + p.published() + "->" + p.target() + "/" + p.protocol().text())
                .collect(Collectors.joining(","));
    }
}
