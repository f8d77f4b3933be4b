package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.Entry;
import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.ScalarNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a service's {@code extra_hosts} (a list of {@code "name:address"}, split at the first colon
 * as docker/cli's convertExtraHosts does, or a map of name to address), {@code dns} and
 * {@code dns_search} (each a string or a list).
 */
final class ServiceDnsReader {
    private final Reading reading;

    ServiceDnsReader(Reading reading) {
        this.reading = reading;
    }

    ServiceDns read(MapNode service, String path) {
        List<HostsFile.Entry> hosts = service.get("extra_hosts").map(n -> extraHosts(n, path + ".extra_hosts")).orElse(List.of());
        List<IpAddress> servers = new ArrayList<>();
        for (YamlNode n : items(service.get("dns"), path + ".dns")) {
            reading.string(n, path + ".dns").flatMap(s -> address(s, n, path + ".dns")).ifPresent(servers::add);
        }
        List<String> search = new ArrayList<>();
        for (YamlNode n : items(service.get("dns_search"), path + ".dns_search")) {
            reading.string(n, path + ".dns_search").ifPresent(s -> {
                if (domain(s)) {
                    search.add(s);
                } else {
                    reading.error(n.location(), path + ".dns_search: '" + Text.clip(s)
                        + "' is not a domain name; expected labels of letters, digits and '-' joined by '.'");
                }
            });
        }
        return hosts.isEmpty() && servers.isEmpty() && search.isEmpty() ? ServiceDns.NONE : new ServiceDns(hosts, servers, search);
    }

    /** A string or a list of them (compose's string_or_list): the nodes to read, each with its own location. */
    private List<YamlNode> items(Optional<YamlNode> n, String path) {
        if (n.isEmpty() || n.get() instanceof ScalarNode s && s.isNull()) {
            return List.of();
        }
        if (n.get() instanceof SeqNode seq) {
            return seq.items();
        }
        if (n.get() instanceof ScalarNode) {
            return List.of(n.get());
        }
        reading.error(n.get().location(), path + " is " + n.get().describe() + "; expected a string or a list of strings");
        return List.of();
    }

    private List<HostsFile.Entry> extraHosts(YamlNode n, String path) {
        List<HostsFile.Entry> out = new ArrayList<>();
        if (n instanceof MapNode m) {
            for (Entry e : m.entries()) {
                Optional<String> ip = reading.string(e.value(), path + "." + e.key());
                ip.flatMap(a -> address(a, e.value(), path + "." + e.key())).ifPresent(a -> host(e.key(), a, e.keyLocation(), path, out));
            }
            return out;
        }
        Optional<SeqNode> seq = reading.list(n, path, "entries such as 'db.internal:10.0.9.5'");
        if (seq.isEmpty()) {
            return out;
        }
        for (int i = 0; i < seq.get().items().size(); i++) {
            YamlNode item = seq.get().items().get(i);
            String p = path + "[" + i + "]";
            Optional<String> text = reading.string(item, p);
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.get().indexOf(':');
            if (colon <= 0) {
                reading.error(item.location(), p + " '" + Text.clip(text.get()) + "' has no address; expected NAME:ADDRESS such as 'db.internal:10.0.9.5'");
                continue;
            }
            String name = text.get().substring(0, colon);
            address(text.get().substring(colon + 1), item, p).ifPresent(a -> host(name, a, item.location(), p, out));
        }
        return out;
    }

    private void host(String name, IpAddress address, Location at, String path, List<HostsFile.Entry> out) {
        if (!domain(name)) {
            reading.error(at, path + ": '" + Text.clip(name) + "' is not a host name; expected labels of letters, digits and '-' joined by '.'");
            return;
        }
        out.add(new HostsFile.Entry(address, List.of(name)));
    }

    private Optional<IpAddress> address(String text, YamlNode at, String path) {
        String t = text.strip();
        if (IpAddress.isValid(t)) {
            return Optional.of(IpAddress.parse(t));
        }
        reading.error(at.location(), path + ": '" + Text.clip(text) + "' is not an IP address; expected an IPv4 or IPv6 address");
        return Optional.empty();
    }

    private static boolean domain(String name) {
        try {
            io.swarmsim.kernel.dns.DnsNames.labels(io.swarmsim.kernel.dns.DnsNames.canonical(name));
            return !name.isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
