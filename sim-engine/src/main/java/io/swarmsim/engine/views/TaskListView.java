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
        String ago = ctx.age().toLowerCase(java.util.Locale.ROOT) + " ago"; // task/print.go lower-cases HumanDuration
        List<Row> rows = new java.util.ArrayList<>();
        ctx.cluster().tasksOf(service.name()).forEach(t -> rows.add(new Row(t.slot(), t.id(), t.name(), t.node().name(),
                "Running " + ago, "", hostPorts(service))));
        service.pending().forEach(p -> rows.add(new Row(p.slot(), p.id(), p.name(), p.node().map(Cluster.Node::name).orElse(""),
                "Pending " + ago, error(p.error()), "")));
        for (Row r : rows.stream().sorted(Comparator.comparingInt(Row::slot)).toList()) {
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
