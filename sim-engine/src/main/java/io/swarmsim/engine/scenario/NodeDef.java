package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Map;

/**
 * A swarm node: its hostname, role, underlay IPv4 address, the labels an operator gave it
 * ({@code docker node update --label-add}) and its platform ({@code node.platform.os|arch}).
 */
public record NodeDef(String name, Role role, IpAddress address, Map<String, String> labels, String os, String arch) {
    public static final String DEFAULT_OS = "linux";
    public static final String DEFAULT_ARCH = "x86_64";

    public NodeDef {
        if (name == null || name.isEmpty() || role == null || address == null) {
            throw new IllegalArgumentException("incomplete node");
        }
        labels = Map.copyOf(labels);
    }

    /** A Linux x86_64 node without labels. */
    public NodeDef(String name, Role role, IpAddress address) {
        this(name, role, address, Map.of(), DEFAULT_OS, DEFAULT_ARCH);
    }
}
