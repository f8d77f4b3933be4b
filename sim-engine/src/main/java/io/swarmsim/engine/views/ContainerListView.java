package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.PublishMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code docker ps} on one node: the containers of the tasks placed there. The formatter's
 * 20/1/3 table with CONTAINER ID (12), IMAGE (the task's image, {@code :latest} added when
 * untagged), COMMAND (path and args as daemon/list.go joins them, args with a space quoted in
 * single quotes, cut to 20 runes and Go-quoted), CREATED, STATUS ("Up 2 hours"), PORTS and NAMES.
 *
 * <p>Order: the daemon lists newest first. All tasks start at simulated zero, so this orders
 * services newest first and, within a service whose tasks start together, by slot (the seed's
 * node2 shows vote.1 above vote.2).
 */
final class ContainerListView {
    private ContainerListView() {
    }

    static String render(ViewContext ctx) {
        TabWriter w = TabWriter.formatter();
        w.line("CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES");
        List<String> serviceOrder = ctx.cluster().services().stream().map(Cluster.ServiceState::name).toList();
        List<Cluster.Task> tasks = new ArrayList<>(ctx.localTasks());
        tasks.sort(Comparator.<Cluster.Task>comparingInt(t -> -serviceOrder.indexOf(t.service()))
                .thenComparingInt(Cluster.Task::slot));
        for (Cluster.Task t : tasks) {
            Cluster.ServiceState s = ctx.cluster().service(t.service()).orElseThrow();
            ImageConfig image = ImageConfig.of(t.image());
            w.row(t.shortContainerId(), ImageRef.tagged(t.image()),
                    GoStrings.quote(ctx.dialect().truncateCommand(command(image.argv(s.spec().command())))),
                    ctx.age() + " ago", "Up " + ctx.age(), ports(image, s), t.containerName());
        }
        return w.render();
    }

    /** daemon/list.go: {@code Path + " " + args}, an arg holding a space wrapped in single quotes. */
    static String command(List<String> argv) {
        if (argv.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(argv.get(0));
        for (String a : argv.subList(1, argv.size())) {
            b.append(' ').append(a.contains(" ") ? "'" + a + "'" : a);
        }
        return b.toString();
    }

    /** Exposed ports of the image ({@code 80/tcp}) and host-mode published ports ({@code 0.0.0.0:8080->80/tcp}). */
    private static String ports(ImageConfig image, Cluster.ServiceState s) {
        List<String> out = new ArrayList<>();
        List<PortConfig> host = s.spec().ports().stream().filter(p -> p.mode() == PublishMode.HOST && p.published() > 0).toList();
        for (PortConfig p : host) {
            out.add("0.0.0.0:" + p.published() + "->" + p.target() + "/" + p.protocol().text());
        }
        for (String e : image.exposedPorts()) {
            if (host.stream().noneMatch(p -> e.equals(p.target() + "/" + p.protocol().text()))) {
                out.add(e);
            }
        }
        return String.join(", ", out);
    }
}
