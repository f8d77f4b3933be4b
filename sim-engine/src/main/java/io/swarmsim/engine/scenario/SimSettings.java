package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code x-sim} block, with defaults filled in; {@code nodesDefaulted} tells whether nodes were
 * invented; {@code existingNetworks} are the overlays the cluster has before the stack (created with
 * docker network create), which the file's external networks name.
 */
public record SimSettings(String dockerVersion, long seed, List<NodeDef> nodes, boolean nodesDefaulted,
                          List<IpAddress> upstreamDns, Map<String, ImageOverride> images, Map<String, List<ServerSpec>> serves,
                          List<Experiment> experiments, List<NetworkDef> existingNetworks) {
    public static final String DEFAULT_DOCKER_VERSION = "1.12";
    public static final long DEFAULT_SEED = 1L;

    public SimSettings {
        nodes = List.copyOf(nodes);
        upstreamDns = List.copyOf(upstreamDns);
        images = Collections.unmodifiableMap(new LinkedHashMap<>(images));
        serves = Collections.unmodifiableMap(new LinkedHashMap<>(serves));
        experiments = List.copyOf(experiments);
        existingNetworks = List.copyOf(existingNetworks);
    }
}
