package io.swarmsim.engine.scenario;

/**
 * What a task serves on one TCP port: an HTTP server answering every request with {@code response}
 * as its body, or a plain TCP server sending {@code response} (possibly nothing) and closing.
 * {@code response} is a template (see the engine's ResponseTemplate: {@code {{.Hostname}}} ...).
 *
 * @param software what the {@code Server:} header names (empty: none); the catalogue's images only
 * @param declaredBy where the declaration came from: the x-sim key, or "the image catalogue"
 */
public record ServerSpec(Protocol protocol, int port, String response, String software, String declaredBy) {
    public enum Protocol { HTTP, TCP }
}
