package io.swarmsim.engine.apps;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.ServerPlan;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Protocol;
import java.nio.charset.StandardCharsets;

/** Starts the server a desired state names for a container, on its protocol and port. */
public final class AppServers {
    private AppServers() {
    }

    /** Starts it; returns what it answers every request with. */
    public static String start(DesiredState.AppServer app, Fabric fabric, NetNamespace ns) {
        if (app.app().equals(ServerPlan.VOTE_APP) && app.protocol() == Protocol.TCP) {
            new VoteServer(fabric, ns, app.port(), app.containerId());
            return new String(VoteServer.response(app.containerId()), StandardCharsets.UTF_8);
        } else {
            throw new IllegalArgumentException("no model of a " + app.protocol() + " server '" + app.app() + "'");
        }
    }
}
