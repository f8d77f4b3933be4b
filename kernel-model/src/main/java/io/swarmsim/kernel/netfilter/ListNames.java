package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.packet.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How {@code iptables -L} names what it lists. With {@code -n} ({@link #NUMERIC}) everything is a
 * number, the protocol too ({@code 0}, {@code 6}). Without it (iptables 1.8.9, xtables.c and
 * libxt_tcp/udp/icmp): 0.0.0.0/0 is {@code anywhere}; an address is the first name of
 * gethostbyaddr (/etc/hosts, then DNS), else getnetbyaddr's (/etc/networks), else its number,
 * with {@code /LEN} unless it is a /32; the protocol is {@code all} or its /etc/protocols name; a
 * port is its /etc/services name for that protocol; an ICMP type its name ({@code echo-request}).
 */
public final class ListNames {
    /** {@code -n}. */
    public static final ListNames NUMERIC = new ListNames(null, Map.of(), Map.of());

    /** Debian 12's /etc/networks (netbase 6.4). */
    private static final Map<IpAddress, String> NETWORKS = Map.of(IpAddress.parse("0.0.0.0"), "default",
            IpAddress.parse("127.0.0.0"), "loopback", IpAddress.parse("169.254.0.0"), "link-local");

    /** The ICMP types iptables names with any code (libxt_icmp's icmp_codes). */
    private static final Map<Integer, String> ICMP = Map.ofEntries(Map.entry(0, "echo-reply"),
            Map.entry(3, "destination-unreachable"), Map.entry(4, "source-quench"), Map.entry(5, "redirect"),
            Map.entry(8, "echo-request"), Map.entry(9, "router-advertisement"), Map.entry(10, "router-solicitation"),
            Map.entry(11, "time-exceeded"), Map.entry(12, "parameter-problem"), Map.entry(13, "timestamp-request"),
            Map.entry(14, "timestamp-reply"), Map.entry(17, "address-mask-request"), Map.entry(18, "address-mask-reply"));

    private final Map<IpAddress, String> hosts;
    private final Map<IpAddress, String> networks;
    private final Map<String, String> services;

    private ListNames(Map<IpAddress, String> hosts, Map<IpAddress, String> networks, Map<String, String> services) {
        this.hosts = hosts;
        this.networks = networks;
        this.services = services;
    }

    /**
     * Names as a Debian 12 host gives them: {@code hosts} maps the addresses its /etc/hosts names (no
     * DNS answers a reverse query in the simulated network, so every other address stays a number);
     * /etc/networks and /etc/services are netbase 6.4's.
     */
    public static ListNames resolving(Map<IpAddress, String> hosts) {
        return new ListNames(Map.copyOf(hosts), NETWORKS, Services.TABLE);
    }

    public boolean numeric() {
        return hosts == null;
    }

    /** The source or destination column (without the inversion mark). */
    public String address(Prefix p) {
        if (numeric()) {
            return IpHeaderMatch.listAddress(p);
        }
        if (p == null || p.length() == 0) {
            return "anywhere";
        }
        IpAddress a = p.address();
        String name = hosts.getOrDefault(a, networks.getOrDefault(a, a.toString()));
        return p.length() == 32 ? name : name + "/" + p.length();
    }

    /** The prot column. */
    public String protocol(Protocol p) {
        if (numeric()) {
            return p == null ? "0" : Integer.toString(p.number());
        }
        return p == null ? "all" : p.keyword();
    }

    /** A port in a match: its service name for {@code proto}, or its number. */
    public String port(int port, Protocol proto) {
        return numeric() ? Integer.toString(port) : services.getOrDefault(port + "/" + proto.keyword(), Integer.toString(port));
    }

    /** A port range {@code a:b}, each end named. */
    public String range(PortRange r, Protocol proto) {
        return r.single() ? port(r.low(), proto) : port(r.low(), proto) + ":" + port(r.high(), proto);
    }

    /** An ICMP type's name, or null where it is printed as a number. */
    public String icmpType(int type) {
        return numeric() ? null : ICMP.get(type);
    }

    /** /etc/services read once: the first name for each port and protocol, as getservbyport finds it. */
    private static final class Services {
        static final Map<String, String> TABLE = read();

        private static Map<String, String> read() {
            Map<String, String> out = new HashMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    ListNames.class.getResourceAsStream("services"), StandardCharsets.US_ASCII))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] w = line.replaceFirst("#.*", "").trim().split("\\s+");
                    if (w.length >= 2 && w[1].contains("/")) {
                        out.putIfAbsent(w[1], w[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.copyOf(out);
        }
    }
}
