package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.PublishMode;
import java.util.Comparator;
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
        String state = "Running " + ctx.age().toLowerCase(java.util.Locale.ROOT) + " ago"; // task/print.go lower-cases HumanDuration
        for (Cluster.Task t : ctx.cluster().tasksOf(service.name()).stream()
                .sorted(Comparator.comparingInt(Cluster.Task::slot)).toList()) {
            if (legacy) {
                w.row(t.id(), t.name(), service.name(), service.spec().image(), state, "Running", t.node().name());
            } else {
                w.row(GoStrings.shortId(t.id()), t.name(), ImageRef.tagged(service.spec().image()), t.node().name(),
                        "Running", state, "", hostPorts(service));
            }
        }
        return w.render();
    }

    private static String hostPorts(Cluster.ServiceState s) {
        return s.spec().ports().stream().filter(p -> p.mode() == PublishMode.HOST && p.published() > 0)
                .map(p -> "*:" + p.published() + "->" + p.target() + "/" + p.protocol().text())
                .collect(Collectors.joining(","));
    }
}
