package io.swarmsim.live.diff;

import io.swarmsim.kernel.conntrack.ConnEntry;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One normal form for a conntrack entry from {@code conntrack -L} and from the model:
 * {@code "udp 10.9.0.1:40001>10.9.0.2:53 | 10.9.0.2:53>10.9.0.11:40001"}, the original tuple then the
 * reply tuple, which is where NAT shows. ICMP entries leave out the echo identifier: ping chooses
 * its own and the model cannot know it.
 */
final class ConntrackListing {
    static List<String> parse(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            String[] tok = line.strip().split("\\s+");
            if (tok.length < 3 || !(tok[0].equals("tcp") || tok[0].equals("udp") || tok[0].equals("icmp"))) {
                continue;
            }
            List<Map<String, String>> dirs = new ArrayList<>();
            for (String t : tok) {
                int eq = t.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String k = t.substring(0, eq);
                if (k.equals("src")) {
                    dirs.add(new HashMap<>());
                }
                if (!dirs.isEmpty() && !dirs.get(dirs.size() - 1).containsKey(k)) {
                    dirs.get(dirs.size() - 1).put(k, t.substring(eq + 1));
                }
            }
            if (dirs.size() >= 2) {
                out.add(tok[0] + " " + side(tok[0], dirs.get(0)) + " | " + side(tok[0], dirs.get(1)));
            }
        }
        return out;
    }

    private static String side(String proto, Map<String, String> kv) {
        if (proto.equals("icmp")) {
            return kv.get("src") + ">" + kv.get("dst");
        }
        return kv.get("src") + ":" + kv.get("sport") + ">" + kv.get("dst") + ":" + kv.get("dport");
    }

    static String of(ConnEntry e) {
        return e.original().protocol().keyword() + " " + of(e.original()) + " | " + of(e.reply());
    }

    private static String of(Tuple t) {
        if (t.protocol() == Protocol.ICMP) {
            return t.src() + ">" + t.dst();
        }
        return t.src() + ":" + t.sport() + ">" + t.dst() + ":" + t.dport();
    }

    private ConntrackListing() {
    }
}
