package io.swarmsim.engine.sim;

import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What changed in a node's embedded DNS tables, name by name: {@code tasks.vote on overlay1: 10.0.0.6 10.0.0.8 -> 10.0.0.8}. */
final class DnsDiff {
    private DnsDiff() {
    }

    static String describe(Map<String, NetworkDnsRecords> before, Map<String, NetworkDnsRecords> after) {
        List<String> parts = new ArrayList<>();
        for (String net : new TreeSet<>(after.keySet())) {
            Map<String, List<IpAddress>> b = before.containsKey(net) ? before.get(net).names() : Map.of();
            Map<String, List<IpAddress>> a = after.get(net).names();
            TreeSet<String> names = new TreeSet<>(b.keySet());
            names.addAll(a.keySet());
            for (String name : names) {
                if (!Objects.equals(b.get(name), a.get(name))) {
                    parts.add(name + " on " + net + ": " + text(b.get(name)) + " -> " + text(a.get(name)));
                }
            }
        }
        return parts.isEmpty() ? "DNS records unchanged" : "DNS " + String.join("; ", parts);
    }

    private static String text(List<IpAddress> addresses) {
        return addresses == null || addresses.isEmpty() ? "no record" : addresses.stream().map(Object::toString).collect(Collectors.joining(" "));
    }
}
