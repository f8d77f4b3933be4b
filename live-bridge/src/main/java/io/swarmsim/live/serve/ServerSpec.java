package io.swarmsim.live.serve;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.net.IpAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one container's real servers serve, as the model's do: Docker's embedded DNS (its two
 * ports behind the DOCKER_OUTPUT DNAT, its upstreams, the names of the container's networks, and
 * the seeded stream the model shuffles answers with) and the vote page with the container's ID.
 * It travels as text on the server process's standard input, one item a line, ending with
 * {@code end}; a line the format does not know is an error naming the line.
 *
 * @param seed   the run's seed; with {@code stream} it gives the model's shuffle order
 * @param stream the name of the model's shuffle stream ({@code dns-shuffle@<node>})
 */
public record ServerSpec(long seed, String stream, Optional<Dns> dns, List<DesiredState.AppServer> apps) {
    public ServerSpec {
        apps = List.copyOf(apps);
    }

    /**
     * The names of one network the container is on, as the desired state has them: the network's
     * kind (the order Docker searches networks in), its plain names and its aliases, each with its
     * addresses in order.
     */
    public record Network(NetworkDnsRecords records) {
        /** One name or alias line: {@code name vote. 10.0.0.2}. */
        private static void line(StringBuilder sb, String word, Map<String, List<IpAddress>> table) {
            table.forEach((n, ips) -> {
                sb.append(word).append(' ').append(n);
                ips.forEach(ip -> sb.append(' ').append(ip));
                sb.append('\n');
            });
        }
    }

    /** The embedded DNS server: the ports the nat rules point to, the upstreams, the networks. */
    public record Dns(int udpPort, int tcpPort, List<IpAddress> upstreams, List<Network> networks) {
        public Dns {
            upstreams = List.copyOf(upstreams);
            networks = List.copyOf(networks);
        }

        /** The container's view, built as the model's does: each network's records, in swarm order. */
        public SandboxDnsView view() {
            return SandboxDnsView.swarmOrder(networks.stream().map(Network::records).toList());
        }
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "seed %d%nstream %s%n", seed, stream));
        dns.ifPresent(d -> {
            sb.append(String.format(Locale.ROOT, "dns %d %d%n", d.udpPort(), d.tcpPort()));
            d.upstreams().forEach(u -> sb.append("upstream ").append(u).append('\n'));
            for (Network n : d.networks()) {
                sb.append("network ").append(n.records().networkName()).append(' ').append(n.records().kind()).append('\n');
                Network.line(sb, "name", n.records().names());
                Network.line(sb, "alias", n.records().aliases());
            }
        });
        for (DesiredState.AppServer a : apps) {
            sb.append("app");
            for (String f : List.of(a.spec().protocol().name(), String.valueOf(a.spec().port()), a.spec().response(), a.spec().software(),
                    a.spec().declaredBy(), a.containerId(), a.task(), a.service(), a.node(), String.join(",", a.addresses()), a.hostname())) {
                sb.append(" =").append(URLEncoder.encode(f, StandardCharsets.UTF_8));
            }
            sb.append('\n');
        }
        return sb.append("end\n").toString();
    }

    /** Reads what {@link #render()} wrote. @throws IllegalArgumentException naming the bad line */
    public static ServerSpec parse(List<String> lines) {
        Parser p = new Parser();
        int no = 0;
        for (String line : lines) {
            no++;
            try {
                if (p.line(line.strip().split(" "))) {
                    return p.spec();
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("server spec line " + no + " '" + line + "': " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException("server spec ends without 'end' after " + no + " lines");
    }

    /** The reading state: what has been seen so far. */
    private static final class Parser {
        private long seed;
        private String stream;
        private int udp = -1;
        private int tcp = -1;
        private final List<IpAddress> upstreams = new ArrayList<>();
        private final List<Network> networks = new ArrayList<>();
        private NetworkDnsRecords network;
        private final List<DesiredState.AppServer> apps = new ArrayList<>();

        /** Takes one line's words; true at {@code end}. */
        boolean line(String[] w) {
            switch (w[0]) {
                case "seed" -> seed = Long.parseLong(one(w));
                case "stream" -> stream = one(w);
                case "dns" -> {
                    udp = Integer.parseInt(w[1]);
                    tcp = Integer.parseInt(w[2]);
                }
                case "upstream" -> upstreams.add(IpAddress.parse(one(w)));
                case "network" -> {
                    closeNetwork();
                    if (w.length != 3) {
                        throw new IllegalArgumentException("expected a network's name and kind");
                    }
                    network = NetworkDnsRecords.empty(w[1], NetworkKind.valueOf(w[2]));
                }
                case "name" -> network = inNetwork(w).withName(w[1], ips(w, 2));
                case "alias" -> network = inNetwork(w).withAlias(w[1], ips(w, 2));
                case "app" -> apps.add(app(w));
                case "end" -> {
                    return true;
                }
                default -> throw new IllegalArgumentException("expected seed, stream, dns, upstream, network, name, alias, app or end");
            }
            return false;
        }

        private NetworkDnsRecords inNetwork(String[] w) {
            if (network == null || w.length < 3) {
                throw new IllegalArgumentException("expected a name and its addresses after a 'network' line");
            }
            return network;
        }

        private void closeNetwork() {
            if (network != null) {
                networks.add(new Network(network));
            }
            network = null;
        }

        ServerSpec spec() {
            closeNetwork();
            if (stream == null) {
                throw new IllegalArgumentException("no 'stream' line");
            }
            Optional<Dns> dns = udp < 0 ? Optional.empty() : Optional.of(new Dns(udp, tcp, upstreams, networks));
            return new ServerSpec(seed, stream, dns, apps);
        }

        /** {@code app =PROTOCOL =port =response =software =declaredBy =containerId =task =service =node =a,b =hostname}, each URL-encoded. */
        private static DesiredState.AppServer app(String[] w) {
            if (w.length != 12) {
                throw new IllegalArgumentException("expected 11 fields after 'app'");
            }
            String[] f = new String[11];
            for (int i = 0; i < 11; i++) {
                if (!w[i + 1].startsWith("=")) {
                    throw new IllegalArgumentException("expected '=' before field " + (i + 1));
                }
                f[i] = URLDecoder.decode(w[i + 1].substring(1), StandardCharsets.UTF_8);
            }
            io.swarmsim.engine.scenario.ServerSpec spec = new io.swarmsim.engine.scenario.ServerSpec(
                    io.swarmsim.engine.scenario.ServerSpec.Protocol.valueOf(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4]);
            return new DesiredState.AppServer(spec, f[5], f[6], f[7], f[8], f[9].isEmpty() ? List.of() : List.of(f[9].split(",")), f[10]);
        }

        private static String one(String[] w) {
            if (w.length != 2) {
                throw new IllegalArgumentException("expected one word after '" + w[0] + "'");
            }
            return w[1];
        }

        private static List<IpAddress> ips(String[] w, int from) {
            List<IpAddress> out = new ArrayList<>();
            for (int i = from; i < w.length; i++) {
                out.add(IpAddress.parse(w[i]));
            }
            return out;
        }
    }
}
