package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import io.swarmsim.kernel.netfilter.Counters;
import io.swarmsim.kernel.ipvs.IpvsTable;
import io.swarmsim.kernel.netfilter.Ruleset;

/**
 * A network namespace: all of its devices, addresses, routes, conntrack table, hooks and sockets,
 * as {@code struct net} owns them. Created with {@code lo} up and 127.0.0.1/8 and ::1/128 on it.
 */
public final class NetNamespace {
    private final String name;
    private final Map<String, NetDevice> devices = new LinkedHashMap<>();
    private record NeighKey(String device, IpAddress address) {
    }

    /** One FDB table's key: the bridge's learned entries ({@code master}) or a device's own ({@code self}). */
    private record FdbKey(MacAddress mac, String device, String master, boolean self) {
    }

    /** Where a lookup searches: the ports of a bridge, or one device's own table. */
    private record FdbScope(MacAddress mac, String scope) {
    }

    private final Map<NeighKey, Neighbour> neighbours = new LinkedHashMap<>();
    private final Map<FdbKey, FdbEntry> fdb = new LinkedHashMap<>();
    private final Map<FdbScope, FdbEntry> fdbIndex = new java.util.HashMap<>();
    private final Map<String, List<NetDevice>> portsCache = new java.util.HashMap<>();
    private record Programmed(PeerTable table, IpAddress localVtep) {
    }

    private final Map<String, Programmed> peers = new LinkedHashMap<>();
    private final List<InterfaceAddress> addresses = new ArrayList<>();
    private final RoutingTable routes = new RoutingTable();
    private final Conntrack conntrack = new Conntrack();
    private final HookRegistry hooks = new HookRegistry();
    private final SocketTable sockets = new SocketTable();
    private final EphemeralPorts ports;
    private final PacketPath path;
    private final LinkLayer link;
    private final Counters counters = new Counters();
    private SplittableRandom statistic;
    private final IpvsTable ipvs = new IpvsTable();
    private PathStats stats = new PathStats(null);
    private Ruleset ruleset = Ruleset.empty();
    private boolean ipForward;
    private static final String IP_FORWARD = "net.ipv4.ip_forward";
    private final java.util.TreeMap<String, Integer> sysctls = new java.util.TreeMap<>(java.util.Map.of(IP_FORWARD, 0));

    public NetNamespace(String name, int firstEphemeralPort) {
        this.name = name;
        this.ports = new EphemeralPorts(firstEphemeralPort);
        addDevice("lo", NetDevice.Kind.LOOPBACK, new MacAddress(0), 65536, null, null);
        addAddress(InterfaceAddress.of("127.0.0.1/8", "lo"));
        // IPv6 is on in a new namespace (net.ipv6.conf.all.disable_ipv6=0), so lo coming up gets ::1
        // (addrconf's init_loopback); Docker's per-interface disable_ipv6 (17.04 on) leaves lo alone
        addAddress(InterfaceAddress.of("::1/128", "lo"));
        this.statistic = new SplittableRandom(((long) name.hashCode() << 32) ^ firstEphemeralPort);
        ConntrackHooks.register(this);
        NetfilterHooks.register(this);
        IpvsHooks.register(this);
        this.path = new PacketPath(this);
        this.link = new LinkLayer(this);
    }

    public String name() {
        return name;
    }

    public NetDevice addDevice(String devName, NetDevice.Kind kind, MacAddress mac, int mtu, String peer, VxlanConfig vxlan) {
        if (devices.containsKey(devName)) {
            throw new IllegalStateException(name + ": device " + devName + " exists");
        }
        NetDevice d = new NetDevice(devName, devices.size() + 1, kind, mac, mtu, peer, null, vxlan);
        devices.put(devName, d);
        portsCache.clear();
        return d;
    }

    /** {@code ip link set dev master bridge}. */
    public void setMaster(String devName, String bridge) {
        NetDevice b = device(bridge).orElseThrow(() -> new IllegalStateException(name + ": no bridge " + bridge));
        if (b.kind() != NetDevice.Kind.BRIDGE) {
            throw new IllegalStateException(name + ": " + bridge + " is not a bridge");
        }
        devices.put(devName, device(devName).orElseThrow(() -> new IllegalStateException(name + ": no device " + devName)).withMaster(bridge));
        portsCache.clear();
    }

    /** The ports of a bridge, in device order. */
    public List<NetDevice> ports(String bridge) {
        return portsCache.computeIfAbsent(bridge, b -> devices.values().stream().filter(d -> b.equals(d.master())).toList());
    }

    /** {@code ip neigh replace}: adds or updates the entry for (device, address). */
    public void neighbour(Neighbour n) {
        neighbours.put(new NeighKey(n.device(), n.address()), n);
    }

    public Optional<Neighbour> neighbour(String devName, IpAddress a) {
        Neighbour n = neighbours.get(new NeighKey(devName, a));
        boolean resolved = n != null && n.state() != Neighbour.State.INCOMPLETE && n.state() != Neighbour.State.FAILED;
        if (resolved || peers.isEmpty() || !peers.containsKey(devName)) {
            return Optional.ofNullable(n);
        }
        Programmed p = peers.get(devName);
        return p == null ? Optional.empty()
                : p.table().byIp(a, p.localVtep()).map(x -> new Neighbour(x.address(), devName, x.mac(), Neighbour.State.PERMANENT));
    }

    /**
     * Programs every remote endpoint of {@code table} on {@code device} as a permanent ARP entry and
     * a {@code self permanent} FDB entry towards its VTEP (the overlay driver's peerAdd), skipping the
     * endpoints behind {@code localVtep}.
     */
    public void programPeers(String device, PeerTable table, IpAddress localVtep) {
        peers.put(device, new Programmed(table, localVtep));
    }

    /** Every neighbour entry: the programmed peers first, then those learned or added one by one. */
    public List<Neighbour> neighbours() {
        List<Neighbour> out = new ArrayList<>();
        peers.forEach((dev, p) -> p.table().peers().stream().filter(x -> !x.vtep().equals(p.localVtep()))
                .forEach(x -> out.add(new Neighbour(x.address(), dev, x.mac(), Neighbour.State.PERMANENT))));
        out.addAll(neighbours.values());
        return out;
    }

    /**
     * Adds an FDB entry, replacing the one for the same MAC in the same table: a bridge's learned
     * entries ({@code master br0}) and a vxlan device's own ({@code self}) are separate tables.
     */
    public void fdb(FdbEntry e) {
        // a bridge keeps one learned entry per MAC: learning it on another port moves it
        fdb.put(new FdbKey(e.mac(), e.master() != null && !e.self() ? null : e.device(), e.master(), e.self()), e);
        if (e.master() != null) {
            fdbIndex.put(new FdbScope(e.mac(), e.master()), e);
        }
        if (e.self()) {
            fdbIndex.put(new FdbScope(e.mac(), e.device()), e);
        }
    }

    /** Every FDB entry: the programmed peers first, then the others. */
    public List<FdbEntry> fdb() {
        List<FdbEntry> out = new ArrayList<>();
        peers.forEach((dev, p) -> p.table().peers().stream().filter(x -> !x.vtep().equals(p.localVtep()))
                .forEach(x -> out.add(new FdbEntry(x.mac(), dev, null, x.vtep(), true, true))));
        out.addAll(fdb.values());
        return out;
    }

    /** The FDB entry for {@code mac} among the ports of {@code bridge} (learned) or on {@code device} (self). */
    public Optional<FdbEntry> fdbLookup(MacAddress mac, String bridgeOrDevice) {
        FdbEntry e = fdbIndex.get(new FdbScope(mac, bridgeOrDevice));
        if (e != null || peers.isEmpty()) {
            return Optional.ofNullable(e);
        }
        Programmed p = peers.get(bridgeOrDevice);
        return p == null ? Optional.empty()
                : p.table().byMac(mac, p.localVtep()).map(x -> new FdbEntry(x.mac(), bridgeOrDevice, null, x.vtep(), true, true));
    }

    /** Adds an address and the routes the kernel derives from it (local, and connected for non-host). */
    public void addAddress(InterfaceAddress a) {
        if (!devices.containsKey(a.device())) {
            throw new IllegalStateException(name + ": no device " + a.device());
        }
        addresses.add(a);
        if (a.address().isV6()) {
            return;
        }
        if (a.address().isLoopback()) {
            routes.add(new Route(Route.Type.LOCAL, a.prefix().network(), a.device(), null, a.address(), Scope.HOST, Route.Protocol.KERNEL));
        } else {
            routes.add(new Route(Route.Type.LOCAL, new Prefix(a.address(), 32), a.device(), null, a.address(), Scope.HOST, Route.Protocol.KERNEL));
            if (a.prefix().length() < 32) {
                routes.add(new Route(Route.Type.UNICAST, a.prefix().network(), a.device(), null, a.address(), Scope.LINK, Route.Protocol.KERNEL));
            }
        }
    }

    public void addRoute(Route r) {
        if (!devices.containsKey(r.device())) {
            throw new IllegalStateException(name + ": route " + r.destination() + " via a device that does not exist: " + r.device());
        }
        routes.add(r);
    }

    /** Adds {@code default via gw dev device}. */
    public void addDefaultRoute(IpAddress gateway, String device) {
        if (!devices.containsKey(device)) {
            throw new IllegalStateException(name + ": default route via a device that does not exist: " + device);
        }
        routes.add(new Route(Route.Type.UNICAST, Prefix.parse("0.0.0.0/0"), device, gateway, null, Scope.GLOBAL, Route.Protocol.BOOT));
    }

    /** Loads iptables-restore text, as {@code iptables-restore} does: the tables it names are replaced. */
    public void restore(String iptablesRestoreText) {
        Ruleset parsed = Ruleset.parse(iptablesRestoreText);
        ruleset = ruleset.withTables(parsed.tables());
        counters.load(parsed);
    }

    public Ruleset ruleset() {
        return ruleset;
    }

    /**
     * Whether conntrack's hooks are registered in this namespace: only while a rule needs them
     * ({@link Ruleset#needsConntrack()}) or an IPVS service exists (ip_vs_register_conntrack), as
     * the kernel registers them per namespace on demand. Entries made before stay until they expire.
     */
    public boolean tracksConnections() {
        return ruleset.needsConntrack() || !ipvs.isEmpty();
    }

    /** Adds this namespace's packet and rule counts into {@code total} too (call before any traffic). */
    public void countInto(PathStats total) {
        this.stats = new PathStats(total);
    }

    public PathStats stats() {
        return stats;
    }

    public IpvsTable ipvs() {
        return ipvs;
    }

    public Counters counters() {
        return counters;
    }

    /** Seeds {@code -m statistic --mode random} from the simulation's streams (call before any traffic). */
    public void seedStatistic(long seed) {
        this.statistic = new SplittableRandom(seed);
    }

    /** The seeded source behind {@code -m statistic --mode random}. */
    double nextRandom() {
        return statistic.nextDouble();
    }

    public void setIpForward(boolean on) {
        this.ipForward = on;
        sysctls.put(IP_FORWARD, on ? 1 : 0);
    }

    /**
     * {@code sysctl -w key=value}: the namespace's value of a /proc/sys/net setting. The ones the
     * model acts on take effect (ip_forward, vs.expire_nodest_conn); the others are kept and shown.
     */
    public void sysctl(String key, int value) {
        if (key.equals(IP_FORWARD)) {
            setIpForward(value == 1);
            return;
        }
        if (key.equals("net.ipv4.vs.expire_nodest_conn")) {
            ipvs.expireNodestConn(value == 1);
        }
        if (key.equals(DISABLE_IPV6) && value == 1) {
            disableIpv6();
        }
        sysctls.put(key, value);
    }

    /**
     * {@code sysctl -w net.ipv6.conf.all.disable_ipv6=1}: the kernel drops every IPv6 address of the
     * namespace, lo's ::1 among them (a host set up without IPv6).
     */
    public void disableIpv6() {
        addresses.removeIf(a -> a.address().isV6());
        sysctls.put(DISABLE_IPV6, 1);
    }

    private static final String DISABLE_IPV6 = "net.ipv6.conf.all.disable_ipv6";

    /** Every sysctl set in this namespace, by name. */
    public java.util.SortedMap<String, Integer> sysctls() {
        return java.util.Collections.unmodifiableSortedMap(sysctls);
    }

    public boolean ipForward() {
        return ipForward;
    }

    public List<NetDevice> devices() {
        return List.copyOf(devices.values());
    }

    public Optional<NetDevice> device(String devName) {
        return Optional.ofNullable(devices.get(devName));
    }

    public List<InterfaceAddress> addresses() {
        return List.copyOf(addresses);
    }

    public RoutingTable routes() {
        return routes;
    }

    public Conntrack conntrack() {
        return conntrack;
    }

    public HookRegistry hooks() {
        return hooks;
    }

    public SocketTable sockets() {
        return sockets;
    }

    public PacketPath path() {
        return path;
    }

    public LinkLayer link() {
        return link;
    }

    /** Whether {@code a} is one of this namespace's own addresses (addrtype LOCAL). */
    public boolean isLocal(IpAddress a) {
        return routes.lookup(a).map(Route::isLocal).orElse(false);
    }

    /** The first IPv4 address of a device, as the kernel picks for MASQUERADE and REDIRECT. */
    public Optional<IpAddress> primaryAddress(String devName) {
        for (InterfaceAddress a : addresses) {
            if (a.device().equals(devName) && a.address().isV4()) {
                return Optional.of(a.address());
            }
        }
        return Optional.empty();
    }

    /**
     * The source address MASQUERADE gives a packet leaving by {@code devName} towards
     * {@code nextHop}, as inet_select_addr picks it with universe scope: among the device's primary
     * addresses (not secondaries) of global scope, the first whose subnet holds the next hop, else
     * the first; on a device without one (lo has only 127.0.0.1, scope host), the first global
     * primary address of any device, in device order. Empty when there is none (the kernel drops).
     */
    public Optional<IpAddress> masqueradeAddress(String devName, IpAddress nextHop) {
        IpAddress first = null;
        for (InterfaceAddress a : addresses) {
            if (!a.device().equals(devName) || !a.address().isV4() || a.scope() != Scope.GLOBAL || secondary(a)) {
                continue;
            }
            if (a.prefix().network().equals(new Prefix(nextHop, a.prefix().length()).network())) {
                return Optional.of(a.address());
            }
            if (first == null) {
                first = a.address();
            }
        }
        if (first != null) {
            return Optional.of(first);
        }
        for (NetDevice d : devices.values()) {
            for (InterfaceAddress a : addresses) {
                if (a.device().equals(d.name()) && a.address().isV4() && a.scope() == Scope.GLOBAL && !secondary(a)) {
                    return Optional.of(a.address());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the kernel files {@code a} as secondary: an earlier address of its device has the same subnet. */
    private boolean secondary(InterfaceAddress a) {
        for (InterfaceAddress b : addresses) {
            if (b == a) {
                return false;
            }
            if (b.device().equals(a.device()) && b.address().isV4() && b.prefix().length() == a.prefix().length()
                    && b.prefix().network().equals(a.prefix().network())) {
                return true;
            }
        }
        return false;
    }

    /** The address entry holding {@code a}, if any. */
    public Optional<InterfaceAddress> addressEntry(IpAddress a) {
        for (InterfaceAddress ia : addresses) {
            if (ia.address().equals(a)) {
                return Optional.of(ia);
            }
        }
        return Optional.empty();
    }

    /** Any IPv6 address other than ::1, link-local included (what glibc's check_pf looks for). */
    public boolean hasNonLoopbackIpv6() {
        for (InterfaceAddress a : addresses) {
            if (a.address().isV6() && !a.address().isLoopback()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Source address selection for a destination, as a connected UDP socket's getsockname would
     * report it: the route's preferred source, else the first address of the output device in the
     * route's subnet, else the device's primary address. Empty when there is no route.
     */
    public Optional<InterfaceAddress> sourceFor(IpAddress dst) {
        Optional<Route> r = routes.lookup(dst);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        Route route = r.get();
        if (route.isLocal()) {
            return dst.isLoopback() ? addressEntry(IpAddress.parse("127.0.0.1")) : addressEntry(dst);
        }
        if (route.preferredSource() != null) {
            return addressEntry(route.preferredSource());
        }
        IpAddress hop = route.gateway() != null ? route.gateway() : dst;
        InterfaceAddress first = null;
        for (InterfaceAddress a : addresses) {
            if (!a.device().equals(route.device()) || a.address().bits() != dst.bits()) {
                continue;
            }
            if (a.prefix().contains(hop)) {
                return Optional.of(a);
            }
            if (first == null) {
                first = a;
            }
        }
        return Optional.ofNullable(first);
    }

    /** A free local port for {@code protocol}, from the ephemeral range. */
    public int ephemeralPort(io.swarmsim.kernel.packet.Protocol protocol) {
        return ports.allocate(p -> sockets.inUse(protocol, p));
    }

    @Override
    public String toString() {
        return "netns " + name;
    }
}
