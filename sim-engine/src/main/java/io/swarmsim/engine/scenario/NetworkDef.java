package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.Prefix;
import java.util.List;

/** A top-level network; {@code subnets} is empty when the simulator is to allocate one. */
public record NetworkDef(String name, String driver, List<Prefix> subnets, boolean attachable, Location location) {
    public NetworkDef {
        subnets = List.copyOf(subnets);
    }
}
