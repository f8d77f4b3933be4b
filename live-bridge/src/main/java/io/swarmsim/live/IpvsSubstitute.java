package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.ipvs.ForwardMethod;
import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The declared stand-in for IPVS on a kernel without CONFIG_IP_VS: per firewall-mark service, nat
 * rules that DNAT new connections carrying the mark to the destinations in turn, with
 * {@code -m statistic --mode nth}. Rule {@code i} of {@code n} matches every {@code (n-i)}-th
 * connection that fell through the rules above it, so connection {@code k} goes to destination
 * {@code k mod n}: IPVS {@code rr} with equal weights, observable the same way (which task answers
 * the k-th request). The destinations are taken in IPVS's list order, which is the reverse of the
 * order they were added in (ip_vs_add_dest puts a new one at the list head, and rr starts after the
 * head), so the first connection lands where IPVS (and the model) would send it.
 *
 * <p>The rules live in a nat chain of their own, {@value #CHAIN}, jumped to at the end of nat
 * OUTPUT and PREROUTING for TCP and UDP only: IPVS takes packets after the nat table's own DNAT on
 * those paths (LOCAL_OUT) and mangle has set the mark by then, and IPVS schedules only the
 * protocols it knows (a ping to a VIP is not balanced: ip_vs_in lets it pass). The jumps filter
 * the protocol, not the rules, so TCP and UDP connections share one turn, as they share one IPVS
 * service. A mark that mangle sets only in INPUT (the
 * per-network lb_ sandboxes of Docker 18.06+) comes too late for nat PREROUTING: there the rules
 * match the destinations the INPUT marking rules name ({@code -d VIP/32}) instead, and the report
 * says so (the packet is then forwarded rather than delivered, so those mangle INPUT rules will not
 * count it once traffic flows). A service whose mark is set nowhere usable is not substituted, and
 * the report says that too.
 *
 * <p>The model's {@code -m ipvs --ipvs} rules (SNAT of what IPVS forwarded) need the ipvs match,
 * which the kernel lacks too: they become {@code -m conntrack --ctstate DNAT} (what the substitute
 * forwarded, it DNATed), tagged with the comment {@value #TAG} so the comparison can show them as
 * the model prints them.
 */
public final class IpvsSubstitute {
    /** The substitute's nat chain. */
    public static final String CHAIN = "SWARMSIM-IPVS";
    /** The comment on every rule the substitute adds or rewrites. */
    public static final String TAG = "swarmsim-ipvs";
    public static final String IPVS_MATCH = "-m ipvs --ipvs";
    static final String IPVS_REPLACEMENT = "-m conntrack --ctstate DNAT -m comment --comment " + TAG;
    private static final Pattern MARK_RULE = Pattern.compile("-A (\\S+) (.*)-j MARK --set-xmark (0x[0-9a-f]+)/0xffffffff.*");
    private static final Pattern DESTINATION = Pattern.compile("(^| )-d (\\S+) ");

    /** The iptables-restore text to load, what was substituted, and what could not be. */
    public record Adapted(String text, List<String> substituted, List<String> notApplied, int rewrittenRules) {
    }

    private IpvsSubstitute() {
    }

    /**
     * The namespace's iptables text with the ipvs match rewritten and the substitute's chain
     * added; {@code ns}'s text unchanged when it has neither IPVS services nor ipvs matches.
     */
    public static Adapted adapt(DesiredState.Namespace ns) {
        String text = ns.iptables();
        int rewritten = 0;
        StringBuilder sb = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (line.startsWith("-A ") && line.contains(" " + IPVS_MATCH + " ")) {
                line = line.replace(IPVS_MATCH, IPVS_REPLACEMENT);
                rewritten++;
            }
            sb.append(line).append('\n');
        }
        text = sb.toString();
        if (ns.ipvs().isEmpty()) {
            return new Adapted(text, List.of(), List.of(), rewritten);
        }
        Map<String, List<String[]>> marks = markRules(text);
        List<String> rules = new ArrayList<>();
        List<String> done = new ArrayList<>();
        List<String> notApplied = new ArrayList<>();
        for (DesiredState.IpvsService s : ns.ipvs()) {
            String mark = "0x" + Integer.toHexString(s.fwmark());
            List<String[]> setBy = marks.getOrDefault(mark, List.of());
            List<String> chains = setBy.stream().map(r -> r[0]).distinct().toList();
            List<String> matches;
            String how = "";
            if (chains.contains("OUTPUT") || chains.contains("PREROUTING")) {
                matches = List.of("-m mark --mark " + mark);
            } else {
                matches = setBy.stream().filter(r -> r[1] != null).map(r -> "-d " + r[1]).toList();
                how = " (mark set in mangle " + chains + ": matched by destination " + setBy.stream().map(r -> r[1]).toList()
                        + " in nat PREROUTING instead)";
            }
            String unlike = unsubstitutable(s);
            if (unlike != null) {
                notApplied.add("FWM " + s.fwmark() + ": " + unlike);
                continue;
            }
            if (matches.isEmpty()) {
                notApplied.add("FWM " + s.fwmark() + ": its mark is set " + (chains.isEmpty() ? "nowhere" : "only in mangle " + chains)
                        + " and by no destination");
                continue;
            }
            List<String> order = new ArrayList<>(s.destinations().stream()
                    .map(d -> d.port() == 0 ? d.address().toString() : d.address() + ":" + d.port()).toList());
            java.util.Collections.reverse(order);
            int n = order.size();
            for (String match : matches) {
                for (int i = 0; i < n; i++) {
                    String nth = i == n - 1 ? "" : String.format(Locale.ROOT, " -m statistic --mode nth --every %d --packet 0", n - i);
                    rules.add("-A " + CHAIN + " " + match + nth + " -m comment --comment " + TAG
                            + " -j DNAT --to-destination " + order.get(i));
                }
            }
            done.add("FWM " + s.fwmark() + " rr -> " + order + how);
        }
        if (rules.isEmpty()) {
            return new Adapted(text, done, notApplied, rewritten);
        }
        return new Adapted(withNatChain(text, rules), done, notApplied, rewritten);
    }

    /**
     * Why the nth-rule substitute cannot reproduce a service, or null when it can: it gives equal
     * turns in a fixed order (rr with equal weights) and rewrites the destination (Masq).
     */
    static String unsubstitutable(DesiredState.IpvsService s) {
        if (!s.scheduler().equals("rr")) {
            return "scheduler " + s.scheduler() + " (the substitute gives equal turns: rr only)";
        }
        if (s.destinations().stream().map(DesiredState.IpvsDestination::weight).distinct().count() > 1
                || s.destinations().stream().anyMatch(d -> d.weight() <= 0)) {
            return "weights " + s.destinations().stream().map(DesiredState.IpvsDestination::weight).toList()
                    + " (the substitute gives equal turns: equal positive weights only)";
        }
        if (s.destinations().stream().anyMatch(d -> d.forward() != ForwardMethod.MASQ)) {
            return "forwarding other than Masq (the substitute DNATs)";
        }
        return null;
    }

    /** The mangle rules that set each mark: {chain, destination or null}. */
    static Map<String, List<String[]>> markRules(String text) {
        Map<String, List<String[]>> out = new HashMap<>();
        String table = "";
        for (String line : text.lines().toList()) {
            if (line.startsWith("*")) {
                table = line.substring(1);
            }
            Matcher m = MARK_RULE.matcher(line);
            if (table.equals("mangle") && m.matches()) {
                Matcher d = DESTINATION.matcher(m.group(2));
                out.computeIfAbsent(m.group(3), k -> new ArrayList<>()).add(new String[] {m.group(1), d.find() ? d.group(2) : null});
            }
        }
        return out;
    }

    /** Adds the chain, its jumps and rules to the nat table (a nat table of its own when the text has none). */
    static String withNatChain(String text, List<String> rules) {
        List<String> add = new ArrayList<>();
        for (String chain : List.of("OUTPUT", "PREROUTING")) {
            for (String proto : List.of("tcp", "udp")) {
                add.add("-A " + chain + " -p " + proto + " -j " + CHAIN);
            }
        }
        add.addAll(rules);
        StringBuilder sb = new StringBuilder();
        boolean inNat = false;
        boolean declared = false;
        boolean found = false;
        for (String line : text.lines().toList()) {
            if (line.equals("*nat")) {
                inNat = true;
                found = true;
            } else if (inNat && !line.startsWith(":")) {
                if (!declared) {
                    sb.append(':').append(CHAIN).append(" - [0:0]\n");
                    declared = true;
                }
                if (line.equals("COMMIT")) {
                    add.forEach(r -> sb.append(r).append('\n'));
                    inNat = false;
                }
            }
            sb.append(line).append('\n');
        }
        if (!found) {
            sb.append("*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n");
            sb.append(':').append(CHAIN).append(" - [0:0]\n");
            add.forEach(r -> sb.append(r).append('\n'));
            sb.append("COMMIT\n");
        }
        return sb.toString();
    }
}
