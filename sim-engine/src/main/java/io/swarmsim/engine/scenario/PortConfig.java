package io.swarmsim.engine.scenario;

/** A port of a service: container {@code target}, {@code published} port (0 = none requested). */
public record PortConfig(int target, int published, Transport protocol, PublishMode mode) {
    public PortConfig {
        if (target < 1 || target > 65535 || published < 0 || published > 65535) {
            throw new IllegalArgumentException("port out of range: " + published + ":" + target);
        }
        if (protocol == null || mode == null) {
            throw new IllegalArgumentException("port without protocol or mode");
        }
    }

    @Override
    public String toString() {
        return (published == 0 ? "" : published + ":") + target + "/" + protocol.text()
            + (mode == PublishMode.HOST ? " (host)" : "");
    }
}
