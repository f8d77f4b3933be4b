package io.swarmsim.engine.scenario;

import java.util.List;

/** Swarm jobs ({@code replicated-job}, {@code global-job}) came with Docker 20.10: refused when the scenario models an older release. */
final class JobModes {
    private JobModes() {
    }

    static void check(List<Service> services, String dockerVersion, Problems problems) {
        if (atLeast2010(dockerVersion)) {
            return;
        }
        for (Service s : services) {
            if (s.mode().isJob()) {
                problems.add(s.location(), "services." + s.name() + " has deploy.mode " + s.mode().text() + ", which came with Docker 20.10;"
                    + " expected x-sim.docker_version \"20.10\" or later (this scenario models " + dockerVersion + ")");
            }
        }
    }

    static boolean atLeast2010(String version) {
        String[] p = version.split("\\.");
        int major = Integer.parseInt(p[0]);
        int minor = Integer.parseInt(p[1]);
        return major > 20 || major == 20 && minor >= 10;
    }
}
