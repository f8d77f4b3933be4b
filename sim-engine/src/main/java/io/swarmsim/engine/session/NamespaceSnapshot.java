package io.swarmsim.engine.session;

import io.swarmsim.kernel.conntrack.ConnEntry;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.ipvs.IpvsConnection;
import io.swarmsim.kernel.ipvs.RealServer;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.ipvs.VirtualService;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.Chain;
import io.swarmsim.kernel.netfilter.Counters;
import io.swarmsim.kernel.netfilter.PacketCount;
import io.swarmsim.kernel.netfilter.Table;
import io.swarmsim.kernel.netns.FdbEntry;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Neighbour;
import io.swarmsim.kernel.netns.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * One namespace as it is at one simulated instant: every value copied out, so a reader (the GUI,
 * a lab, a diff) can keep it, compare it with a later one, and never change the model through it.
 *
 * @param time        the simulated time of the snapshot, ns
 * @param rules       every iptables rule with its counters, table by table, chain by chain, in order
 * @param policies    every built-in chain's policy with its counters
 * @param conntrack   the live conntrack entries in creation order
 * @param ipvs        the IPVS services with their destinations and connection counts
 * @param ipvsConnections the live IPVS connection entries
 */
public record NamespaceSnapshot(String name, long time, List<NetDevice> devices, List<InterfaceAddress> addresses,
                                List<Route> routes, List<Neighbour> neighbours, List<FdbEntry> fdb, boolean ipForward,
                                List<RuleCounter> rules, List<PolicyCounter> policies, List<ConntrackEntry> conntrack,
                                List<IpvsService> ipvs, List<IpvsConn> ipvsConnections) {
    public NamespaceSnapshot {
        devices = List.copyOf(devices);
        addresses = List.copyOf(addresses);
        routes = List.copyOf(routes);
        neighbours = List.copyOf(neighbours);
        fdb = List.copyOf(fdb);
        rules = List.copyOf(rules);
        policies = List.copyOf(policies);
        conntrack = List.copyOf(conntrack);
        ipvs = List.copyOf(ipvs);
        ipvsConnections = List.copyOf(ipvsConnections);
    }

    /** A rule as {@code iptables -S} prints it, numbered as {@code iptables -L --line-numbers} does, with its counters. */
    public record RuleCounter(String table, String chain, int number, String rule, long packets, long bytes) {
    }

    public record PolicyCounter(String table, String chain, String policy, long packets, long bytes) {
    }

    /** A conntrack entry as {@code conntrack -L} shows it: both tuples, the TCP state, NAT flags, expiry time (ns). */
    public record ConntrackEntry(Tuple original, Tuple reply, String tcpState, boolean srcNat, boolean dstNat, boolean assured,
                                 long expires) {
    }

    public record IpvsService(ServiceKey key, String scheduler, List<IpvsDestination> destinations) {
        public IpvsService {
            destinations = List.copyOf(destinations);
        }
    }

    public record IpvsDestination(IpAddress address, int port, String forward, int weight, int activeConns, int inactConns) {
    }

    /** An IPVS connection: client, virtual and real server ends, its state and expiry time (ns). */
    public record IpvsConn(String protocol, IpAddress client, int clientPort, IpAddress virtual, int virtualPort,
                           IpAddress destination, int destinationPort, String state, long expires) {
    }

    /** Copies {@code ns} at {@code now}. Reading never changes the namespace (nothing expires here). */
    static NamespaceSnapshot of(NetNamespace ns, long now) {
        List<RuleCounter> rules = new ArrayList<>();
        List<PolicyCounter> policies = new ArrayList<>();
        Counters counters = ns.counters();
        for (Table t : ns.ruleset().tables()) {
            for (Chain c : t.chains()) {
                if (c.builtin()) {
                    PacketCount p = counters.policy(t.name(), c.name());
                    policies.add(new PolicyCounter(t.name(), c.name(), c.policy().name(), p.packets(), p.bytes()));
                }
                for (int i = 1; i <= c.rules().size(); i++) {
                    PacketCount p = counters.rule(t.name(), c.name(), i);
                    rules.add(new RuleCounter(t.name(), c.name(), i, c.rule(i).toSaveLine(c.name()), p.packets(), p.bytes()));
                }
            }
        }
        List<ConntrackEntry> ct = new ArrayList<>();
        for (ConnEntry e : ns.conntrack().entries(now)) {
            ct.add(new ConntrackEntry(e.original(), e.reply(), e.tcpState() == null ? null : e.tcpState().name(), e.srcNat(), e.dstNat(),
                    e.assured(), e.expires()));
        }
        List<IpvsService> ipvs = new ArrayList<>();
        for (VirtualService s : ns.ipvs().services()) {
            List<IpvsDestination> ds = new ArrayList<>();
            for (RealServer r : s.destinations()) {
                ds.add(new IpvsDestination(r.address(), r.port(), r.forward().name(), r.weight(), r.activeConns(), r.inactConns()));
            }
            ipvs.add(new IpvsService(s.key(), s.schedulerName(), ds));
        }
        List<IpvsConn> conns = new ArrayList<>();
        for (IpvsConnection c : ns.ipvs().live(now)) {
            conns.add(new IpvsConn(c.protocol().keyword(), c.clientAddress(), c.clientPort(), c.virtualAddress(), c.virtualPort(),
                    c.destAddress(), c.destPort(), c.stateName(), c.expiresAt()));
        }
        return new NamespaceSnapshot(ns.name(), now, ns.devices(), ns.addresses(), routes(ns), ns.neighbours(), ns.fdb(),
                ns.ipForward(), rules, policies, ct, ipvs, conns);
    }

    private static List<Route> routes(NetNamespace ns) {
        List<Route> all = new ArrayList<>(ns.routes().main());
        all.addAll(ns.routes().local());
        return all;
    }
}
