package io.swarmsim.engine.scenario;

/** How a port is published: through the routing mesh (ingress) or on the node running the task (host). */
public enum PublishMode {
    INGRESS, HOST;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
