package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A container's {@code /etc/hosts} as libnetwork writes it (etchosts.Build, then updateHostsFile):
 * the default lines (localhost and the IPv6 names), the extra hosts a service declares
 * ({@code extra_hosts}, one {@code IP\tname} line each, in the order given), and last the
 * container's own address with its hostname. Lines are {@code IP<TAB>names}.
 */
public record HostsFile(List<Entry> entries) {
    /** One line: an address and the names it carries. */
    public record Entry(IpAddress address, List<String> names) {
        public Entry {
            names = List.copyOf(names);
        }
    }

    private static final List<Entry> DEFAULTS = List.of(
            new Entry(IpAddress.parse("127.0.0.1"), List.of("localhost")),
            new Entry(IpAddress.parse("::1"), List.of("localhost", "ip6-localhost", "ip6-loopback")),
            new Entry(IpAddress.parse("fe00::"), List.of("ip6-localnet")),
            new Entry(IpAddress.parse("ff00::"), List.of("ip6-mcastprefix")),
            new Entry(IpAddress.parse("ff02::1"), List.of("ip6-allnodes")),
            new Entry(IpAddress.parse("ff02::2"), List.of("ip6-allrouters")));

    /**
     * A node's own file as Debian writes it (netbase, less the machine's hostname line, which the
     * simulated nodes do not name): what the node's programs, and iptables entering a container's
     * namespace with nsenter, read.
     */
    public static final HostsFile NODE = new HostsFile(List.of(DEFAULTS.get(0), DEFAULTS.get(1), DEFAULTS.get(4), DEFAULTS.get(5)));

    public HostsFile {
        entries = List.copyOf(entries);
    }

    /** Each address's first name, as gethostbyaddr's files backend gives it (the first line naming it wins). */
    public java.util.Map<IpAddress, String> firstNames() {
        java.util.Map<IpAddress, String> out = new java.util.LinkedHashMap<>();
        entries.forEach(e -> out.putIfAbsent(e.address(), e.names().get(0)));
        return out;
    }

    /** Docker's file for a container: the defaults, {@code extra}, then {@code own} with {@code hostname} (when it has an address). */
    public static HostsFile docker(List<Entry> extra, IpAddress own, String hostname) {
        List<Entry> out = new ArrayList<>(DEFAULTS);
        out.addAll(extra);
        if (own != null) {
            out.add(new Entry(own, List.of(hostname)));
        }
        return new HostsFile(out);
    }

    /**
     * The IPv4 addresses the C library's files backend finds for {@code name}: every line naming it
     * (case-insensitive), in file order.
     */
    public List<IpAddress> lookupV4(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return entries.stream().filter(e -> e.address().isV4())
                .filter(e -> e.names().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))))
                .map(Entry::address).toList();
    }

    /** The file's text: {@code IP<TAB>name [name...]} per line (IPv6 written as Go prints it: fe00::0). */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            String ip = e.address().toString();
            sb.append(ip.endsWith("::") ? ip + "0" : ip).append('\t').append(String.join(" ", e.names())).append('\n');
        }
        return sb.toString();
    }
}
