package io.swarmsim.engine.control;

import io.swarmsim.engine.images.ImageCatalogue;
import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.PublishMode;
import io.swarmsim.engine.scenario.ServerSpec;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.EphemeralPorts;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.VxlanConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns the allocated cluster into desired kernel state, as libnetwork programs it on each node:
 * the host (underlay eth0, docker_gwbridge, DOCKER-INGRESS), one overlay namespace per network the
 * node takes part in (br0 with the gateway address, a vxlan device with static ARP and FDB entries
 * for every remote endpoint), the ingress sandbox, per-network lb_ sandboxes from 18.06, and one
 * namespace per task with a veth per network and the gateway leg on docker_gwbridge.
 */
public final class Planner {
    static final int OVERLAY_MTU = 1450;
    static final String UNDERLAY = "underlay";
    /** The bridge of an overlay namespace: the first device created there, br0 under every naming scheme. */
    static final String OVERLAY_BRIDGE = "br0";

    private final Cluster cluster;
    private final ImageCatalogue images;
    private final SplittableRandom ports;
    private final SplittableRandom macs;
    private final Map<String, NsBuilder> spaces = new LinkedHashMap<>();
    private final Map<String, List<IpAddress>> backendCache = new java.util.HashMap<>();
    /** Per node, the bridge driver's iptables as it writes them (docker0, docker_gwbridge, port mappings). */
    private final Map<String, BridgeDriverRules> bridgeDrivers = new java.util.HashMap<>();

    private final java.util.function.BiFunction<String, String, List<ServerSpec>> serves;

    private Planner(Cluster cluster, ImageCatalogue images, SplittableRandom ports, SplittableRandom macs,
                    java.util.function.BiFunction<String, String, List<ServerSpec>> serves) {
        this.serves = serves;
        this.cluster = cluster;
        this.images = images;
        this.ports = ports;
        this.macs = macs;
    }

    /**
     * @param serves what a task of (service, image) serves: the scenario's declarations, else the
     *               image catalogue's (the simulation's TaskServers)
     */
    public static DesiredState plan(Cluster cluster, ImageCatalogue images, SplittableRandom ports, SplittableRandom macs,
                                    java.util.function.BiFunction<String, String, List<ServerSpec>> serves) {
        return new Planner(cluster, images, ports, macs, serves).build();
    }

    /** The servers of a task's container. */
    List<DesiredState.AppServer> serversOf(Cluster.Task t) {
        boolean hostNetwork = cluster.onHostNetwork(t);
        // a container on the host network also has its node's hostname (and addresses)
        String hostname = hostNetwork ? t.node().name() : t.shortContainerId();
        List<String> addresses = hostNetwork
                ? spaces.get(t.node().name()).addresses.stream().map(DesiredState.AddressSpec::address).filter(IpAddress::isV4)
                        .map(Object::toString).toList()
                : t.addresses().values().stream().map(Object::toString).toList();
        return serves.apply(t.service(), t.image()).stream()
                .map(s -> new DesiredState.AppServer(s, t.shortContainerId(), t.name(), t.service(), t.node().name(), addresses, hostname))
                .toList();
    }

    /**
     * The names Docker's embedded DNS answers per network for the active tasks, with the VIP record
     * of a service whose tasks are deactivated but still bound (see DnsPlan).
     */
    public static Map<String, io.swarmsim.kernel.dns.NetworkDnsRecords> dnsRecords(Cluster active, Cluster bound) {
        return DnsPlan.records(active, bound);
    }

    /** The namespace name of a node-local sandbox ({@code node1:ingress_sbox}, {@code node1:1-bhijn66xu7}). */
    public static String local(String node, String sandbox) {
        return node + ":" + sandbox;
    }

    /** {@code 1-<first 10 characters of the network id>}, as libnetwork names the overlay sandbox. */
    public static String overlayName(Cluster.Network n) {
        return "1-" + n.id().substring(0, 10);
    }

    private DesiredState build() {
        for (Cluster.Node n : cluster.nodes()) {
            host(n);
        }
        for (Cluster.Node n : cluster.nodes()) {
            for (Cluster.Network net : cluster.networks()) {
                if (cluster.participates(n.name(), net.name())) {
                    overlay(n, net);
                }
            }
            ingressSandbox(n);
            if (!cluster.version().loadBalancesInEveryContainer()) {
                for (Cluster.Attachment a : cluster.attachments()) {
                    if (a.node().equals(n.name()) && !a.network().equals(Allocator.INGRESS)) {
                        new LbSandboxPlan(this).plan(n, cluster.network(a.network()).orElseThrow(), a.address());
                    }
                }
            }
        }
        for (Cluster.Task t : cluster.tasks()) {
            new ContainerPlan(this).plan(t, images.profile(t.image()).ipv6LinkLocal());
        }
        Map<String, List<DesiredState.Peer>> peers = new LinkedHashMap<>();
        for (Cluster.Network net : cluster.networks()) {
            peers.put(net.name(), staticPeers(net));
        }
        spaces.values().forEach(this::linkLocals);
        List<DesiredState.Namespace> out = new ArrayList<>();
        spaces.values().forEach(b -> out.add(b.build()));
        Map<String, String> hostTasks = new LinkedHashMap<>();
        cluster.tasks().stream().filter(cluster::onHostNetwork)
                .forEach(t -> hostTasks.put(t.name(), t.node().name()));
        return new DesiredState(out, peers, DnsPlan.records(cluster), hostTasks);
    }

    Cluster cluster() {
        return cluster;
    }

    /**
     * The fe80:: address the kernel gives each device that comes up where IPv6 is on (EUI-64 of its
     * MAC, addr_gen_mode 0): on a host always; in the ingress and lb_ sandboxes and the overlay
     * namespaces unless the era's libnetwork turned IPv6 off there (DockerVersion
     * disablesIpv6InSandboxes). A container's interfaces get theirs in ContainerPlan, per image and era.
     */
    private void linkLocals(NsBuilder b) {
        boolean on = b.kind == DesiredState.Kind.HOST || b.kind != DesiredState.Kind.CONTAINER && !cluster.version().disablesIpv6InSandboxes();
        if (!on) {
            return;
        }
        for (DesiredState.Device d : List.copyOf(b.devices)) {
            String ll = d.mac().linkLocal() + "/64";
            boolean portlessBridge = d.kind() == NetDevice.Kind.BRIDGE && b.devices.stream().noneMatch(p -> d.name().equals(p.master()));
            // no carrier (a bridge without ports, as docker0 with no container): addrconf waits for it
            if (d.kind() != NetDevice.Kind.LOOPBACK && !portlessBridge && b.addresses.stream().noneMatch(a -> a.cidr().equals(ll) && a.device().equals(d.name()))) {
                b.address(ll, d.name());
            }
        }
    }

    NsBuilder space(String name, DesiredState.Kind kind, String node, String owner) {
        NsBuilder b = new NsBuilder(name, kind, node, owner);
        b.sharedCounter = cluster.version().sharesInterfaceCounter();
        b.dockerBroadcast = cluster.version().setsBroadcast();
        if (kind != DesiredState.Kind.HOST && cluster.version().disablesIpv6InSandboxes()) {
            b.sysctl(DesiredState.Sysctl.IPV6_DISABLE_ALL, 1);
        }
        spaces.put(name, b);
        return b;
    }

    NsBuilder space(String name) {
        return spaces.get(name);
    }

    NsBuilder overlayOf(String node, String network) {
        return spaces.get(local(node, overlayName(cluster.network(network).orElseThrow())));
    }

    /** A random locally administered MAC, as the kernel gives veth, bridge and vxlan devices. */
    MacAddress randomMac() {
        return new MacAddress((macs.nextLong() & 0xfcffffffffffL) | 0x020000000000L);
    }

    /** A bridge's MAC as the bridge driver sets it: 02:42 and four random bytes (netutils.GenerateRandomMAC). */
    private MacAddress dockerMac() {
        return new MacAddress((macs.nextLong() & 0xffffffffL) | 0x024200000000L);
    }

    int kernelPort() {
        return EphemeralPorts.LOW + ports.nextInt(EphemeralPorts.HIGH - EphemeralPorts.LOW);
    }

    /** Connects {@code a/devA} and {@code b/devB} with a veth pair. */
    void veth(NsBuilder a, String devA, MacAddress macA, NsBuilder b, String devB, MacAddress macB, String masterB, int mtu) {
        a.device(devA, NetDevice.Kind.VETH, macA, mtu, new DesiredState.DeviceRef(b.name, devB), null, null, null);
        b.device(devB, NetDevice.Kind.VETH, macB, mtu, new DesiredState.DeviceRef(a.name, devA), masterB, null, null);
    }

    /** A leg on the node's docker_gwbridge: the host side is {@code veth<7 hex>} enslaved to the bridge. */
    String gatewayLeg(NsBuilder sandbox, String dev, IpAddress ip, Cluster.Node node) {
        NsBuilder host = spaces.get(node.name());
        String hostDev = "veth" + String.format(java.util.Locale.ROOT, "%07x", macs.nextInt(0x10000000));
        veth(sandbox, dev, MacAddress.fromIpv4(ip), host, hostDev, randomMac(), Allocator.GWBRIDGE, 1500);
        sandbox.address(ip + "/" + node.gwbridge().length(), dev);
        return hostDev;
    }

    private void host(Cluster.Node n) {
        NsBuilder h = space(n.name(), DesiredState.Kind.HOST, n.name(), n.name());
        h.device("eth0", NetDevice.Kind.ETHER, MacAddress.fromIpv4(n.address()), 1500, null, null, null, UNDERLAY);
        // dockerd's start: the default bridge network, no container on it
        h.device(BridgeDriverRules.DOCKER0, NetDevice.Kind.BRIDGE, dockerMac(), 1500, null, null, null, null);
        h.device(Allocator.GWBRIDGE, NetDevice.Kind.BRIDGE, dockerMac(), 1500, null, null, null, null);
        h.hostAddress(n.address() + "/" + underlayPrefix(), "eth0");
        h.address(BridgeDriverRules.DOCKER0_ADDRESS, BridgeDriverRules.DOCKER0);
        h.address(n.gwbridge().nth(1) + "/" + n.gwbridge().length(), Allocator.GWBRIDGE);
        h.sysctl(DesiredState.Sysctl.IP_FORWARD, 1);
        BridgeDriverRules driver = new BridgeDriverRules(h.iptables, cluster.version());
        driver.daemonStart();
        // the swarm's gateway bridge: com.docker.network.bridge.enable_icc=false (default_gateway_linux.go)
        driver.network(Allocator.GWBRIDGE, n.gwbridge().network().toString(), false);
        bridgeDrivers.put(n.name(), driver);
    }

    /** The underlay is one L2 segment: the longest prefix (at most /24) that holds every node's address. */
    private int underlayPrefix() {
        int len = 24;
        IpAddress first = cluster.nodes().get(0).address();
        for (Cluster.Node n : cluster.nodes()) {
            len = Math.min(len, first.commonPrefixLength(n.address()));
        }
        return len;
    }

    private void overlay(Cluster.Node n, Cluster.Network net) {
        NsBuilder ov = space(local(n.name(), overlayName(net)), DesiredState.Kind.OVERLAY, n.name(), n.name());
        String br = ov.nextName("br");
        ov.device(br, NetDevice.Kind.BRIDGE, randomMac(), OVERLAY_MTU, null, null, null, null);
        ov.address(net.gateway() + "/" + net.subnet().length(), br);
        String vx = ov.nextName("vxlan");
        ov.device(vx, NetDevice.Kind.VXLAN, randomMac(), OVERLAY_MTU, null, br, VxlanConfig.docker(net.vni(), n.address(), n.name()), null);
    }

    /** The ingress sandbox: eth0 on ingress, eth1 on docker_gwbridge (172.18.0.2), and the routing mesh's mark, SNAT and IPVS. */
    private void ingressSandbox(Cluster.Node n) {
        NsBuilder sb = space(local(n.name(), "ingress_sbox"), DesiredState.Kind.INGRESS_SANDBOX, n.name(), n.name());
        sb.sysctl(DesiredState.Sysctl.IP_FORWARD, 1);
        ipvsTweaks(sb);
        Cluster.Network ingress = cluster.network(Allocator.INGRESS).orElseThrow();
        IpAddress ip = cluster.attachment(n.name(), Allocator.INGRESS).orElseThrow();
        NsBuilder ov = overlayOf(n.name(), Allocator.INGRESS);
        veth(sb, "eth0", MacAddress.fromIpv4(ip), ov, ov.nextName("veth"), randomMac(), OVERLAY_BRIDGE, OVERLAY_MTU);
        sb.address(ip + "/" + ingress.subnet().length(), "eth0");
        IpAddress gw = n.gwbridge().nth(2);
        gatewayLeg(sb, "eth1", gw, n);
        sb.routes.add(DesiredState.RouteSpec.defaultVia(n.gwbridge().nth(1), "eth1"));
        NsBuilder host = spaces.get(n.name());
        for (Cluster.LoadBalancer lb : cluster.loadBalancersOn(n.name())) {
            if (!lb.network().equals(Allocator.INGRESS)) {
                continue;
            }
            Cluster.ServiceState s = cluster.service(lb.service()).orElseThrow();
            for (PortConfig p : ingressPorts(s)) {
                String proto = p.protocol().text();
                sb.iptables.rule("mangle", "-A PREROUTING -p " + proto + " -m " + proto + " --dport " + p.published()
                        + " -j MARK --set-xmark " + LbRules.mark(lb.fwmark()) + "/0xffffffff");
                hostIngress(host, bridgeDrivers.get(n.name()), proto, p.published(), gw);
            }
            // the ingress VIP is marked too (service_linux.go): in OUTPUT up to 18.05; from 18.06 in INPUT, with the VIP on eth0
            IpAddress vip = s.vips().get(Allocator.INGRESS);
            boolean perNode = !cluster.version().loadBalancesInEveryContainer();
            if (perNode && vip != null) {
                sb.address(vip + "/32", "eth0");
            }
            LbRules.add(sb, perNode ? "INPUT" : "OUTPUT", vip, ingress.subnet(), ip, lb.fwmark(), backends(s.name(), Allocator.INGRESS));
        }
    }

    /**
     * The IPVS sysctls of moby/libnetwork#2491 (conn_reuse_mode=0, expire_nodest_conn=1,
     * expire_quiescent_template=1), which osl ApplyOSTweaks sets in the ingress and LB sandboxes
     * from Docker 20.10.17 (moby/moby#43146, #43670).
     */
    void ipvsTweaks(NsBuilder sandbox) {
        if (cluster.version().appliesIpvsTweaks()) {
            sandbox.sysctl(DesiredState.Sysctl.VS_CONN_REUSE_MODE, 0);
            sandbox.sysctl(DesiredState.Sysctl.VS_EXPIRE_NODEST_CONN, 1);
            sandbox.sysctl(DesiredState.Sysctl.VS_EXPIRE_QUIESCENT_TEMPLATE, 1);
        }
    }

    /**
     * The host's DOCKER-INGRESS chains for one published port (service_linux.go programIngress): the
     * chains and their RETURN are made once, each port's rules are inserted at the top (-I).
     */
    private static void hostIngress(NsBuilder host, BridgeDriverRules driver, String proto, int port, IpAddress sandboxGw) {
        String jump = "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER-INGRESS";
        if (!host.iptables.has("nat", jump)) {
            host.iptables.chain("nat", "DOCKER-INGRESS");
            host.iptables.insert("nat", jump);
            host.iptables.insert("nat", "-A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER-INGRESS");
            host.iptables.insert("nat", "-A POSTROUTING -o " + Allocator.GWBRIDGE + " -m addrtype --src-type LOCAL -j MASQUERADE");
            host.iptables.rule("nat", "-A DOCKER-INGRESS -j RETURN");
            host.iptables.chain("filter", "DOCKER-INGRESS");
            host.iptables.insert("filter", "-A FORWARD -j DOCKER-INGRESS");
            host.iptables.rule("filter", "-A DOCKER-INGRESS -j RETURN");
            // 17.06+: programIngress puts DOCKER-USER's jump back on top (service_linux.go)
            driver.arrangeUserChain();
        }
        host.iptables.insert("nat", "-A DOCKER-INGRESS -p " + proto + " -m " + proto + " --dport " + port
                + " -j DNAT --to-destination " + sandboxGw + ":" + port);
        host.iptables.insert("filter", "-A DOCKER-INGRESS -p " + proto + " -m state --state RELATED,ESTABLISHED -m " + proto
                + " --sport " + port + " -j ACCEPT");
        host.iptables.insert("filter", "-A DOCKER-INGRESS -p " + proto + " -m " + proto + " --dport " + port + " -j ACCEPT");
    }

    /**
     * A host-mode published port (1.13+): the bridge driver's port mapping on the task's gateway
     * leg, a DNAT in the host's DOCKER chain. Only nodes running a task publish it, and the task sees
     * the client's own address.
     */
    void hostModePort(Cluster.Task t, PortConfig p) {
        bridgeDrivers.get(t.node().name()).portMapping(Allocator.GWBRIDGE, p.protocol().text(), p.published(),
                t.addresses().get(Allocator.GWBRIDGE).toString(), p.target());
    }

    static List<PortConfig> ingressPorts(Cluster.ServiceState s) {
        return s.spec().ports().stream().filter(p -> p.mode() == PublishMode.INGRESS && p.published() > 0).toList();
    }

    /** The addresses of a service's tasks on a network: the IPVS destinations. */
    List<IpAddress> backends(String service, String network) {
        return backendCache.computeIfAbsent(service + "\0" + network, k -> cluster.tasksOf(service).stream()
                .filter(t -> t.addresses().containsKey(network)).map(t -> t.addresses().get(network)).toList());
    }

    /**
     * The endpoints of a network (tasks, and the nodes' sandbox addresses on it) with their VTEPs;
     * every node's overlay namespace programs the remote ones on its vxlan device (peerAdd in
     * drivers/overlay/peerdb.go).
     */
    private List<DesiredState.Peer> staticPeers(Cluster.Network net) {
        List<DesiredState.Peer> peers = new ArrayList<>();
        for (Cluster.Task t : cluster.tasks()) {
            IpAddress ip = t.addresses().get(net.name());
            if (ip != null) {
                peers.add(new DesiredState.Peer(ip, MacAddress.fromIpv4(ip), t.node().address()));
            }
        }
        for (Cluster.Attachment a : cluster.attachments()) {
            if (a.network().equals(net.name())) {
                peers.add(new DesiredState.Peer(a.address(), MacAddress.fromIpv4(a.address()), cluster.node(a.node()).orElseThrow().address()));
            }
        }
        for (Cluster.Node n : cluster.nodes()) {
            NsBuilder ov = spaces.get(local(n.name(), overlayName(net)));
            if (ov != null) {
                String vx = ov.devices.stream().filter(d -> d.kind() == NetDevice.Kind.VXLAN).findFirst().orElseThrow().name();
                ov.peerPrograms.add(new DesiredState.PeerProgram(vx, net.name(), n.address()));
            }
        }
        return peers;
    }
}
