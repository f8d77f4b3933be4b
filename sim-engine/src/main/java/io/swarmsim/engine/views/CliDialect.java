package io.swarmsim.engine.views;

import io.swarmsim.engine.control.DockerVersion;

/**
 * What the Docker CLI prints differently between releases, asked by name. Three layouts are
 * modelled: 1.12 (the seed's), 1.13 (service ps, MODE column, no MEMBERSHIP) and 17.06 onwards
 * (listings through the CLI formatter package, PORTS in service ls).
 */
record CliDialect(DockerVersion version) {
    private static final DockerVersion V1_13 = new DockerVersion(1, 13);
    private static final DockerVersion V17_06 = new DockerVersion(17, 6);

    private boolean atLeast(DockerVersion v) {
        return version.compareTo(v) >= 0;
    }

    /** 1.12 has {@code docker service tasks}; 1.13 renamed it {@code docker service ps}. */
    String tasksSubcommand() {
        return atLeast(V1_13) ? "ps" : "tasks";
    }

    /** 1.12 RC's node ls has a MEMBERSHIP column (the seed's). */
    boolean nodeListShowsMembership() {
        return !atLeast(V1_13);
    }

    /** From 17.06 node, service and task listings go through the formatter's 20/1/3 tabwriter. */
    boolean swarmListsUseFormatter() {
        return atLeast(V17_06);
    }

    /** 1.13 added MODE to service ls and shows the resolved image tag. */
    /** docker network ls through the formatter (1.13 added its --format); 1.12 wrote rows ending in a tab. */
    boolean networkListUsesFormatter() {
        return atLeast(V1_13);
    }

    boolean serviceListShowsMode() {
        return atLeast(V1_13);
    }

    boolean serviceListShowsPorts() {
        return atLeast(V17_06);
    }

    /** 1.12 prints full 25-character task IDs in service tasks; later releases truncate to 12. */
    boolean truncatesTaskIds() {
        return atLeast(V1_13);
    }

    /** docker ps COMMAND: 1.12 cuts at 20 runes, 1.13 ends with "...", 17.06 with "…". */
    String truncateCommand(String command) {
        if (!atLeast(V1_13)) {
            return GoStrings.truncate(command, 20);
        }
        return GoStrings.ellipsis(command, 20, atLeast(V17_06) ? "…" : "...");
    }

    /** The daemon's error for an unknown {@code docker inspect} reference. */
    String noSuchObject(String ref) {
        return atLeast(V1_13) ? "Error: No such object: " + ref : "Error: No such image, container or task: " + ref;
    }
}
