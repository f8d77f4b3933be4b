package io.swarmsim.live.diff;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws one {@link DiffCase} from a seed: a batch of probes, then for each namespace the mangle,
 * nat and filter tables with random rules in the built-in chains a probe or its answer can meet,
 * user chains (each reached from one built-in chain only, so {@code -i}/{@code -o} and the NAT
 * targets stay where the kernel allows them), jumps and gotos without loops, and policies. The raw
 * table's generated rules follow its fixed observer rules ({@link Observers}).
 *
 * <p>What is left out on purpose is listed in {@link KnownDifferences}; here that means SNAT and
 * MASQUERADE ports only as a range holding every probe's source port
 * ({@link KnownDifferences#SNAT_PORT_OUTSIDE_RANGE}, {@link KnownDifferences#SHARED_SNAT_PORT}).
 * Address ranges are drawn: the kernel picks their address by a hash of the connection's
 * addresses, which the model computes the same way.
 * {@code DROP} in the nat table is drawn rarely: iptables refuses it, and the model must too.
 */
final class RuleGenerator {
    private static final IpAddress[] DESTINATIONS = {Topology.B_ADDR, Topology.B_SECONDARY, Topology.A_ADDR,
        Topology.LOOPBACK, Topology.OFF_LINK};
    private static final int[] DPORTS = {53, 80, 5001, 5002, 5003, 5005, 5007, 5008, 5010};
    private static final String[] DNAT_ADDRESSES = {"10.9.0.2", "10.9.0.3", "10.9.0.1", "127.0.0.1", "192.0.2.9",
        "10.9.0.2-10.9.0.3", "10.9.0.1-10.9.0.3", "192.0.2.8-192.0.2.12"};
    private static final String[] DNAT_PORTS = {"5005", "5002", "80", "5004-5008"};
    private static final String[] SNAT_ADDRESSES_A = {"10.9.0.11", "10.9.0.50", "10.9.0.1", "10.9.0.48-10.9.0.52",
        "10.9.0.1-10.9.0.11"};
    private static final String[] SNAT_ADDRESSES_B = {"10.9.0.77", "10.9.0.11", "10.9.0.1", "10.9.0.70-10.9.0.79"};
    /** Holds every source port a probe uses, so the kernel keeps the port (no random choice). */
    static final String SOURCE_PORTS = "40000-40999";
    private static final String[] MARK_VALUES = {"0x1", "0x2", "0x3", "0x10", "0xff"};
    private static final String[] MARK_MASKS = {"0xff", "0xf", "0xffffffff", "0x3"};
    private static final String[] TABLES = {"raw", "mangle", "nat", "filter"};

    private final SplittableRandom rnd;

    RuleGenerator(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    DiffCase generate(long seed) {
        List<Probe> probes = probes();
        MatchGenerator matches = new MatchGenerator(rnd, probes, chance(0.2));
        Map<Side, GenRuleset> rules = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<GenTable> tables = new ArrayList<>();
            for (String t : TABLES) {
                GenTable table = table(side, t, matches);
                tables.add(t.equals("raw") ? Observers.around(side, table) : table);
            }
            rules.put(side, new GenRuleset(tables));
        }
        return new DiffCase(seed, rules, probes);
    }

    private List<Probe> probes() {
        int n = 3 + rnd.nextInt(6);
        List<Probe> out = new ArrayList<>();
        int firstPort = 40000 + rnd.nextInt(900);
        for (int i = 0; i < n; i++) {
            Protocol p = Protocol.values()[rnd.nextInt(Protocol.values().length)];
            IpAddress dst = DESTINATIONS[rnd.nextInt(DESTINATIONS.length)];
            int sport = p == Protocol.ICMP ? 0 : firstPort + i;
            int dport = p == Protocol.ICMP ? 0 : DPORTS[rnd.nextInt(DPORTS.length)];
            out.add(new Probe(i, p, dst, sport, dport, payload(p)));
        }
        return out;
    }

    /**
     * Payload bytes: mostly small, sometimes past the 548 bytes an ICMP error quotes of the
     * datagram it is about; ping's standard 56 most of the time, down to an empty echo.
     */
    private int payload(Protocol p) {
        return switch (p) {
            case UDP -> chance(0.8) ? 1 + rnd.nextInt(64) : 500 + rnd.nextInt(300);
            case ICMP -> chance(0.6) ? 56 : new int[] {0, 8, 200, 1000}[rnd.nextInt(4)];
            case TCP -> 0;
        };
    }

    /** The built-in chains of a table, in the kernel's order. */
    static List<Hook> builtins(String table) {
        return switch (table) {
            case "raw" -> List.of(Hook.PREROUTING, Hook.OUTPUT);
            case "mangle" -> List.of(Hook.PREROUTING, Hook.INPUT, Hook.FORWARD, Hook.OUTPUT, Hook.POSTROUTING);
            case "nat" -> List.of(Hook.PREROUTING, Hook.INPUT, Hook.OUTPUT, Hook.POSTROUTING);
            default -> List.of(Hook.INPUT, Hook.FORWARD, Hook.OUTPUT);
        };
    }

    /** A user chain while its table is drawn: the built-in chain it hangs off and its place among its siblings. */
    private record UserChain(String name, Hook owner, int order) {
    }

    private GenTable table(Side side, String table, MatchGenerator matches) {
        List<UserChain> users = new ArrayList<>();
        int userCount = chance(0.5) ? 1 + rnd.nextInt(3) : 0;
        List<Hook> hooks = builtins(table).stream().filter(h -> h != Hook.FORWARD).toList();
        for (int i = 0; i < userCount; i++) {
            users.add(new UserChain("CH" + (i + 1), hooks.get(rnd.nextInt(hooks.size())), i));
        }
        Map<String, List<GenRule>> rules = new LinkedHashMap<>();
        for (Hook h : builtins(table)) {
            List<GenRule> list = new ArrayList<>();
            if (h != Hook.FORWARD && chance(0.6)) {
                int n = 1 + rnd.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(rule(side, table, h, -1, users, matches));
                }
            }
            rules.put(h.chainName(), list);
        }
        for (UserChain u : users) {
            List<GenRule> list = new ArrayList<>();
            int n = 1 + rnd.nextInt(4);
            for (int i = 0; i < n; i++) {
                list.add(rule(side, table, u.owner(), u.order(), users, matches));
            }
            rules.put(u.name(), list);
        }
        for (UserChain u : users) {
            // most user chains get a jump from their own built-in chain or an earlier sibling: a chain
            // nothing reaches tests only that it loads
            if (chance(0.85)) {
                List<String> from = new ArrayList<>(List.of(u.owner().chainName()));
                users.stream().filter(x -> x.owner() == u.owner() && x.order() < u.order()).forEach(x -> from.add(x.name()));
                List<GenRule> list = rules.get(from.get(rnd.nextInt(from.size())));
                GenRule jump = new GenRule(matches.generate(u.owner()).parts(), (chance(0.8) ? "-j " : "-g ") + u.name(), u.name());
                list.add(rnd.nextInt(list.size() + 1), jump);
            }
        }
        List<GenChain> chains = new ArrayList<>();
        for (Map.Entry<String, List<GenRule>> e : rules.entrySet()) {
            Hook h = Hook.ofChain(e.getKey());
            chains.add(new GenChain(e.getKey(), h == null ? null : policy(table), e.getValue()));
        }
        return new GenTable(table, chains);
    }

    private String policy(String table) {
        double drop = table.equals("nat") ? 0.04 : 0.1;
        return chance(drop) ? "DROP" : "ACCEPT";
    }

    /**
     * A rule of a chain hanging off {@code hook}; {@code order} is the chain's place among the user
     * chains (-1 for the built-in chain): it may only jump to user chains after it, so there are no loops.
     */
    private GenRule rule(Side side, String table, Hook hook, int order, List<UserChain> users, MatchGenerator matches) {
        MatchGenerator.Matches m = matches.generate(hook);
        List<UserChain> targets = users.stream().filter(u -> u.owner() == hook && u.order() > order).toList();
        List<String> kinds = new ArrayList<>();
        add(kinds, "ACCEPT", 3);
        add(kinds, "RETURN", 1);
        add(kinds, "MARK", table.equals("mangle") ? 5 : 1);
        if (!targets.isEmpty()) {
            add(kinds, "JUMP", 4);
            add(kinds, "GOTO", 1);
        }
        if (table.equals("nat")) {
            add(kinds, "NAT", 6);
            if (chance(0.02)) {
                kinds.add("DROP");
            }
        } else {
            add(kinds, "DROP", table.equals("filter") ? 3 : 1);
        }
        String kind = kinds.get(rnd.nextInt(kinds.size()));
        switch (kind) {
            case "JUMP", "GOTO" -> {
                UserChain to = targets.get(rnd.nextInt(targets.size()));
                return new GenRule(m.parts(), (kind.equals("JUMP") ? "-j " : "-g ") + to.name(), to.name());
            }
            case "MARK" -> {
                return new GenRule(m.parts(), mark(), null);
            }
            case "NAT" -> {
                return new GenRule(m.parts(), nat(side, hook, m.protocol()), null);
            }
            default -> {
                return new GenRule(m.parts(), "-j " + kind, null);
            }
        }
    }

    private static void add(List<String> kinds, String kind, int weight) {
        for (int i = 0; i < weight; i++) {
            kinds.add(kind);
        }
    }

    private String mark() {
        String v = pick(MARK_VALUES);
        return switch (rnd.nextInt(5)) {
            case 0 -> "-j MARK --set-xmark " + v + "/" + pick(MARK_MASKS);
            case 1 -> "-j MARK --set-mark " + v + (chance(0.5) ? "/" + pick(MARK_MASKS) : "");
            case 2 -> "-j MARK --and-mark " + v;
            case 3 -> "-j MARK --or-mark " + v;
            default -> "-j MARK --xor-mark " + v;
        };
    }

    /** A NAT target the kernel allows at {@code hook}; ports only where the rule pins TCP or UDP. */
    private String nat(Side side, Hook hook, Protocol proto) {
        boolean ports = proto == Protocol.TCP || proto == Protocol.UDP;
        if (hook == Hook.PREROUTING || hook == Hook.OUTPUT) {
            if (chance(0.3)) {
                return "-j REDIRECT" + (ports && chance(0.5) ? " --to-ports " + pick(DNAT_PORTS) : "");
            }
            if (ports && chance(0.15)) {
                return "-j DNAT --to-destination :" + pick(DNAT_PORTS);
            }
            return "-j DNAT --to-destination " + pick(DNAT_ADDRESSES) + (ports && chance(0.5) ? ":" + pick(DNAT_PORTS) : "");
        }
        if (hook == Hook.POSTROUTING && chance(0.35)) {
            return "-j MASQUERADE" + (ports && chance(0.3) ? " --to-ports " + SOURCE_PORTS : "");
        }
        String[] to = side == Side.A ? SNAT_ADDRESSES_A : SNAT_ADDRESSES_B;
        return "-j SNAT --to-source " + pick(to) + (ports && chance(0.3) ? ":" + SOURCE_PORTS : "");
    }
}
