package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.List;

/** Parses one {@code -A CHAIN ...} / {@code -I CHAIN [n] ...} line of a restore text. */
final class RuleParser {

    /** A parsed command: append or insert at a 1-based position. */
    record Command(String chain, boolean insert, int position, Rule rule) {
    }

    private RuleParser() {
    }

    static Command parse(String text, PacketCount counters, int line) {
        Tokens t = Tokens.split(text);
        String chain = null;
        boolean insert = false;
        int position = 1;
        Prefix src = null;
        Prefix dst = null;
        String in = null;
        String out = null;
        Protocol proto = null;
        boolean srcInv = false;
        boolean dstInv = false;
        boolean inInv = false;
        boolean outInv = false;
        boolean protoInv = false;
        boolean protoSeen = false;
        List<MatchParser> matches = new ArrayList<>();
        TargetParser target = null;
        boolean inv = false;
        while (t.hasNext()) {
            String tok = t.next();
            if (tok.equals("!")) {
                if (inv) {
                    throw new IllegalArgumentException("multiple consecutive ! not allowed");
                }
                inv = true;
                continue;
            }
            boolean wasInv = inv;
            inv = false;
            switch (tok) {
                case "-A", "--append", "-I", "--insert" -> {
                    MatchParser.noInvert(tok, wasInv);
                    if (chain != null) {
                        throw new IllegalArgumentException("only one command per line");
                    }
                    chain = t.argument(tok);
                    insert = tok.equals("-I") || tok.equals("--insert");
                    if (insert && t.hasNext() && t.peek().chars().allMatch(Character::isDigit)) {
                        position = Integer.parseInt(t.next());
                        if (position < 1) {
                            throw new IllegalArgumentException("invalid rule number " + position);
                        }
                    }
                }
                case "-s", "--source", "--src" -> {
                    src = address(t.argument(tok));
                    srcInv = wasInv;
                }
                case "-d", "--destination", "--dst" -> {
                    dst = address(t.argument(tok));
                    dstInv = wasInv;
                }
                case "-i", "--in-interface" -> {
                    in = iface(t.argument(tok));
                    inInv = wasInv;
                }
                case "-o", "--out-interface" -> {
                    out = iface(t.argument(tok));
                    outInv = wasInv;
                }
                case "-p", "--protocol" -> {
                    if (protoSeen) {
                        throw new IllegalArgumentException("multiple -p flags not allowed");
                    }
                    protoSeen = true;
                    proto = protocol(t.argument(tok));
                    protoInv = wasInv && proto != null;
                }
                case "-m", "--match" -> {
                    MatchParser.noInvert(tok, wasInv);
                    matches.add(MatchParser.of(t.argument(tok)));
                }
                case "-j", "--jump", "-g", "--goto" -> {
                    MatchParser.noInvert(tok, wasInv);
                    if (target != null) {
                        throw new IllegalArgumentException("multiple targets not allowed");
                    }
                    target = new TargetParser(t.argument(tok), tok.equals("-g") || tok.equals("--goto"));
                }
                default -> {
                    if (!tok.startsWith("--")) {
                        throw new IllegalArgumentException("unsupported option or argument \"" + tok + "\"");
                    }
                    dispatch(tok, wasInv, t, matches, target, proto);
                }
            }
        }
        if (inv) {
            throw new IllegalArgumentException("! at the end of the rule");
        }
        if (chain == null) {
            throw new IllegalArgumentException("no command (-A or -I) given");
        }
        if (target == null) {
            throw new IllegalArgumentException("rule without -j/-g target is not supported");
        }
        IpHeaderMatch header = new IpHeaderMatch(src, srcInv, dst, dstInv, in, inInv, out, outInv, proto, protoInv);
        List<Match> built = new ArrayList<>();
        for (MatchParser m : matches) {
            built.add(m.build(header));
        }
        return new Command(chain, insert, position, new Rule(header, built, target.build(header), counters, line));
    }

    /** An option goes to the target, else the latest match that knows it, else the implicit -p match. */
    private static void dispatch(String option, boolean inv, Tokens t, List<MatchParser> matches, TargetParser target,
                                 Protocol proto) {
        if (target != null && target.accepts(option)) {
            target.option(option, inv, t);
            return;
        }
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (matches.get(i).accepts(option)) {
                matches.get(i).option(option, inv, t);
                return;
            }
        }
        MatchParser implicit = MatchParser.implicitFor(proto);
        if (implicit != null && implicit.accepts(option)) {
            matches.add(implicit);
            implicit.option(option, inv, t);
            return;
        }
        throw new IllegalArgumentException("unknown option \"" + option + "\"");
    }

    static IpAddress v4(String text) {
        IpAddress a;
        try {
            a = IpAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("host/network \"" + text + "\" not found");
        }
        if (!a.isV4()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an IPv4 address");
        }
        return a;
    }

    /** {@code a.b.c.d}, {@code a.b.c.d/n} or {@code a.b.c.d/m.m.m.m}; stored as the network. */
    static Prefix address(String text) {
        int slash = text.indexOf('/');
        IpAddress a = v4(slash < 0 ? text : text.substring(0, slash));
        if (slash < 0) {
            return new Prefix(a, 32);
        }
        String m = text.substring(slash + 1);
        int len;
        if (m.contains(".")) {
            int mask = v4(m).toInt();
            len = Integer.bitCount(mask);
            if (len != 32 && mask != (len == 0 ? 0 : 0xffffffff << (32 - len))) {
                throw new IllegalArgumentException("invalid mask \"" + m + "\" specified");
            }
        } else {
            if (m.isEmpty() || m.length() > 2 || !m.chars().allMatch(Character::isDigit) || Integer.parseInt(m) > 32) {
                throw new IllegalArgumentException("invalid mask \"" + m + "\" specified");
            }
            len = Integer.parseInt(m);
        }
        return IpHeaderMatch.network(a, len);
    }

    private static String iface(String name) {
        if (name.isEmpty() || name.length() > 15 || name.contains("/") || name.contains(" ")) {
            throw new IllegalArgumentException("invalid interface name \"" + name + "\"");
        }
        return name;
    }

    /** null for {@code all}/0. */
    private static Protocol protocol(String text) {
        if (text.equals("all") || text.equals("0")) {
            return null;
        }
        try {
            return Protocol.byKeyword(text.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("protocol \"" + text + "\" is not supported");
        }
    }
}
