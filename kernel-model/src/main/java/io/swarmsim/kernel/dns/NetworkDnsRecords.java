package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The embedded DNS name table of one network as seen from one node: plain names and aliases, each
 * mapping to its addresses (duplicates removed, insertion order kept). Keys are canonical (lower case,
 * no trailing dot). Immutable; the "with" methods return a new table.
 *
 * <p>Swarm service records (reference §4.2): VIP mode {@code svc} → the VIP, dnsrr mode {@code svc} →
 * every task IP, {@code tasks.svc} → every task IP in both modes, container name → task IP. An
 * ingress network never holds names ({@code addSvcRecords} returns early), so such a table refuses them.
 */
public final class NetworkDnsRecords {
    private final String networkName;
    private final NetworkKind kind;
    private final Map<String, List<IpAddress>> names;
    private final Map<String, List<IpAddress>> aliases;

    private NetworkDnsRecords(String networkName, NetworkKind kind, Map<String, List<IpAddress>> names,
            Map<String, List<IpAddress>> aliases) {
        this.networkName = networkName;
        this.kind = kind;
        this.names = names;
        this.aliases = aliases;
    }

    public static NetworkDnsRecords empty(String networkName, NetworkKind kind) {
        return new NetworkDnsRecords(DnsNames.canonical(Objects.requireNonNull(networkName)),
                Objects.requireNonNull(kind), Map.of(), Map.of());
    }

    public String networkName() {
        return networkName;
    }

    public NetworkKind kind() {
        return kind;
    }

    /** The plain names and their addresses, by name (what a copy of this table is rebuilt from). */
    public Map<String, List<IpAddress>> names() {
        return new TreeMap<>(names);
    }

    /** The aliases and their addresses, by alias. */
    public Map<String, List<IpAddress>> aliases() {
        return new TreeMap<>(aliases);
    }

    /** Adds addresses to a plain name (merging with any it already has). */
    public NetworkDnsRecords withName(String name, List<IpAddress> ips) {
        return new NetworkDnsRecords(networkName, kind, merged(names, name, ips), aliases);
    }

    /** Adds addresses to an alias; aliases are searched before plain names. */
    public NetworkDnsRecords withAlias(String alias, List<IpAddress> ips) {
        return new NetworkDnsRecords(networkName, kind, names, merged(aliases, alias, ips));
    }

    /** VIP-mode service: {@code svc} → VIP, {@code tasks.svc} → task IPs. */
    public NetworkDnsRecords withVipService(String service, IpAddress vip, List<IpAddress> taskIps) {
        NetworkDnsRecords r = withName(service, List.of(vip));
        return taskIps.isEmpty() ? r : r.withName("tasks." + DnsNames.canonical(service), taskIps);
    }

    /** DNS round-robin service: {@code svc} and {@code tasks.svc} → task IPs. */
    public NetworkDnsRecords withDnsrrService(String service, List<IpAddress> taskIps) {
        return withName(service, taskIps).withName("tasks." + DnsNames.canonical(service), taskIps);
    }

    /** Addresses under a canonical name, from the alias table or the plain one. */
    Optional<List<IpAddress>> lookup(String canonicalName, boolean alias) {
        return Optional.ofNullable((alias ? aliases : names).get(canonicalName));
    }

    private Map<String, List<IpAddress>> merged(Map<String, List<IpAddress>> table, String name,
            List<IpAddress> ips) {
        if (kind == NetworkKind.INGRESS) {
            throw new IllegalStateException("the ingress network holds no DNS names");
        }
        String key = DnsNames.canonical(name);
        DnsNames.labels(key);
        LinkedHashSet<IpAddress> set = new LinkedHashSet<>(table.getOrDefault(key, List.of()));
        set.addAll(ips);
        TreeMap<String, List<IpAddress>> copy = new TreeMap<>(table);
        if (!set.isEmpty()) {
            copy.put(key, List.copyOf(set));
        }
        return Map.copyOf(copy);
    }


    /** Equal when they hold the same names and aliases with the same addresses in the same order. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkDnsRecords r && networkName.equals(r.networkName) && kind == r.kind
                && names.equals(r.names) && aliases.equals(r.aliases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(networkName, kind, names, aliases);
    }

    @Override
    public String toString() {
        return networkName + "(" + kind + ") names=" + new TreeMap<>(names) + " aliases=" + new TreeMap<>(aliases);
    }
}
