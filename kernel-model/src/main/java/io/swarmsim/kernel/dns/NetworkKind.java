package io.swarmsim.kernel.dns;

/**
 * The kind of network a sandbox endpoint is on, in the order Docker searches them in swarm mode
 * ({@code sandbox.go ResolveName}, {@code sort.Sort(ByNetworkType(epList))}): swarm-scope overlays, then
 * ingress, then local networks such as docker_gwbridge.
 */
public enum NetworkKind {
    SWARM_OVERLAY, INGRESS, LOCAL
}
