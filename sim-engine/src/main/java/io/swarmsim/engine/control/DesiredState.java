package io.swarmsim.engine.control;

import io.swarmsim.kernel.dns.NetworkDnsRecords;
import io.swarmsim.kernel.ipvs.ForwardMethod;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.VxlanConfig;
import io.swarmsim.engine.scenario.ServerSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel state the control plane wants, as data, and the one contract between the control
 * plane and what builds it: per namespace its devices (veth peers, bridge masters, vxlan
 * parameters), addresses, routes, sysctls, the overlay's static ARP and FDB entries, the
 * iptables-restore text, IPVS services with scheduler, forwarding method and weights, and the
 * daemons that run in it (Docker's embedded DNS, the task's server); per overlay network its
 * endpoints and its DNS records. The simulator loads it into the model (KernelLoader and the
 * simulation's daemons); the live bridge builds the same on Linux. A test checks that both read
 * every field.
 *
 * @param peers      per overlay network, every endpoint with its VTEP (the overlay driver's peerdb)
 * @param dnsRecords per network, the names Docker's embedded DNS answers on it
 * @param hostNetworkTasks the tasks on the host network, by name, with their node: they run in its namespace
 */
public record DesiredState(List<Namespace> namespaces, Map<String, List<Peer>> peers,
                           Map<String, NetworkDnsRecords> dnsRecords, Map<String, String> hostNetworkTasks) {

    /** Without tasks on the host network. */
    public DesiredState(List<Namespace> namespaces, Map<String, List<Peer>> peers, Map<String, NetworkDnsRecords> dnsRecords) {
        this(namespaces, peers, dnsRecords, Map.of());
    }

    /** What a namespace is for, in Docker's terms. */
    public enum Kind { HOST, CONTAINER, OVERLAY, INGRESS_SANDBOX, LB_SANDBOX }

    /** A device in a namespace: where the other end of a veth is. */
    public record DeviceRef(String namespace, String device) {
        @Override
        public String toString() {
            return namespace + "/" + device;
        }
    }

    /**
     * A device. {@code peer} is the other end of a veth, {@code master} the bridge it is a port of,
     * {@code vxlan} set for vxlan devices, {@code segment} the L2 segment of an underlay NIC; each
     * null where it does not apply.
     */
    public record Device(String name, NetDevice.Kind kind, MacAddress mac, int mtu, DeviceRef peer, String master,
                         VxlanConfig vxlan, String segment) {
    }

    /** An address on a device ({@code ip addr add 10.0.0.2/24 dev eth0}). */
    /** An address; {@code broadcast}: added with its subnet's broadcast address ({@code brd +}; IPv4 of length 30 or less only). */
    public record AddressSpec(IpAddress address, int prefixLength, String device, boolean broadcast) {
        public static AddressSpec of(String cidr, String device, boolean withBroadcast) {
            int slash = cidr.indexOf('/');
            IpAddress a = IpAddress.parse(cidr.substring(0, slash));
            int len = Integer.parseInt(cidr.substring(slash + 1));
            return new AddressSpec(a, len, device, withBroadcast && a.isV4() && !a.isLoopback() && len <= 30);
        }

        /** {@code address/length}. */
        public String cidr() {
            return address + "/" + prefixLength;
        }
    }

    /** A route; {@code gateway} null for an on-link route; the default route's destination is 0.0.0.0/0. */
    public record RouteSpec(Prefix destination, IpAddress gateway, String device) {
        public static RouteSpec defaultVia(IpAddress gateway, String device) {
            return new RouteSpec(Prefix.parse("0.0.0.0/0"), gateway, device);
        }

        public boolean isDefault() {
            return destination.length() == 0;
        }
    }

    /** The sysctls Docker sets in the namespaces it makes (libnetwork, osl/namespace_linux.go). */
    public enum Sysctl {
        IP_FORWARD("net.ipv4.ip_forward"),
        /** Needed for {@code -m ipvs} and SNAT of IPVS traffic: set where a load balancer is (service_linux.go). */
        VS_CONNTRACK("net.ipv4.vs.conntrack"),
        /** The IPVS tweaks of moby/libnetwork#2491, applied in LB and ingress sandboxes (ApplyOSTweaks). */
        VS_CONN_REUSE_MODE("net.ipv4.vs.conn_reuse_mode"),
        VS_EXPIRE_NODEST_CONN("net.ipv4.vs.expire_nodest_conn"),
        VS_EXPIRE_QUIESCENT_TEMPLATE("net.ipv4.vs.expire_quiescent_template"),
        /** IPv6 off in the whole namespace, lo's ::1 included: what libnetwork's osl.NewSandbox sets in 17.04 to 25.x. */
        IPV6_DISABLE_ALL("net.ipv6.conf.all.disable_ipv6");

        private final String key;

        Sysctl(String key) {
            this.key = key;
        }

        /** The name {@code sysctl} and /proc/sys use. */
        public String key() {
            return key;
        }

        /** Whether the key exists only where the kernel has IP_VS. */
        public boolean needsIpvs() {
            return key.startsWith("net.ipv4.vs.");
        }
    }

    /** An endpoint of an overlay network: its address and MAC, and the underlay address (VTEP) of its node. */
    public record Peer(IpAddress address, MacAddress mac, IpAddress vtep) {
    }

    /**
     * The static ARP and FDB entries of a vxlan device: for each endpoint of {@code network} not
     * behind this node's VTEP, {@code ip neigh add A lladdr M dev D nud permanent} and
     * {@code bridge fdb add M dev D dst VTEP self permanent} (peerAdd in the overlay driver).
     */
    public record PeerProgram(String device, String network, IpAddress localVtep) {
        /** The endpoints this device programs, in the network's order. */
        public List<Peer> remote(List<Peer> networkPeers) {
            return networkPeers.stream().filter(p -> !p.vtep().equals(localVtep)).toList();
        }
    }

    /** A real server of an IPVS service ({@code ipvsadm -a -f M -r A:P -m -w W}). */
    public record IpvsDestination(IpAddress address, int port, int weight, ForwardMethod forward) {
    }

    /** An IPVS firewall-mark service. */
    public record IpvsService(int fwmark, String scheduler, List<IpvsDestination> destinations) {
        /** As libnetwork makes them: rr, every destination Masq, weight 1, port 0. */
        public static IpvsService libnetwork(int fwmark, List<IpAddress> backends) {
            return new IpvsService(fwmark, "rr", backends.stream().map(b -> new IpvsDestination(b, 0, 1, ForwardMethod.MASQ)).toList());
        }
    }

    /**
     * A container's name resolution as libnetwork sets it up: the embedded DNS's two sockets on
     * 127.0.0.11 and the networks whose records it answers, in the order it looks them up; the
     * servers it forwards other names to (the service's {@code dns:}; empty: the host's,
     * x-sim.upstream_dns); resolv.conf's {@code search} domains ({@code dns_search}); and the
     * container's /etc/hosts ({@code extra_hosts} among Docker's own lines).
     */
    public record EmbeddedDns(int udpPort, int tcpPort, List<String> networks, List<IpAddress> upstreams, List<String> search,
                              io.swarmsim.kernel.dns.HostsFile hosts) {
        public EmbeddedDns {
            networks = List.copyOf(networks);
            upstreams = List.copyOf(upstreams);
            search = List.copyOf(search);
        }

        /** The container's /etc/resolv.conf: the search domains, 127.0.0.11, {@code options ndots:0}. */
        public io.swarmsim.kernel.dns.ResolvConf resolvConf() {
            return io.swarmsim.kernel.dns.ResolvConf.forEmbeddedDns(search, List.of(), List.of());
        }
    }

    /**
     * A server in a task's container: what it serves ({@code spec}: protocol, port, response
     * template, from the service's or image's x-sim declaration or the image catalogue) and the task
     * values its template may name.
     */
    public record AppServer(ServerSpec spec, String containerId, String task, String service, String node, List<String> addresses,
                            String hostname) {
        public AppServer {
            addresses = List.copyOf(addresses);
        }

        /** A server in a container of its own, whose hostname is its short container ID. */
        public AppServer(ServerSpec spec, String containerId, String task, String service, String node, List<String> addresses) {
            this(spec, containerId, task, service, node, addresses, containerId);
        }
    }

    /**
     * @param owner the task name for a container, the node name for the others
     * @param node  the swarm node the namespace is on
     */
    public record Namespace(String name, Kind kind, String node, String owner, List<Device> devices, List<AddressSpec> addresses,
                            List<RouteSpec> routes, Map<Sysctl, Integer> sysctls, String iptables, Optional<EmbeddedDns> dns,
                            List<AppServer> servers, List<PeerProgram> peerPrograms, List<IpvsService> ipvs) {
        /** net.ipv4.ip_forward. */
        public boolean ipForward() {
            return sysctls.getOrDefault(Sysctl.IP_FORWARD, 0) == 1;
        }
    }

    public Optional<Namespace> namespace(String name) {
        return namespaces.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The namespace a task's processes run in: its container's, or its node's for a task on the host network. */
    public Optional<Namespace> ofTask(String task) {
        return namespaces.stream().filter(n -> n.kind() == Kind.CONTAINER && n.owner().equals(task)).findFirst()
                .or(() -> Optional.ofNullable(hostNetworkTasks.get(task)).flatMap(this::ofNode));
    }

    public Optional<Namespace> ofNode(String node) {
        return namespaces.stream().filter(n -> n.kind() == Kind.HOST && n.owner().equals(node)).findFirst();
    }
}
