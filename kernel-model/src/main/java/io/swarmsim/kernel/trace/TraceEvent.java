package io.swarmsim.kernel.trace;

import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.dns.DnsMessage;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.netfilter.Verdict;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import java.util.List;

/**
 * One decision or hop of the data plane, typed. Every event carries the simulated time in
 * nanoseconds, the trace id of the packet it is about (which survives NAT and encapsulation), and
 * the {@link Place} it happened at. Packets and frames in events are immutable values with all
 * their headers, so a viewer can show a packet before and after each stage.
 */
public sealed interface TraceEvent {
    long time();

    long traceId();

    Place at();

    Kind kind();

    /** Every kind of event; {@code hop} kinds are the fine-grained ones a summary leaves out. */
    enum Kind {
        FRAME_SENT(true), FRAME_RECEIVED(true), HOOK_ENTERED(true), RULE_MATCHED(false), POLICY_APPLIED(false),
        CONNTRACK(false), NAT_APPLIED(false), IPVS(false), ROUTE_LOOKUP(true), ARP(false), FDB(true), VXLAN(false),
        SOCKET_DELIVERY(false), KERNEL_REPLY(false), DNS_QUERY(false), DNS_ANSWER(false), RESOLVER_SORT(false),
        APP_DECISION(false), DROP(false), CONTROL_PLANE(false);

        private final boolean hop;

        Kind(boolean hop) {
            this.hop = hop;
        }

        /** Whether this kind is a hop (frames, hooks entered, route lookups, FDB) rather than a decision. */
        public boolean hop() {
            return hop;
        }

        /** The name used in JSON and on the command line: {@code rule_matched}. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A frame left {@code at} on a link towards {@code to} (for {@code lo}, the same device). */
    record FrameSent(long time, long traceId, Place at, Place to, Frame frame) implements TraceEvent {
        public Kind kind() {
            return Kind.FRAME_SENT;
        }
    }

    /** A frame arrived on device {@code at}. */
    record FrameReceived(long time, long traceId, Place at, Frame frame) implements TraceEvent {
        public Kind kind() {
            return Kind.FRAME_RECEIVED;
        }
    }

    /**
     * The packet entered a function registered at a netfilter hook: {@code function} is the table
     * ({@code raw}, {@code mangle}, {@code nat}, {@code filter}), {@code conntrack} or {@code ipvs};
     * {@code priority} the kernel's. {@code packet} is the packet as it enters.
     */
    record HookEntered(long time, long traceId, Place at, Hook hook, String function, int priority, Packet packet)
            implements TraceEvent {
        public Kind kind() {
            return Kind.HOOK_ENTERED;
        }
    }

    /**
     * A rule whose matches all held. {@code rule} is the rule as {@code iptables -S} prints it;
     * {@code packets}/{@code bytes} are its counters after this packet; {@code packet} the packet
     * after the rule's target (a MARK shows here).
     */
    record RuleMatched(long time, long traceId, Place at, Hook hook, TableKind table, String chain, int ruleNumber,
                       String rule, String target, long packets, long bytes, Packet packet) implements TraceEvent {
        public Kind kind() {
            return Kind.RULE_MATCHED;
        }
    }

    /** A built-in chain's policy decided the packet; its counters after this packet. */
    record PolicyApplied(long time, long traceId, Place at, Hook hook, TableKind table, String chain, Verdict verdict,
                         long packets, long bytes) implements TraceEvent {
        public Kind kind() {
            return Kind.POLICY_APPLIED;
        }
    }

    /** How conntrack saw a packet: a new connection, a known one (either direction), related, or none. */
    enum CtLookup { NEW, KNOWN, REPLY, RELATED, INVALID }

    /** Conntrack looked the packet up; {@code original} is the connection's original tuple (the packet's own when INVALID). */
    record Conntrack(long time, long traceId, Place at, Hook hook, CtLookup lookup, Tuple original, CtState state)
            implements TraceEvent {
        public Kind kind() {
            return Kind.CONNTRACK;
        }
    }

    /** Source or destination NAT, from a rule's binding or (when {@code reply}) undoing it for a reply. */
    enum NatSide { SNAT, DNAT }

    record NatApplied(long time, long traceId, Place at, Hook hook, NatSide side, boolean reply, Tuple before, Tuple after,
                      Packet packet) implements TraceEvent {
        public Kind kind() {
            return Kind.NAT_APPLIED;
        }
    }

    /**
     * What IPVS did: SCHEDULED (the scheduler chose a destination for a new connection), EXISTING
     * (a packet of a known connection), REPLY (a real server's answer, un-masqueraded), DROPPED.
     */
    enum IpvsStep { SCHEDULED, EXISTING, REPLY, DROPPED }

    /**
     * @param service   the virtual service (fwmark or protocol, address and port)
     * @param scheduler its scheduler's name ({@code rr}, {@code wlc}, ...)
     * @param destination the real server chosen (null when dropped)
     * @param why       the scheduler's reason, in words
     */
    record Ipvs(long time, long traceId, Place at, Hook hook, IpvsStep step, ServiceKey service, String scheduler,
                IpAddress destination, int destinationPort, String why, Packet before, Packet after) implements TraceEvent {
        public Kind kind() {
            return Kind.IPVS;
        }
    }

    /**
     * A FIB lookup for {@code destination}: {@code route} as {@code ip route} prints it, with its
     * device and gateway, or all null when nothing matched.
     */
    record RouteLookup(long time, long traceId, Place at, IpAddress destination, String route, String device, IpAddress gateway)
            implements TraceEvent {
        public Kind kind() {
            return Kind.ROUTE_LOOKUP;
        }

        public boolean found() {
            return route != null;
        }
    }

    /**
     * REQUEST: who-has sent (the packet waits); REPLY: is-at sent by the owner; PROXY_REPLY: a
     * vxlan device answered from its static entry; PROXY_MISS: it had none (l3miss); LEARNED: an
     * answer filled the neighbour table; FAILED: no answer after the probes.
     */
    enum ArpStep { REQUEST, REPLY, PROXY_REPLY, PROXY_MISS, LEARNED, FAILED }

    record Arp(long time, long traceId, Place at, ArpStep step, IpAddress target, MacAddress mac) implements TraceEvent {
        public Kind kind() {
            return Kind.ARP;
        }
    }

    /** LEARN: the source MAC is now known on {@code port}; HIT: forwarded to the known port; FLOOD: unknown, sent to every port. */
    enum FdbStep { LEARN, HIT, FLOOD }

    /** {@code at} is the bridge (or vxlan device) doing the lookup. */
    record Fdb(long time, long traceId, Place at, FdbStep step, MacAddress mac, String port) implements TraceEvent {
        public Kind kind() {
            return Kind.FDB;
        }
    }

    /** A vxlan device wrapped {@code inner} into {@code outer} (UDP to port 4789), or unwrapped it. */
    record Vxlan(long time, long traceId, Place at, boolean encapsulate, int vni, Packet outer, Frame inner) implements TraceEvent {
        public Kind kind() {
            return Kind.VXLAN;
        }
    }

    /** The packet reached a socket: {@code socket} as {@code ss} would name the local end ({@code udp 127.0.0.11:53}). */
    record SocketDelivery(long time, long traceId, Place at, String socket, Packet packet) implements TraceEvent {
        public Kind kind() {
            return Kind.SOCKET_DELIVERY;
        }
    }

    /** The kernel answered a packet itself instead of a socket. */
    enum ReplyKind { ECHO_REPLY, TCP_RESET, PORT_UNREACHABLE, TIME_EXCEEDED }

    record KernelReply(long time, long traceId, Place at, ReplyKind reply, Packet request) implements TraceEvent {
        public Kind kind() {
            return Kind.KERNEL_REPLY;
        }
    }

    /** A DNS server received a query. */
    record DnsQuery(long time, long traceId, Place at, String server, DnsMessage query) implements TraceEvent {
        public Kind kind() {
            return Kind.DNS_QUERY;
        }
    }

    /** A DNS server answered: the records in the order sent. */
    record DnsAnswer(long time, long traceId, Place at, String server, DnsMessage answer) implements TraceEvent {
        public Kind kind() {
            return Kind.DNS_ANSWER;
        }
    }

    /**
     * One decision of a resolver's sort between two addresses: {@code first} was put before
     * {@code second} by {@code rule} ({@code tie} when no rule decided and input order stayed).
     */
    record SortPair(IpAddress first, IpAddress second, boolean tie, String rule) {
    }

    /** A client's resolver ordered what DNS answered ({@code profile}: glibc-2.23, musl, go-pure, ...). */
    record ResolverSort(long time, long traceId, Place at, String profile, List<IpAddress> input, List<IpAddress> output,
                        List<SortPair> pairs, String summary) implements TraceEvent {
        public ResolverSort {
            input = List.copyOf(input);
            output = List.copyOf(output);
            pairs = List.copyOf(pairs);
        }

        public Kind kind() {
            return Kind.RESOLVER_SORT;
        }
    }

    /**
     * What an application chose or concluded: LOOKUP (how it turns the name into addresses),
     * CACHE_HIT (a process cache answered), CACHED (it kept the answer), CONNECT (it tries an
     * address), CONNECTED, FALLBACK (refused: it tries the next address), GIVE_UP (it stops, and
     * why), ANSWERED (what it concluded from the answer: the task that served it, what it printed).
     */
    enum AppAction { LOOKUP, CACHE_HIT, CACHED, CONNECT, CONNECTED, FALLBACK, GIVE_UP, ANSWERED }

    /**
     * @param app     the program ({@code curl}, {@code ping}, {@code dig}, the vote server)
     * @param address the address it acts on (null when none)
     * @param detail  the reason in words
     */
    record AppDecision(long time, long traceId, Place at, String app, AppAction action, IpAddress address, int port, String detail)
            implements TraceEvent {
        public Kind kind() {
            return Kind.APP_DECISION;
        }
    }

    /** The packet (or frame) went no further. {@code packet} is null for an ARP frame. */
    record Drop(long time, long traceId, Place at, DropReason reason, String detail, Packet packet) implements TraceEvent {
        public Kind kind() {
            return Kind.DROP;
        }
    }

    /**
     * What a node's control plane (the daemon's libnetwork, swarm's orchestrator) did to a task at
     * this time: started or stopped its container, or changed what its embedded DNS answers and its
     * IPVS destinations (activate: weight 1 and records added; deactivate: weight 0 or removed, records
     * removed; leave: destination deleted). Not about a packet: {@code traceId} is 0 and {@code at}
     * the node's host namespace.
     */
    enum ControlStep { CONTAINER_START, CONTAINER_STOP, CONTAINER_DIED, ACTIVATE, DEACTIVATE, LEAVE, GOSSIP_DELAY, PENDING }

    /**
     * @param node   the node whose view changed
     * @param task   the task it is about (for GOSSIP_DELAY, the node delayed)
     * @param detail what changed, in words (records, destinations, the reason)
     */
    record ControlPlane(long time, long traceId, Place at, String node, String task, ControlStep step, String detail)
            implements TraceEvent {
        public Kind kind() {
            return Kind.CONTROL_PLANE;
        }
    }
}
