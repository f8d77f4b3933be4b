package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;
import java.util.Set;

/** Parses {@code -j NAME [options]} / {@code -g CHAIN} into a {@link Target}. */
final class TargetParser {
    /** Real iptables targets this model refuses by name rather than mistaking them for chains. */
    private static final Set<String> UNSUPPORTED = Set.of("LOG", "REJECT", "NFLOG", "TPROXY", "CT", "NOTRACK",
            "CONNMARK", "TCPMSS", "TEE", "NETMAP", "CLASSIFY", "DSCP", "TOS", "TTL", "SET", "AUDIT", "CHECKSUM",
            "QUEUE", "NFQUEUE", "TRACE", "SECMARK", "CONNSECMARK", "HMARK", "IDLETIMER", "LED", "SYNPROXY", "ULOG");

    private final String name;
    private final boolean isGoto;
    private int[] mark;
    private String natSpec;
    private PortRange toPorts;

    TargetParser(String name, boolean isGoto) {
        this.name = name;
        this.isGoto = isGoto;
        if (!isGoto && UNSUPPORTED.contains(name)) {
            throw new IllegalArgumentException("target " + name + " is not supported");
        }
        if (name.isEmpty() || name.startsWith("-") || name.startsWith("!")) {
            throw new IllegalArgumentException("bad target name \"" + name + "\"");
        }
    }

    boolean accepts(String o) {
        return switch (name) {
            case "MARK" -> o.equals("--set-mark") || o.equals("--set-xmark") || o.equals("--and-mark")
                    || o.equals("--or-mark") || o.equals("--xor-mark");
            case "DNAT" -> o.equals("--to-destination") || o.equals("--to");
            case "SNAT" -> o.equals("--to-source") || o.equals("--to");
            case "MASQUERADE", "REDIRECT" -> o.equals("--to-ports");
            default -> false;
        };
    }

    void option(String o, boolean inverted, Tokens args) {
        MatchParser.noInvert(o, inverted);
        if (mark != null || natSpec != null || toPorts != null) {
            throw new IllegalArgumentException(name + ": only one " + o + " option allowed");
        }
        String v = args.argument(o);
        switch (o) {
            case "--set-xmark" -> mark = Tokens.valueMask(v);
            case "--set-mark" -> {
                int[] vm = Tokens.valueMask(v);
                mark = new int[] {vm[0], vm[0] | vm[1]};
            }
            case "--and-mark" -> mark = new int[] {0, ~Tokens.number32(v)};
            case "--or-mark" -> mark = new int[] {Tokens.number32(v), Tokens.number32(v)};
            case "--xor-mark" -> mark = new int[] {Tokens.number32(v), 0};
            case "--to-ports" -> toPorts = PortRange.parse(v, '-');
            default -> natSpec = v;
        }
    }

    Target build(IpHeaderMatch header) {
        if (isGoto) {
            return new JumpTarget(name, true);
        }
        return switch (name) {
            case "ACCEPT" -> new VerdictTarget(Verdict.ACCEPT);
            case "DROP" -> new VerdictTarget(Verdict.DROP);
            case "RETURN" -> new ReturnTarget();
            case "MARK" -> {
                if (mark == null) {
                    throw new IllegalArgumentException("MARK target: a --set-xmark/--set-mark option is required");
                }
                yield new MarkTarget(mark[0], mark[1]);
            }
            case "DNAT", "SNAT" -> nat(header, NatKind.valueOf(name));
            case "MASQUERADE", "REDIRECT" -> {
                if (toPorts != null) {
                    needPorts(header);
                }
                yield new NatTarget(NatKind.valueOf(name), null, null, toPorts);
            }
            default -> new JumpTarget(name, false);
        };
    }

    private static void needPorts(IpHeaderMatch header) {
        if (header.protocolInverted() || (header.protocol() != Protocol.TCP && header.protocol() != Protocol.UDP)) {
            throw new IllegalArgumentException("Need TCP, UDP, SCTP or DCCP with port specification");
        }
    }

    /** {@code [a[-b]][:p[-q]]}. */
    private NatTarget nat(IpHeaderMatch header, NatKind kind) {
        if (natSpec == null) {
            throw new IllegalArgumentException(kind + " target: " + (kind == NatKind.DNAT ? "--to-destination" : "--to-source")
                    + " is required");
        }
        String addr = natSpec;
        PortRange ports = null;
        int colon = natSpec.indexOf(':');
        if (colon >= 0) {
            addr = natSpec.substring(0, colon);
            ports = PortRange.parse(natSpec.substring(colon + 1), '-');
            needPorts(header);
        }
        IpAddress lo = null;
        IpAddress hi = null;
        if (!addr.isEmpty()) {
            int dash = addr.indexOf('-');
            lo = RuleParser.v4(dash < 0 ? addr : addr.substring(0, dash));
            hi = dash < 0 ? lo : RuleParser.v4(addr.substring(dash + 1));
            if (hi.compareTo(lo) < 0) {
                throw new IllegalArgumentException("bad address range \"" + addr + "\"");
            }
        } else if (ports == null) {
            throw new IllegalArgumentException("bad " + kind + " range \"" + natSpec + "\"");
        }
        return new NatTarget(kind, lo, hi, ports);
    }
}
