package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random valid filter tables and packets, from a seeded SplittableRandom: the evaluator must agree
 * with a small recursive reference evaluator on verdict, mark and the rules visited.
 */
class EvaluatorPropertyTest {
    private static final String[] ADDRS = {"10.0.0.0/8", "10.0.0.4/32", "10.1.0.0/16", "192.168.0.0/24", "0.0.0.0/0"};
    private static final String[] HOSTS = {"10.0.0.4", "10.1.2.3", "192.168.0.7", "8.8.8.8"};
    private static final String[] IFACES = {"eth0", "eth1", "lo", "veth+"};
    private static final String[] IN_NAMES = {"eth0", "eth1", "lo", "veth12"};

    /** The generated rule, kept in the test's own terms. */
    record GenRule(String src, boolean srcInv, String proto, Integer dport, boolean dportInv, String in, boolean inInv,
                   Integer markValue, boolean markInv, Integer nthEvery, String target, String targetChain, int setMark) {

        String text(String chain) {
            StringBuilder sb = new StringBuilder("-A ").append(chain);
            if (src != null) {
                sb.append(srcInv ? " !" : "").append(" -s ").append(src);
            }
            if (in != null) {
                sb.append(inInv ? " !" : "").append(" -i ").append(in);
            }
            if (proto != null) {
                sb.append(" -p ").append(proto);
                if (dport != null) {
                    sb.append(dportInv ? " !" : "").append(" --dport ").append(dport);
                }
            }
            if (markValue != null) {
                sb.append(" -m mark").append(markInv ? " !" : "").append(" --mark ").append(markValue).append("/0xf");
            }
            if (nthEvery != null) {
                sb.append(" -m statistic --mode nth --every ").append(nthEvery);
            }
            switch (target) {
                case "JUMP" -> sb.append(" -j ").append(targetChain);
                case "GOTO" -> sb.append(" -g ").append(targetChain);
                case "MARK" -> sb.append(" -j MARK --set-mark ").append(setMark);
                default -> sb.append(" -j ").append(target);
            }
            return sb.toString();
        }
    }

    record Visit(String chain, int number, boolean matched) {
    }

    /** Reference: straightforward recursion. Returns "ACCEPT"/"DROP" when decided, null to return. */
    static final class Reference {
        final Map<String, List<GenRule>> chains;
        final Map<String, Integer> nth = new HashMap<>();
        final List<Visit> visits = new ArrayList<>();
        int mark;

        Reference(Map<String, List<GenRule>> chains) {
            this.chains = chains;
        }

        String run(String chain, Packet p, String in) {
            List<GenRule> rules = chains.get(chain);
            for (int i = 0; i < rules.size(); i++) {
                GenRule r = rules.get(i);
                boolean m = matches(r, chain + "#" + i, p, in);
                visits.add(new Visit(chain, i + 1, m));
                if (!m) {
                    continue;
                }
                switch (r.target()) {
                    case "ACCEPT", "DROP":
                        return r.target();
                    case "RETURN":
                        return null;
                    case "MARK":
                        mark = r.setMark();
                        break;
                    case "JUMP": {
                        String v = run(r.targetChain(), p, in);
                        if (v != null) {
                            return v;
                        }
                        break;
                    }
                    default: // GOTO: whatever the target chain does is what this chain does
                        return run(r.targetChain(), p, in);
                }
            }
            return null;
        }

        boolean matches(GenRule r, String key, Packet p, String in) {
            if (r.src() != null && Prefix.parse(r.src()).contains(p.src()) == r.srcInv()) {
                return false;
            }
            if (r.in() != null) {
                boolean eq = r.in().endsWith("+") ? in.startsWith(r.in().substring(0, r.in().length() - 1)) : in.equals(r.in());
                if (eq == r.inInv()) {
                    return false;
                }
            }
            if (r.proto() != null) {
                if (!p.protocol().keyword().equals(r.proto())) {
                    return false;
                }
                if (r.dport() != null && (p.dport() == r.dport()) == r.dportInv()) {
                    return false;
                }
            }
            if (r.markValue() != null && ((mark & 0xf) == r.markValue()) == r.markInv()) {
                return false;
            }
            if (r.nthEvery() != null) {
                int seen = nth.merge(key, 1, Integer::sum) - 1;
                return seen % r.nthEvery() == 0;
            }
            return true;
        }
    }

    @Test
    void evaluatorAgreesWithReference() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        for (int round = 0; round < 300; round++) {
            int userChains = rnd.nextInt(0, 5);
            Map<String, List<GenRule>> chains = new HashMap<>();
            StringBuilder text = new StringBuilder("*filter\n");
            String policy = rnd.nextBoolean() ? "ACCEPT" : "DROP";
            text.append(":INPUT ").append(policy).append(" [0:0]\n");
            List<String> names = new ArrayList<>();
            names.add("INPUT");
            for (int c = 0; c < userChains; c++) {
                names.add("C" + c);
                text.append(":C").append(c).append(" - [0:0]\n");
            }
            // chain k may only jump to chains after it: no loops
            for (int k = 0; k < names.size(); k++) {
                List<GenRule> rules = new ArrayList<>();
                int n = rnd.nextInt(0, 7);
                for (int i = 0; i < n; i++) {
                    GenRule r = rule(rnd, names, k);
                    rules.add(r);
                    text.append(r.text(names.get(k))).append('\n');
                }
                chains.put(names.get(k), rules);
            }
            text.append("COMMIT\n");
            Table table = Ruleset.parse(text.toString()).table(TableKind.FILTER).orElseThrow();
            Counters counters = new Counters();
            Reference ref = new Reference(chains);
            for (int pk = 0; pk < 20; pk++) {
                Packet p = packet(rnd, pk);
                String in = IN_NAMES[rnd.nextInt(IN_NAMES.length)];
                ref.visits.clear();
                ref.mark = p.mark();
                String refVerdict = ref.run("INPUT", p, in);
                if (refVerdict == null) {
                    refVerdict = policy;
                }
                TableVerdict v = Evaluator.evaluate(table, Hook.INPUT, p, TestContext.of(in, null), counters);
                String where = "round " + round + " packet " + pk + "\n" + text;
                assertEquals(refVerdict, v.verdict().name(), where);
                assertEquals(ref.mark, v.packet().mark(), where);
                assertEquals(ref.visits, v.visits().stream().map(x -> new Visit(x.chain(), x.number(), x.matched())).toList(), where);
            }
        }
    }

    private static GenRule rule(SplittableRandom rnd, List<String> names, int k) {
        String src = rnd.nextInt(3) == 0 ? ADDRS[rnd.nextInt(ADDRS.length)] : null;
        String proto = switch (rnd.nextInt(4)) {
            case 0 -> "tcp";
            case 1 -> "udp";
            default -> null;
        };
        Integer dport = proto != null && rnd.nextBoolean() ? 50 + rnd.nextInt(4) : null;
        String in = rnd.nextInt(3) == 0 ? IFACES[rnd.nextInt(IFACES.length)] : null;
        Integer mark = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : null;
        Integer nth = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(3) : null;
        List<String> targets = new ArrayList<>(List.of("ACCEPT", "DROP", "RETURN", "MARK", "MARK"));
        if (k + 1 < names.size()) {
            targets.addAll(List.of("JUMP", "JUMP", "JUMP", "GOTO"));
        }
        String target = targets.get(rnd.nextInt(targets.size()));
        String to = k + 1 < names.size() ? names.get(rnd.nextInt(k + 1, names.size())) : null;
        return new GenRule(src, rnd.nextBoolean(), proto, dport, rnd.nextBoolean(), in, rnd.nextBoolean(), mark,
                rnd.nextBoolean(), nth, target, to, rnd.nextInt(3));
    }

    private static Packet packet(SplittableRandom rnd, int id) {
        IpAddress src = IpAddress.parse(HOSTS[rnd.nextInt(HOSTS.length)]);
        IpAddress dst = IpAddress.parse("10.0.0.4");
        int dport = 50 + rnd.nextInt(4);
        Packet p = rnd.nextBoolean()
                ? Packet.tcp(id, src, 1000, dst, dport, TcpFlags.SYN, Payload.EMPTY)
                : Packet.udp(id, src, 1000, dst, dport, Payload.ofBytes(new byte[rnd.nextInt(100)]));
        return rnd.nextBoolean() ? p : p.withMark(rnd.nextInt(3));
    }
}
