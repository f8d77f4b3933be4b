package io.swarmsim.engine.scenario;

/** Protocol of a published port. */
public enum Transport {
    TCP, UDP;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
