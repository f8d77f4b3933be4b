package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.IpAddress;

/** A swarm node: its hostname, role and underlay IPv4 address. */
public record NodeDef(String name, Role role, IpAddress address) {
    public NodeDef {
        if (name == null || name.isEmpty() || role == null || address == null) {
            throw new IllegalArgumentException("incomplete node");
        }
    }
}
