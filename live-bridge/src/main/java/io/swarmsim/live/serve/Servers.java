package io.swarmsim.live.serve;

import java.io.IOException;

/** Starts a container's real servers: its embedded DNS, if it has one, and each task server. */
public final class Servers {
    private Servers() {
    }

    /** Binds every socket {@code spec} names; the servers run on daemon threads. */
    public static void start(ServerSpec spec) throws IOException {
        if (spec.dns().isPresent()) {
            new EmbeddedDnsResponder(spec).start();
        }
        for (io.swarmsim.engine.control.DesiredState.AppServer app : spec.apps()) {
            new AppServerSocket(app).start();
        }
    }
}
