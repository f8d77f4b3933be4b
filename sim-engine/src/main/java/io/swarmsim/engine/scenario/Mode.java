package io.swarmsim.engine.scenario;

/** {@code deploy.mode}: a fixed number of tasks, or one task per eligible node. */
public enum Mode {
    REPLICATED, GLOBAL;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
