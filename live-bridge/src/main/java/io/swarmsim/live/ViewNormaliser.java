package io.swarmsim.live;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the {@link Normalisation}s to a pair of views (the model's, the kernel's) of one
 * namespace, and records which of them changed anything, so a report can say which documented
 * differences were actually met.
 */
final class ViewNormaliser {
    private static final Pattern HEADER = Pattern.compile("^(\\d+): ([^:@ ]+)(@[^: ]+)?: (.*)$");
    private static final Pattern NETNS = Pattern.compile(" link-netns(id)? \\S+");
    private static final Pattern IF_INDEX = Pattern.compile("@if\\d+");
    private static final Pattern QDISC = Pattern.compile(" qdisc \\S+");
    private static final Pattern IPVS_MATCH = Pattern.compile("ctstate DNAT /\\* " + Pattern.quote(IpvsSubstitute.TAG) + " \\*/");

    /** The two sides after normalisation. */
    record Pair(List<String> model, List<String> real) {
    }

    private final Set<Normalisation> used = EnumSet.noneOf(Normalisation.class);

    Set<Normalisation> used() {
        return used;
    }

    /**
     * {@code ip addr}: see {@link Normalisation#IFINDEX} to {@link Normalisation#UNDERLAY_NIC}; every
     * address is compared, the IPv6 ones (lo's ::1, the kernel's fe80::) included.
     */
    Pair addr(String model, String real, Set<String> underlayNics) {
        return new Pair(flatten(blocks(model, underlayNics)), flatten(blocks(real, underlayNics)));
    }

    /**
     * Interface blocks keyed (and so sorted) by name, headers and link lines normalised; anything
     * before the first header (nothing, from ip) is kept under the empty name, so it is compared too.
     */
    private Map<String, List<String>> blocks(String text, Set<String> underlayNics) {
        Map<String, List<String>> out = new TreeMap<>();
        List<String> cur = null;
        for (String line : text.lines().toList()) {
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                String name = h.group(2);
                String at = h.group(3) == null ? "" : IF_INDEX.matcher(h.group(3)).replaceAll("@if#");
                String rest = h.group(4);
                if (underlayNics.contains(name)) {
                    at = "";
                    rest = QDISC.matcher(rest).replaceAll(" qdisc #");
                    used.add(Normalisation.UNDERLAY_NIC);
                }
                if (NETNS.matcher(rest).find()) { // ip -4 addr: the peer's namespace ends the header
                    rest = NETNS.matcher(rest).replaceAll(underlayNics.contains(name) ? "" : " link-netns #");
                    used.add(Normalisation.LINK_NETNS);
                }
                used.add(Normalisation.IFINDEX);
                cur = new ArrayList<>();
                cur.add("#: " + name + at + ": " + rest);
                out.put(name, cur);
            } else if (cur != null) {
                String l = line;
                if (NETNS.matcher(l).find()) {
                    String name = cur.get(0).substring(3, cur.get(0).indexOf(':', 3)).replaceAll("@.*", "");
                    l = NETNS.matcher(l).replaceAll(underlayNics.contains(name) ? "" : " link-netns #");
                    used.add(Normalisation.LINK_NETNS);
                }
                cur.add(l);
            } else {
                out.computeIfAbsent("", k -> new ArrayList<>()).add(line);
            }
        }
        return out;
    }


    private static List<String> flatten(Map<String, List<String>> blocks) {
        List<String> out = new ArrayList<>();
        blocks.values().forEach(out::addAll);
        return out;
    }

    /** {@code iptables -nvL -t T}: the substitute's chain and jumps dropped, its rewritten match read back. */
    Pair iptables(String model, String real) {
        List<String> out = new ArrayList<>();
        boolean skipping = false;
        for (String line : real.lines().toList()) {
            if (line.startsWith("Chain " + IpvsSubstitute.CHAIN + " ")) {
                skipping = true;
                used.add(Normalisation.IPVS_CHAIN);
                if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            if (skipping) {
                if (line.isEmpty()) {
                    skipping = false;
                    out.add(line);
                }
                continue;
            }
            String[] cols = line.strip().split("\\s+");
            if (cols.length > 2 && cols[2].equals(IpvsSubstitute.CHAIN)) {
                used.add(Normalisation.IPVS_CHAIN);
                continue;
            }
            Matcher m = IPVS_MATCH.matcher(line);
            if (m.find()) {
                line = m.replaceAll("ipvs");
                used.add(Normalisation.IPVS_MATCH);
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        List<String> mo = new ArrayList<>(model.lines().toList());
        while (!mo.isEmpty() && mo.get(mo.size() - 1).isEmpty()) {
            mo.remove(mo.size() - 1);
        }
        return new Pair(mo, out);
    }

    /** {@code ip neigh}: IPv6 entries dropped from the kernel's side, both sides sorted. */
    Pair neigh(String model, String real) {
        List<String> out = new ArrayList<>();
        for (String line : real.lines().toList()) {
            if (line.split(" ")[0].contains(":")) {
                used.add(Normalisation.NEIGH_IPV6);
                continue;
            }
            out.add(line);
        }
        List<String> mo = new ArrayList<>(model.lines().toList());
        if (out.size() > 1 || mo.size() > 1) {
            used.add(Normalisation.NEIGH_ORDER);
        }
        java.util.Collections.sort(out);
        java.util.Collections.sort(mo);
        return new Pair(mo, out);
    }

    /** A view compared as it is. */
    static Pair plain(String model, String real) {
        return new Pair(model.lines().toList(), real.lines().toList());
    }

}
