package io.swarmsim.engine.scenario;

/** Swarm node role. */
public enum Role {
    MANAGER, WORKER;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
