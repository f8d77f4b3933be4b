package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.Prefix;
import java.util.List;
import java.util.Optional;

/**
 * A top-level network; {@code subnets} is empty when the simulator is to allocate one. An
 * {@code external} network is not created by the stack: it names one that exists already
 * ({@code x-sim.networks}); {@code explicitName} is compose's {@code name:} (the network's real name,
 * not scoped by the stack).
 */
public record NetworkDef(String name, String driver, List<Prefix> subnets, boolean attachable, Location location,
                         boolean external, Optional<String> explicitName) {
    public NetworkDef {
        subnets = List.copyOf(subnets);
    }

    /** Docker's node-local network of the node's own namespace; a service joins it as {@code external} ({@code name: host}). */
    public static final String HOST = "host";

    /** A network the file creates, under its key. */
    public NetworkDef(String name, String driver, List<Prefix> subnets, boolean attachable, Location location) {
        this(name, driver, subnets, attachable, location, false, Optional.empty());
    }

    /** The name Docker knows it by when no stack scopes it: {@code name:}, else the key. */
    public String realName() {
        return explicitName.orElse(name);
    }
}
