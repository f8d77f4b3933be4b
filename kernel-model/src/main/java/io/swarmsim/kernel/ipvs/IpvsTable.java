package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IPVS state of one network namespace: virtual services with their real servers, the connection table,
 * the timeouts and the sysctls that matter to Docker. Mutable like the kernel's; administered with the
 * {@code ipvsadm} verbs ({@code -A -E -D -C -a -e -d --set}) and driven by the namespace's hooks through
 * {@link #process}, {@link #schedule} and {@link #lookup}. Time is {@code now} in nanoseconds.
 */
public final class IpvsTable {
    /** The connection table size ipvsadm prints ({@code CONFIG_IP_VS_TAB_BITS = 12}). */
    public static final int DEFAULT_CONN_TAB_SIZE = 4096;

    private final SchedulerRegistry schedulers;
    private final Map<ServiceKey, VirtualService> services = new LinkedHashMap<>();
    private final ConnectionTable connections = new ConnectionTable();
    private final IpvsDataPath dataPath = new IpvsDataPath(this);
    private IpvsTimeouts timeouts = IpvsTimeouts.KERNEL_DEFAULT;
    private boolean expireNodestConn;

    public IpvsTable() {
        this(SchedulerRegistry.standard());
    }

    public IpvsTable(SchedulerRegistry schedulers) {
        this.schedulers = schedulers;
    }

    // ---- ipvsadm -A / -E / -D / -C ----

    /** {@code ipvsadm -A}: adds a virtual service with the named scheduler. */
    public VirtualService addService(ServiceKey key, String scheduler) {
        if (services.containsKey(key)) {
            throw new IllegalArgumentException("Service already exists: " + key);
        }
        VirtualService svc = new VirtualService(key, schedulers.create(scheduler));
        services.put(key, svc);
        return svc;
    }

    /** {@code ipvsadm -E}: changes the scheduler (a fresh instance, as the kernel binds a new one). */
    public void editService(ServiceKey key, String scheduler) {
        VirtualService svc = require(key);
        if (!svc.schedulerName().equals(scheduler)) {
            svc.scheduler(schedulers.create(scheduler));
        }
    }

    /** {@code ipvsadm -D}: deletes the service and its destinations; connections stay until they expire. */
    public void deleteService(ServiceKey key) {
        VirtualService svc = require(key);
        for (RealServer d : List.copyOf(svc.destinations())) {
            svc.remove(d);
        }
        services.remove(key);
    }

    /** {@code ipvsadm -C}. */
    public void clear() {
        for (ServiceKey k : List.copyOf(services.keySet())) {
            deleteService(k);
        }
    }

    // ---- ipvsadm -a / -e / -d ----

    /** {@code ipvsadm -a}: adds a real server (port 0 keeps the packet's port) at the head of the list. */
    public RealServer addDestination(ServiceKey key, IpAddress address, int port, int weight, ForwardMethod forward) {
        VirtualService svc = require(key);
        checkWeight(weight);
        if (svc.destination(address, port).isPresent()) {
            throw new IllegalArgumentException("Destination already exists: " + IpvsText.addrPort(address, port));
        }
        RealServer d = new RealServer(address, port, weight, forward);
        svc.add(d);
        return d;
    }

    /**
     * Adds several real servers in order, as a restore ({@code ipvsadm -R}) would; refuses a duplicate
     * within the list or against the service's current ones.
     */
    public void addDestinations(ServiceKey key, List<IpAddress> addresses, int port, int weight, ForwardMethod forward) {
        VirtualService svc = require(key);
        checkWeight(weight);
        java.util.Set<IpAddress> seen = new java.util.HashSet<>();
        svc.destinations().forEach(d -> {
            if (d.port() == port) {
                seen.add(d.address());
            }
        });
        for (IpAddress a : addresses) {
            if (!seen.add(a)) {
                throw new IllegalArgumentException("Destination already exists: " + IpvsText.addrPort(a, port));
            }
        }
        for (IpAddress a : addresses) {
            svc.add(new RealServer(a, port, weight, forward));
        }
    }

    /** {@code ipvsadm -e}: changes weight and forwarding method (weight 0 = quiesce, as Docker's graceful stop). */
    public void editDestination(ServiceKey key, IpAddress address, int port, int weight, ForwardMethod forward) {
        VirtualService svc = require(key);
        checkWeight(weight);
        RealServer d = svc.destination(address, port)
                .orElseThrow(() -> new IllegalArgumentException("No such destination: " + IpvsText.addrPort(address, port)));
        d.update(weight, forward);
        svc.updated(d);
    }

    /** {@code ipvsadm -d}: removes a real server; its connections keep pointing at it until they expire. */
    public void deleteDestination(ServiceKey key, IpAddress address, int port) {
        VirtualService svc = require(key);
        RealServer d = svc.destination(address, port)
                .orElseThrow(() -> new IllegalArgumentException("No such destination: " + IpvsText.addrPort(address, port)));
        svc.remove(d);
    }

    private static void checkWeight(int weight) {
        if (weight < 0 || weight > 65535) {
            throw new IllegalArgumentException("illegal weight specified: " + weight);
        }
    }

    private VirtualService require(ServiceKey key) {
        VirtualService svc = services.get(key);
        if (svc == null) {
            throw new IllegalArgumentException("No such service: " + key);
        }
        return svc;
    }

    // ---- settings ----

    /** {@code ipvsadm --set tcp tcpfin udp}. */
    public void timeouts(IpvsTimeouts t) {
        this.timeouts = t;
    }

    public IpvsTimeouts timeouts() {
        return timeouts;
    }

    /** sysctl {@code net.ipv4.vs.expire_nodest_conn} (Docker sets 1 in LB sandboxes from 20.10.17). */
    public void expireNodestConn(boolean on) {
        this.expireNodestConn = on;
    }

    public boolean expireNodestConn() {
        return expireNodestConn;
    }

    // ---- queries ----

    /** Whether no virtual service is configured (most namespaces): IPVS then looks at nothing. */
    public boolean isEmpty() {
        return services.isEmpty();
    }

    public Optional<VirtualService> service(ServiceKey key) {
        return Optional.ofNullable(services.get(key));
    }

    /** Services in ipvsadm's listing order. */
    public List<VirtualService> services() {
        List<VirtualService> list = new ArrayList<>(services.values());
        list.sort((a, b) -> ServiceKey.LISTING_ORDER.compare(a.key(), b.key()));
        return list;
    }

    /**
     * {@code ip_vs_service_find}: the fwmark service for a non-zero mark first, then the service for
     * protocol+address+port, then one for protocol+address with port 0.
     */
    public Optional<VirtualService> findService(int mark, Protocol protocol, IpAddress dst, int dport) {
        if (mark != 0) {
            VirtualService s = services.get(ServiceKey.fwmark(mark));
            if (s != null) {
                return Optional.of(s);
            }
        }
        if (protocol == Protocol.ICMP) {
            return Optional.empty();
        }
        VirtualService s = services.get(ServiceKey.of(protocol, dst, dport));
        if (s == null) {
            s = services.get(ServiceKey.of(protocol, dst, 0));
        }
        return Optional.ofNullable(s);
    }

    /** The connection entries alive at {@code now}, in creation order (expired ones are removed first). */
    public List<IpvsConnection> connections(long now) {
        expire(now);
        return connections.entries();
    }

    /** The connection entries alive at {@code now}, in creation order, read without expiring anything. */
    public List<IpvsConnection> live(long now) {
        return connections.entries().stream().filter(c -> c.expiresAt() > now).toList();
    }

    /** Removes the connections whose timer ran out; returns them. */
    public List<IpvsConnection> expire(long now) {
        return connections.expire(now);
    }

    ConnectionTable connectionTable() {
        return connections;
    }

    // ---- the data path ----

    /**
     * Everything IPVS does to a packet at a hook: a reply of a Masq connection is un-masqueraded, a packet
     * of a known connection is forwarded to its real server, a packet that starts a connection to a
     * virtual service is scheduled; anything else passes unchanged. The fwmark is {@code p.mark()}.
     */
    public IpvsDecision process(Packet p, long now) {
        return dataPath.process(p, now);
    }

    /** The un-masqueraded packet if {@code p} is a reply from a Masq connection's real server; empty otherwise. */
    public Optional<IpvsDecision> reply(Packet p, long now) {
        return dataPath.reply(p, now);
    }
}
