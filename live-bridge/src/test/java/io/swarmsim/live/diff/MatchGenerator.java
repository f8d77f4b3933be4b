package io.swarmsim.live.diff;

import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The match part of a generated rule: {@code -s/-d} prefixes, {@code -i/-o}, {@code -p} with
 * ports, and the extensions the model parses (multiport, icmp, mark, conntrack, state, addrtype,
 * statistic, comment), each sometimes inverted. Values are drawn mostly from what the batch's
 * probes carry, so rules match often enough to matter. Only deterministic constructs are drawn:
 * {@code statistic --mode random} only with probability 0 or 1, which the kernel decides without
 * drawing a number it could not share with the model.
 */
final class MatchGenerator {
    private static final String[] PREFIXES = {"10.9.0.0/24", "10.9.0.1", "10.9.0.2", "10.9.0.3", "10.9.0.11",
        "10.9.0.50", "10.9.0.0/30", "10.9.0.2/31", "127.0.0.0/8", "127.0.0.1", "192.0.2.0/24", "0.0.0.0/0",
        "10.0.0.0/8", "10.9.0.0/255.255.255.252"};
    private static final String[] INTERFACES = {"eth0", "lo", "eth+", "veth7"};
    private static final String[] PORTS = {"53", "80", "5001", "5003", "5005", "5008", "5010"};
    private static final String[] PORT_RANGES = {"5000:5005", "5004:5010", "1:1024", "40000:40999", "5006:", ":80"};
    private static final String[] ICMP_TYPES = {"echo-request", "echo-reply", "destination-unreachable", "8", "0", "3"};
    private static final String[] STATES = {"NEW", "ESTABLISHED", "RELATED", "INVALID", "UNTRACKED"};
    private static final String[] ADDR_TYPES = {"LOCAL", "UNICAST", "BROADCAST", "MULTICAST"};
    private static final String[] MARKS = {"0x0", "0x1", "0x2", "0x3", "0x10"};
    private static final String[] MARK_MASKS = {"", "/0xf", "/0xff", "/0x3"};

    /** The generated match options and the protocol they pin (for NAT targets with ports), null when none or inverted. */
    record Matches(List<String> parts, Protocol protocol) {
    }

    private final SplittableRandom rnd;
    private final List<Probe> probes;
    private final boolean nth;

    /**
     * @param nth whether this case may use {@code statistic --mode nth}: its verdicts depend on the
     *            order packets arrive in, so such a case has its probes sent one by one, which is
     *            slower; only some cases get it
     */
    MatchGenerator(SplittableRandom rnd, List<Probe> probes, boolean nth) {
        this.rnd = rnd;
        this.probes = probes;
        this.nth = nth;
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private String pick(String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    private String not(double p) {
        return chance(p) ? "! " : "";
    }

    static boolean inputSide(Hook hook) {
        return hook == Hook.PREROUTING || hook == Hook.INPUT;
    }

    /** The kinds of match a rule draws from, each with its weight. */
    private enum Kind {
        SOURCE(2), DESTINATION(2), INTERFACE(1), PROTOCOL(5), MARK(2), STATE(2), ADDRTYPE(1), STATISTIC(1), COMMENT(1);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    /**
     * A rule's matches: none, one, two or three kinds (most often one), drawn by weight; each
     * further condition halves the chance a probe meets it, and a rule no packet meets tests nothing.
     */
    Matches generate(Hook hook) {
        double d = rnd.nextDouble();
        int n = d < 0.25 ? 0 : d < 0.65 ? 1 : d < 0.9 ? 2 : 3;
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        int total = Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
        while (kinds.size() < n) {
            int x = rnd.nextInt(total);
            for (Kind k : Kind.values()) {
                x -= k.weight;
                if (x < 0) {
                    kinds.add(k);
                    break;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        Protocol proto = null;
        for (Kind k : kinds) {
            switch (k) {
                case SOURCE -> parts.add(address("-s "));
                case DESTINATION -> parts.add(address("-d "));
                case INTERFACE -> parts.add(not(0.2) + (inputSide(hook) ? "-i " : "-o ") + pick(INTERFACES));
                case PROTOCOL -> proto = protocol(parts);
                case MARK -> parts.add("-m mark " + not(0.2) + "--mark " + pick(MARKS) + pick(MARK_MASKS));
                case STATE -> parts.add(state());
                case ADDRTYPE -> parts.add(addrtype(hook));
                case STATISTIC -> parts.add(statistic());
                default -> parts.add("-m comment --comment \"generated rule " + rnd.nextInt(100) + "\"");
            }
        }
        return new Matches(parts, proto);
    }

    /** {@code [!] -p proto} and, when not inverted, its port or ICMP type options; returns the protocol pinned. */
    private Protocol protocol(List<String> parts) {
        Protocol p = Protocol.values()[rnd.nextInt(Protocol.values().length)];
        if (chance(0.1)) {
            parts.add("! -p " + p.keyword());
            return null;
        }
        parts.add("-p " + p.keyword());
        ports(parts, p);
        return p;
    }

    /**
     * {@code [!] -s|-d prefix}. Never {@code ! 0.0.0.0/0} ({@link KnownDifferences#NFT_INVERTED_ZERO_PREFIX}):
     * iptables-nft 1.8.9 turns an inverted zero-length prefix into a zero-length compare the kernel
     * refuses (EINVAL), while the legacy backend loads it as a rule that never matches. A difference
     * between the two backends, not one the model could share with both.
     */
    private String address(String option) {
        String prefix = pick(PREFIXES);
        return (prefix.equals("0.0.0.0/0") ? "" : not(0.2)) + option + prefix;
    }

    private void ports(List<String> parts, Protocol p) {
        if (p == Protocol.ICMP) {
            if (chance(0.35)) {
                parts.add(not(0.2) + "--icmp-type " + pick(ICMP_TYPES));
            }
            return;
        }
        String dportNot = "";
        if (chance(0.35)) {
            dportNot = not(0.2);
            parts.add(dportNot + "--dport " + (chance(0.6) ? probePort(true) : pick(PORT_RANGES)));
        }
        if (chance(0.25)) {
            // never both inverted (KnownDifferences.NFT_BOTH_PORTS_INVERTED): iptables-nft 1.8.9 loads source and destination port as one
            // 32-bit value and compares it once ("cmp neq"), so its rule matches when either port
            // differs, where the kernel's tcp/udp match (legacy) needs both to differ
            parts.add((dportNot.isEmpty() ? not(0.2) : "") + "--sport " + (chance(0.6) ? probePort(false) : pick(PORT_RANGES)));
        }
        if (chance(0.2)) {
            String option = new String[] {"--dports", "--sports", "--ports"}[rnd.nextInt(3)];
            int n = 1 + rnd.nextInt(4);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(chance(0.7) ? probePort(!option.equals("--sports")) : pick(PORT_RANGES).replace("5006:", "5006:6000").replace(":80", "70:80"));
            }
            parts.add("-m multiport " + not(0.2) + option + " " + String.join(",", items));
        }
    }

    /** A port one of the probes uses (destination or source), or a usual one. */
    private String probePort(boolean destination) {
        List<Probe> ported = probes.stream().filter(p -> p.protocol() != Protocol.ICMP).toList();
        if (ported.isEmpty() || chance(0.3)) {
            return pick(PORTS);
        }
        Probe p = ported.get(rnd.nextInt(ported.size()));
        return Integer.toString(destination ? p.dport() : p.sport());
    }

    private String state() {
        String list = pick(STATES);
        if (chance(0.4)) {
            String other = pick(STATES);
            if (!other.equals(list)) {
                list = list + "," + other;
            }
        }
        return chance(0.7) ? "-m conntrack " + not(0.2) + "--ctstate " + list : "-m state " + not(0.2) + "--state " + list;
    }

    private String addrtype(Hook hook) {
        StringBuilder sb = new StringBuilder("-m addrtype");
        int which = rnd.nextInt(3);
        if (which != 1) {
            sb.append(' ').append(not(0.2)).append("--src-type ").append(pick(ADDR_TYPES));
        }
        if (which != 0) {
            sb.append(' ').append(not(0.2)).append("--dst-type ").append(pick(ADDR_TYPES));
        }
        if (chance(0.3)) {
            sb.append(inputSide(hook) ? " --limit-iface-in" : " --limit-iface-out");
        }
        return sb.toString();
    }

    /** nth, or random with probability 0 or 1 only ({@link KnownDifferences#STATISTIC_RANDOM}). */
    private String statistic() {
        if (!nth || chance(0.3)) {
            return "-m statistic --mode random --probability " + (chance(0.5) ? "0" : "1");
        }
        int every = 1 + rnd.nextInt(3);
        // iptables 1.8.9 refuses --every without --packet
        return "-m statistic --mode nth --every " + every + " --packet " + rnd.nextInt(every);
    }
}
