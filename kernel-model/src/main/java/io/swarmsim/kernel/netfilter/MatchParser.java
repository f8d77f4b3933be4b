package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Parses the options of one {@code -m} extension into a {@link Match}; one instance per use. */
abstract class MatchParser {
    final String module;

    MatchParser(String module) {
        this.module = module;
    }

    /** A parser for {@code -m module}; fails naming the module when it is not modelled. */
    static MatchParser of(String module) {
        return switch (module) {
            case "tcp" -> new Ports(Protocol.TCP);
            case "udp" -> new Ports(Protocol.UDP);
            case "icmp" -> new Icmp();
            case "mark" -> new Mark();
            case "addrtype" -> new AddrType();
            case "conntrack" -> new Conntrack(false);
            case "state" -> new Conntrack(true);
            case "statistic" -> new Statistic();
            case "ipvs" -> new Ipvs();
            case "comment" -> new Comment();
            case "multiport" -> new Multiport();
            default -> throw new IllegalArgumentException("unknown match \"" + module + "\" (not modelled)");
        };
    }

    /** The implicit match {@code -p proto} loads for options like --dport, or null. */
    static MatchParser implicitFor(Protocol p) {
        return p == null ? null : of(p.keyword());
    }

    abstract boolean accepts(String option);

    abstract void option(String option, boolean inverted, Tokens args);

    abstract Match build(IpHeaderMatch header);

    static void noInvert(String option, boolean inverted) {
        if (inverted) {
            throw new IllegalArgumentException("option " + option + " cannot be inverted");
        }
    }

    static void requireProtocol(IpHeaderMatch header, String what, Protocol... allowed) {
        for (Protocol p : allowed) {
            if (header.protocol() == p && !header.protocolInverted()) {
                return;
            }
        }
        throw new IllegalArgumentException(what + " needs -p " + allowed[0].keyword()
                + (allowed.length > 1 ? " or -p " + allowed[1].keyword() : ""));
    }

    private static final class Ports extends MatchParser {
        private final Protocol protocol;
        private PortRange sport;
        private PortRange dport;
        private boolean sportInv;
        private boolean dportInv;

        Ports(Protocol protocol) {
            super(protocol.keyword());
            this.protocol = protocol;
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--sport") || o.equals("--source-port") || o.equals("--dport") || o.equals("--destination-port");
        }

        @Override
        void option(String o, boolean inv, Tokens args) {
            PortRange r = PortRange.parse(args.argument(o), ':');
            if (o.equals("--sport") || o.equals("--source-port")) {
                sport = r;
                sportInv = inv;
            } else {
                dport = r;
                dportInv = inv;
            }
        }

        @Override
        Match build(IpHeaderMatch header) {
            requireProtocol(header, module + " match", protocol);
            return new PortMatch(protocol, sport, sportInv, dport, dportInv);
        }
    }

    private static final class Icmp extends MatchParser {
        private Integer type;
        private boolean inv;

        Icmp() {
            super("icmp");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--icmp-type");
        }

        @Override
        void option(String o, boolean inverted, Tokens args) {
            String v = args.argument(o);
            Integer t = IcmpMatch.NAMES.get(v);
            if (t == null) {
                if (v.contains("/")) {
                    throw new IllegalArgumentException("icmp type/code \"" + v + "\" is not supported (type only)");
                }
                if (v.isEmpty() || !v.chars().allMatch(Character::isDigit) || v.length() > 3 || Integer.parseInt(v) > 255) {
                    throw new IllegalArgumentException("invalid ICMP type \"" + v + "\"");
                }
                t = Integer.parseInt(v);
            }
            type = t;
            inv = inverted;
        }

        @Override
        Match build(IpHeaderMatch header) {
            requireProtocol(header, "icmp match", Protocol.ICMP);
            if (type == null) {
                throw new IllegalArgumentException("icmp match without --icmp-type is not supported");
            }
            return new IcmpMatch(type, inv);
        }
    }

    private static final class Mark extends MatchParser {
        private int[] vm;
        private boolean inv;

        Mark() {
            super("mark");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--mark");
        }

        @Override
        void option(String o, boolean inverted, Tokens args) {
            vm = Tokens.valueMask(args.argument(o));
            inv = inverted;
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (vm == null) {
                throw new IllegalArgumentException("mark match: --mark is required");
            }
            return new MarkMatch(vm[0], vm[1], inv);
        }
    }

    private static final class AddrType extends MatchParser {
        private Set<AddressType> src = Set.of();
        private Set<AddressType> dst = Set.of();
        private boolean srcInv;
        private boolean dstInv;
        private boolean limitIn;
        private boolean limitOut;

        AddrType() {
            super("addrtype");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--src-type") || o.equals("--dst-type") || o.equals("--limit-iface-in")
                    || o.equals("--limit-iface-out");
        }

        private static Set<AddressType> types(String list) {
            Set<AddressType> s = EnumSet.noneOf(AddressType.class);
            for (String n : list.split(",", -1)) {
                try {
                    s.add(AddressType.valueOf(n.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("addrtype: unknown address type \"" + n + "\"");
                }
            }
            return s;
        }

        @Override
        void option(String o, boolean inv, Tokens args) {
            switch (o) {
                case "--src-type" -> {
                    src = types(args.argument(o));
                    srcInv = inv;
                }
                case "--dst-type" -> {
                    dst = types(args.argument(o));
                    dstInv = inv;
                }
                case "--limit-iface-in" -> {
                    noInvert(o, inv);
                    limitIn = true;
                }
                default -> {
                    noInvert(o, inv);
                    limitOut = true;
                }
            }
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (src.isEmpty() && dst.isEmpty()) {
                throw new IllegalArgumentException("addrtype: --src-type or --dst-type is required");
            }
            if (limitIn && limitOut) {
                throw new IllegalArgumentException("addrtype: --limit-iface-in and --limit-iface-out are exclusive");
            }
            return new AddrTypeMatch(src, srcInv, dst, dstInv, limitIn, limitOut);
        }
    }

    private static final class Conntrack extends MatchParser {
        private final boolean stateModule;
        private Set<ConntrackState> states;
        private boolean inv;

        Conntrack(boolean stateModule) {
            super(stateModule ? "state" : "conntrack");
            this.stateModule = stateModule;
        }

        @Override
        boolean accepts(String o) {
            return o.equals(stateModule ? "--state" : "--ctstate");
        }

        @Override
        void option(String o, boolean inverted, Tokens args) {
            Set<ConntrackState> s = EnumSet.noneOf(ConntrackState.class);
            for (String n : args.argument(o).split(",", -1)) {
                try {
                    s.add(ConntrackState.valueOf(n));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(module + ": bad state \"" + n + "\"");
                }
            }
            states = s;
            inv = inverted;
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (states == null) {
                throw new IllegalArgumentException(module + " match without " + (stateModule ? "--state" : "--ctstate")
                        + " is not supported");
            }
            return new ConntrackMatch(states, inv, stateModule);
        }
    }

    private static final class Statistic extends MatchParser {
        private String mode;
        private Double probability;
        private Long every;
        private Long packet;

        Statistic() {
            super("statistic");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--mode") || o.equals("--probability") || o.equals("--every") || o.equals("--packet");
        }

        @Override
        void option(String o, boolean inv, Tokens args) {
            noInvert(o, inv);
            String v = args.argument(o);
            try {
                switch (o) {
                    case "--mode" -> {
                        if (!v.equals("nth") && !v.equals("random")) {
                            throw new IllegalArgumentException("statistic: bad mode \"" + v + "\"");
                        }
                        mode = v;
                    }
                    case "--probability" -> probability = Double.parseDouble(v);
                    case "--every" -> every = Long.parseLong(v);
                    default -> packet = Long.parseLong(v);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("statistic: bad value \"" + v + "\" for " + o);
            }
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (mode == null) {
                throw new IllegalArgumentException("statistic: no --mode given");
            }
            if (mode.equals("random")) {
                if (every != null || packet != null || probability == null || probability < 0 || probability > 1) {
                    throw new IllegalArgumentException("statistic random needs --probability between 0 and 1 only");
                }
                return StatisticMatch.random(probability);
            }
            if (probability != null || every == null || every < 1 || every > 0xffffffffL) {
                throw new IllegalArgumentException("statistic nth needs --every n (n >= 1) and no --probability");
            }
            long p = packet == null ? 0 : packet;
            if (p < 0 || p >= every) {
                throw new IllegalArgumentException("statistic: the --packet p must be 0 <= p <= n-1");
            }
            return StatisticMatch.nth(every, p);
        }
    }

    private static final class Ipvs extends MatchParser {
        private Boolean inv;

        Ipvs() {
            super("ipvs");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--ipvs");
        }

        @Override
        void option(String o, boolean inverted, Tokens args) {
            inv = inverted;
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (inv == null) {
                throw new IllegalArgumentException("ipvs match: only --ipvs is supported");
            }
            return new IpvsMatch(inv);
        }
    }

    private static final class Comment extends MatchParser {
        private String text;

        Comment() {
            super("comment");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--comment");
        }

        @Override
        void option(String o, boolean inv, Tokens args) {
            noInvert(o, inv);
            text = args.argument(o);
            if (text.length() > 255) {
                throw new IllegalArgumentException("comment may not exceed 255 characters");
            }
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (text == null) {
                throw new IllegalArgumentException("comment match: --comment is required");
            }
            return new CommentMatch(text);
        }
    }

    private static final class Multiport extends MatchParser {
        private MultiportMatch.Direction direction;
        private List<PortRange> ports;
        private boolean inv;

        Multiport() {
            super("multiport");
        }

        @Override
        boolean accepts(String o) {
            return o.equals("--sports") || o.equals("--source-ports") || o.equals("--dports")
                    || o.equals("--destination-ports") || o.equals("--ports");
        }

        @Override
        void option(String o, boolean inverted, Tokens args) {
            if (direction != null) {
                throw new IllegalArgumentException("multiport can only have one option");
            }
            direction = switch (o) {
                case "--sports", "--source-ports" -> MultiportMatch.Direction.SOURCE;
                case "--dports", "--destination-ports" -> MultiportMatch.Direction.DESTINATION;
                default -> MultiportMatch.Direction.EITHER;
            };
            List<PortRange> list = new ArrayList<>();
            int slots = 0;
            for (String p : args.argument(o).split(",", -1)) {
                PortRange r = PortRange.parse(p, ':');
                slots += r.single() ? 1 : 2;
                list.add(r);
            }
            if (slots > 15) {
                throw new IllegalArgumentException("multiport: too many ports specified");
            }
            ports = list;
            inv = inverted;
        }

        @Override
        Match build(IpHeaderMatch header) {
            if (direction == null) {
                throw new IllegalArgumentException("multiport expects an option");
            }
            requireProtocol(header, "multiport", Protocol.TCP, Protocol.UDP);
            return new MultiportMatch(direction, ports, inv);
        }
    }
}
