package io.swarmsim.engine.control;

import io.swarmsim.kernel.packet.Protocol;
import java.util.Optional;

/** Which server a task's container runs: the instavote/vote web app (gunicorn on port 80), named by its image. */
public final class ServerPlan {
    /** The app name of the vote web app. */
    public static final String VOTE_APP = "instavote/vote";
    public static final int VOTE_PORT = 80;

    private ServerPlan() {
    }

    /** Whether a task of {@code image} runs the vote app (and so serves the experiments' requests). */
    public static boolean servesVote(String image) {
        return image.startsWith(VOTE_APP);
    }

    static Optional<DesiredState.AppServer> of(Cluster.Task t) {
        return servesVote(t.image())
                ? Optional.of(new DesiredState.AppServer(VOTE_APP, Protocol.TCP, VOTE_PORT, t.shortContainerId()))
                : Optional.empty();
    }
}
