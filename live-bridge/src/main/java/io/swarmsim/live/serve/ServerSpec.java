package io.swarmsim.live.serve;

import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.dns.NetworkKind;
import io.swarmsim.kernel.dns.SandboxDnsView;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
public record ServerSpec(long seed, String stream, Optional<Dns> dns, Optional<String> httpContainerId) {
    /** A service name on one network: a VIP with its tasks, or (dnsrr) only the tasks. */
    public record Service(String name, Optional<IpAddress> vip, List<IpAddress> tasks) {
        public Service {
            tasks = List.copyOf(tasks);
        }
    }

    /** The names of one network the container is on, in the order the model lists them. */
    public record Network(String name, List<Service> services) {
        public Network {
            services = List.copyOf(services);
        }

        /** The network's records, built as the model builds them. */
        public NetworkDnsRecords records() {
            NetworkDnsRecords r = NetworkDnsRecords.empty(name, NetworkKind.SWARM_OVERLAY);
            for (Service s : services) {
                r = s.vip().isPresent() ? r.withVipService(s.name(), s.vip().get(), s.tasks()) : r.withDnsrrService(s.name(), s.tasks());
            }
            return r;
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
                sb.append("network ").append(n.name()).append('\n');
                for (Service s : n.services()) {
                    sb.append(s.vip().map(v -> "vip " + s.name() + " " + v).orElse("dnsrr " + s.name()));
                    s.tasks().forEach(t -> sb.append(' ').append(t));
                    sb.append('\n');
                }
            }
        });
        httpContainerId.ifPresent(id -> sb.append("http ").append(id).append('\n'));
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
        private String network;
        private List<Service> services = new ArrayList<>();
        private String http;

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
                    network = one(w);
                }
                case "vip" -> services.add(new Service(w[1], Optional.of(IpAddress.parse(w[2])), ips(w, 3)));
                case "dnsrr" -> services.add(new Service(w[1], Optional.empty(), ips(w, 2)));
                case "http" -> http = one(w);
                case "end" -> {
                    return true;
                }
                default -> throw new IllegalArgumentException("expected seed, stream, dns, upstream, network, vip, dnsrr, http or end");
            }
            return false;
        }

        private void closeNetwork() {
            if (network != null) {
                networks.add(new Network(network, services));
            }
            services = new ArrayList<>();
        }

        ServerSpec spec() {
            closeNetwork();
            if (stream == null) {
                throw new IllegalArgumentException("no 'stream' line");
            }
            Optional<Dns> dns = udp < 0 ? Optional.empty() : Optional.of(new Dns(udp, tcp, upstreams, networks));
            return new ServerSpec(seed, stream, dns, Optional.ofNullable(http));
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
