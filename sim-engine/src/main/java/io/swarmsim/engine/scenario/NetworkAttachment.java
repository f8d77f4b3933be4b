package io.swarmsim.engine.scenario;

import java.util.List;

/** A service's membership of a network, with extra DNS aliases on that network. */
public record NetworkAttachment(String network, List<String> aliases, Location location) {
    public NetworkAttachment {
        aliases = List.copyOf(aliases);
    }
}
