package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The name tables of the networks one sandbox (container) is connected to, in search order, and the
 * lookup Docker's {@code sandbox.ResolveName} performs over them:
 * <ol>
 * <li>the name is lower-cased and its trailing dot dropped;</li>
 * <li>{@code a.b.c} is tried as {@code a.b.c} in every network, then {@code a.b} in network {@code c},
 * then {@code a} in network {@code b.c};</li>
 * <li>for each candidate, aliases are searched in all networks before plain names;</li>
 * <li>the first network with the name answers. For AAAA, a name that exists only with IPv4 addresses
 * is "known without address" and stops the search (Docker's {@code ipv6Miss}).</li>
 * </ol>
 * Ingress networks are skipped: they carry no names.
 */
public final class SandboxDnsView {
    private final List<NetworkDnsRecords> networks;

    private SandboxDnsView(List<NetworkDnsRecords> networks) {
        this.networks = List.copyOf(networks);
    }

    /** Networks searched exactly in the given order. */
    public static SandboxDnsView inOrder(List<NetworkDnsRecords> networks) {
        return new SandboxDnsView(networks);
    }

    /** Networks sorted (stably) as in swarm mode: overlays, then ingress, then local networks. */
    public static SandboxDnsView swarmOrder(List<NetworkDnsRecords> networks) {
        List<NetworkDnsRecords> sorted = new ArrayList<>(networks);
        sorted.sort(Comparator.comparing(NetworkDnsRecords::kind));
        return new SandboxDnsView(sorted);
    }

    public List<NetworkDnsRecords> networks() {
        return networks;
    }

    /** Looks up a name for A ({@code ipv6 == false}) or AAAA ({@code ipv6 == true}). */
    public NameLookup resolve(String queryName, boolean ipv6) {
        String name = DnsNames.canonical(queryName);
        List<String> requested = new ArrayList<>(List.of(name));
        List<String> networkNames = new ArrayList<>(List.of(""));
        for (int i = name.lastIndexOf('.'); i > 0; i = name.lastIndexOf('.', i - 1)) {
            requested.add(name.substring(0, i));
            networkNames.add(name.substring(i + 1));
        }
        for (int i = 0; i < requested.size(); i++) {
            for (boolean alias : new boolean[] {true, false}) {
                Optional<NameLookup> hit = search(requested.get(i), networkNames.get(i), alias, ipv6);
                if (hit.isPresent()) {
                    return hit.get();
                }
            }
        }
        return NameLookup.UNKNOWN;
    }

    private Optional<NameLookup> search(String name, String networkName, boolean alias, boolean ipv6) {
        for (NetworkDnsRecords n : networks) {
            if (n.kind() == NetworkKind.INGRESS || (!networkName.isEmpty() && !networkName.equals(n.networkName()))) {
                continue;
            }
            Optional<List<IpAddress>> ips = n.lookup(name, alias);
            if (ips.isEmpty()) {
                continue;
            }
            List<IpAddress> family = ips.get().stream().filter(ip -> ip.isV6() == ipv6).toList();
            return Optional.of(family.isEmpty() ? NameLookup.KNOWN_WITHOUT_ADDRESS : NameLookup.of(family));
        }
        return Optional.empty();
    }
}
