package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.AddressType;
import io.swarmsim.kernel.netfilter.ConntrackState;
import io.swarmsim.kernel.netfilter.Evaluator;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.netfilter.NatAction;
import io.swarmsim.kernel.netfilter.NatKind;
import io.swarmsim.kernel.netfilter.PacketContext;
import io.swarmsim.kernel.netfilter.RuleVisit;
import io.swarmsim.kernel.netfilter.Table;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.netfilter.TableVerdict;
import io.swarmsim.kernel.netfilter.Verdict;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.netfilter.PacketCount;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;

/**
 * The iptables tables as hook functions, where the kernel registers them: raw, mangle and filter
 * see every packet; nat sees only a connection's first packet and otherwise replays the bindings
 * conntrack recorded (destination at PREROUTING/OUTPUT, source at INPUT/POSTROUTING).
 */
final class NetfilterHooks {
    private NetfilterHooks() {
    }

    static void register(NetNamespace ns) {
        HookRegistry r = ns.hooks();
        for (Hook h : new Hook[] {Hook.PREROUTING, Hook.OUTPUT}) {
            r.register(h, HookPriority.RAW, "raw", (s, t) -> filterLike(s, t, TableKind.RAW));
        }
        for (Hook h : Hook.values()) {
            r.register(h, HookPriority.MANGLE, "mangle", (s, t) -> filterLike(s, t, TableKind.MANGLE));
        }
        r.register(Hook.PREROUTING, HookPriority.NAT_DST, "nat", (s, t) -> nat(s, t, Conntrack.ManipType.DST));
        r.register(Hook.OUTPUT, HookPriority.NAT_DST, "nat", (s, t) -> nat(s, t, Conntrack.ManipType.DST));
        for (Hook h : new Hook[] {Hook.INPUT, Hook.FORWARD, Hook.OUTPUT}) {
            r.register(h, HookPriority.FILTER, "filter", (s, t) -> filterLike(s, t, TableKind.FILTER));
        }
        r.register(Hook.INPUT, HookPriority.NAT_SRC, "nat", (s, t) -> nat(s, t, Conntrack.ManipType.SRC));
        r.register(Hook.POSTROUTING, HookPriority.NAT_SRC, "nat", (s, t) -> nat(s, t, Conntrack.ManipType.SRC));
    }

    private static StageResult filterLike(PacketState s, TraceSink trace, TableKind kind) {
        Table table = s.netns().ruleset().loaded(kind);
        if (table == null) {
            return StageResult.accept(s);
        }
        TableVerdict v = Evaluator.evaluate(table, s.hook(), s.packet(), context(s), s.netns().counters(),
                trace.wants(TraceEvent.Kind.RULE_MATCHED));
        s.netns().stats().rules(v.rulesVisited());
        trace(s, trace, kind, v);
        if (v.verdict() == Verdict.DROP) {
            return StageResult.drop(s, dropKind(v), table.name() + " " + s.hook() + ": " + decider(v));
        }
        return StageResult.accept(s, v.packet());
    }

    private static StageResult nat(PacketState s, TraceSink trace, Conntrack.ManipType type) {
        Conntrack.Match ct = s.ct();
        if (ct == null) {
            return StageResult.accept(s);
        }
        Table natTable = s.netns().ruleset().loaded(TableKind.NAT);
        boolean destination = type == Conntrack.ManipType.DST;
        Packet before = s.packet();
        // the nat table decides each manip type once per connection, on its first packet (nf_nat_inet_fn);
        // afterwards the binding (or the null binding) is replayed
        if (!ct.related() && ct.direction() == io.swarmsim.kernel.conntrack.Direction.ORIGINAL
                && !ct.entry().natInitialized(destination)) {
            StageResult decided = decide(s, trace, ct, destination, natTable);
            if (decided.verdict() == HookFunction.Verdict.DROP) {
                return decided;
            }
            before = decided.packet();
        }
        Packet after = Conntrack.manip(ct, type, before);
        if (after.equals(before)) {
            return StageResult.accept(s, before);
        }
        if (s.hook() == Hook.OUTPUT && !after.dst().equals(before.dst())) {
            StageResult rerouted = reroute(s, after);
            if (rerouted != null) {
                return rerouted;
            }
        }
        if (trace.wants(TraceEvent.Kind.NAT_APPLIED)) {
            trace.event(new TraceEvent.NatApplied(s.now(), after.traceId(), s.place(), s.hook(),
                    type == Conntrack.ManipType.DST ? TraceEvent.NatSide.DNAT : TraceEvent.NatSide.SNAT,
                    ct.direction() == io.swarmsim.kernel.conntrack.Direction.REPLY, Tuple.of(before), Tuple.of(after), after));
        }
        return StageResult.accept(s, after);
    }

    /**
     * nf_nat_ipv4_local_fn routes a locally generated packet again as soon as its destination was
     * translated (ip_route_me_harder), inside the nat hook: when there is no route for the new
     * destination, or the route would take a 127/8 source off lo, the packet is dropped there and
     * the filter table's OUTPUT chain never sees it. Returns that drop, or null when a route exists.
     */
    private static StageResult reroute(PacketState s, Packet after) {
        java.util.Optional<io.swarmsim.kernel.netns.Route> r = s.netns().routes().lookup(after.dst());
        if (r.isEmpty()) {
            return StageResult.drop(s, DropReason.NO_ROUTE, "nat OUTPUT: no route to " + after.dst() + " after DNAT");
        }
        if (PacketPath.loopbackSourceLeaves(after, r.get())) {
            return StageResult.drop(s, DropReason.NO_ROUTE, "nat OUTPUT: " + PacketPath.loopbackSourceReason(after, r.get()));
        }
        return null;
    }

    /** Lets the nat table decide this manip type for a new connection, and records the choice. */
    private static StageResult decide(PacketState s, TraceSink trace, Conntrack.Match ct, boolean destination, Table natTable) {
        ct.entry().natDecided(destination);
        if (natTable == null) {
            return StageResult.accept(s);
        }
        TableVerdict v = Evaluator.evaluate(natTable, s.hook(), s.packet(), context(s), s.netns().counters(),
                trace.wants(TraceEvent.Kind.RULE_MATCHED));
        s.netns().stats().rules(v.rulesVisited());
        trace(s, trace, TableKind.NAT, v);
        if (v.verdict() == Verdict.DROP) {
            return StageResult.drop(s, dropKind(v), "nat " + s.hook() + ": " + decider(v));
        }
        if (v.nat() != null) {
            bind(s, v.packet(), ct, v.nat());
        }
        return StageResult.accept(s, v.packet());
    }

    /** Records the NAT a target chose in the connection's reply tuple. */
    private static void bind(PacketState s, Packet p, Conntrack.Match ct, NatAction nat) {
        Conntrack table = s.netns().conntrack();
        if (nat.kind().destination()) {
            IpAddress to = nat.addressMin() == null ? null : NatAddressChoice.pick(nat.addressMin(), nat.addressMax(), p.src(), p.dst());
            if (nat.kind() == NatKind.REDIRECT) {
                to = s.inDevice() == null ? IpAddress.parse("127.0.0.1") : s.netns().primaryAddress(s.inDevice()).orElse(p.dst());
            }
            // ICMP echo is tracked by its identifier: NAT changes the address only
            int port = p.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP ? p.sport() : mappedPort(nat, p.dport());
            table.bindDestination(ct.entry(), to == null ? p.dst() : to, port);
            return;
        }
        IpAddress to = nat.kind() == NatKind.MASQUERADE
                ? s.netns().masqueradeAddress(s.outDevice(), nextHop(s.netns(), p.dst())).orElse(p.src())
                : sourceAddress(nat, p);
        boolean icmp = p.protocol() == io.swarmsim.kernel.packet.Protocol.ICMP;
        int port = icmp ? 0 : mappedPort(nat, p.sport());
        Tuple r = ct.entry().reply();
        if (icmp) {
            table.bindSource(ct.entry(), to, 0);
            return;
        }
        while (table.isTupleTaken(new Tuple(r.protocol(), r.src(), r.sport(), to, port))
                && !(to.equals(p.src()) && port == p.sport())) {
            port = port >= 65535 ? 1024 : port + 1;
        }
        table.bindSource(ct.entry(), to, port);
    }

    /**
     * The source address SNAT gives a new connection: its own when the range holds it and its port
     * (get_unique_tuple tries the original tuple first for source NAT), else the range's address
     * for this pair of addresses.
     */
    private static IpAddress sourceAddress(NatAction nat, Packet p) {
        if (nat.addressMin() == null) {
            return p.src();
        }
        boolean addressIn = p.src().compareTo(nat.addressMin()) >= 0 && p.src().compareTo(nat.addressMax()) <= 0;
        boolean portIn = nat.portMin() == 0 || (p.sport() >= nat.portMin() && p.sport() <= nat.portMax());
        if (addressIn && portIn) {
            return p.src();
        }
        return NatAddressChoice.pick(nat.addressMin(), nat.addressMax(), p.src(), p.dst());
    }

    /**
     * The port a NAT target maps {@code port} to: kept without a range, and kept when the range
     * holds it (get_unique_tuple: "only bother mapping if it's not already in range"), else the
     * range's first port, where nf_nat_l4proto_unique_tuple starts for destination NAT. (For source
     * NAT the kernel starts at a random offset instead; the model takes the first port.)
     */
    private static int mappedPort(NatAction nat, int port) {
        if (nat.portMin() == 0 || (port >= nat.portMin() && port <= nat.portMax())) {
            return port;
        }
        return nat.portMin();
    }

    /** The gateway of the route to {@code dst}, or {@code dst} itself when it is on link (rt_nexthop). */
    private static IpAddress nextHop(NetNamespace ns, IpAddress dst) {
        return ns.routes().lookup(dst).map(r -> r.gateway() != null ? r.gateway() : dst).orElse(dst);
    }

    private static PacketContext context(PacketState s) {
        return new PacketContext() {
            @Override
            public String inInterface() {
                return s.inDevice();
            }

            @Override
            public String outInterface() {
                return s.outDevice();
            }

            @Override
            public ConntrackState conntrackState() {
                return switch (s.ctState()) {
                    case NEW -> ConntrackState.NEW;
                    case ESTABLISHED -> ConntrackState.ESTABLISHED;
                    case RELATED -> ConntrackState.RELATED;
                    case INVALID -> ConntrackState.INVALID;
                    case UNTRACKED -> ConntrackState.UNTRACKED;
                };
            }

            @Override
            public boolean ipvs() {
                return s.ipvs();
            }

            @Override
            public AddressType addressType(IpAddress address, String limitInterface) {
                return AddressTypes.of(s.netns(), address, limitInterface);
            }

            @Override
            public double nextRandom() {
                return s.netns().nextRandom();
            }
        };
    }

    /** One event per rule that matched, and one when a built-in chain's policy decided. */
    private static void trace(PacketState s, TraceSink trace, TableKind kind, TableVerdict v) {
        if (trace.wants(TraceEvent.Kind.RULE_MATCHED)) {
            for (RuleVisit rv : v.visits()) {
                if (rv.matched()) {
                    PacketCount c = s.netns().counters().rule(rv.table(), rv.chain(), rv.number());
                    trace.event(new TraceEvent.RuleMatched(s.now(), v.packet().traceId(), s.place(), s.hook(), kind, rv.chain(),
                            rv.number(), rv.rule(), rv.target(), c.packets(), c.bytes(), v.packet()));
                }
            }
        }
        if (v.decidedByPolicy() && trace.wants(TraceEvent.Kind.POLICY_APPLIED)) {
            PacketCount c = s.netns().counters().policy(kind.tableName(), v.policyChain());
            trace.event(new TraceEvent.PolicyApplied(s.now(), v.packet().traceId(), s.place(), s.hook(), kind, v.policyChain(), v.verdict(),
                    c.packets(), c.bytes()));
        }
    }

    private static DropReason dropKind(TableVerdict v) {
        return v.decidedBy() == null ? DropReason.NETFILTER_POLICY : DropReason.NETFILTER_RULE;
    }

    /** What dropped the packet: a rule, named by its save line, or the chain's policy. */
    private static String decider(TableVerdict v) {
        return v.decidedBy() == null ? "policy DROP" : "rule `" + v.decidedBy().saveLine() + "`";
    }
}
