package io.swarmsim.engine.exec;

import io.swarmsim.kernel.conntrack.ConnEntry;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.packet.Protocol;
import java.util.List;
import java.util.Locale;

/**
 * {@code conntrack -L}: the namespace's connection tracking table as conntrack-tools 1.4.7 prints it
 * (libnetfilter_conntrack's default format, recorded from it in a namespace): protocol name padded to
 * 8, its number, the seconds left, the TCP state, the original tuple, {@code [UNREPLIED]} until a
 * reply was seen, the reply tuple, {@code [ASSURED]}, {@code mark=0 use=1}; ICMP shows type, code and
 * id. The summary line goes to standard error. Entries are listed in the order they were created
 * (the kernel lists them in hash-bucket order).
 */
final class ConntrackCommand {
    private static final long SECOND = 1_000_000_000L;

    private ConntrackCommand() {
    }

    static ExecResult run(NetNamespace ns, List<String> args, long now) {
        if (!args.equals(List.of("-L")) && !args.equals(List.of("--dump"))) {
            return ExecResult.fail("conntrack: only 'conntrack -L' is simulated", 2);
        }
        List<ConnEntry> entries = ns.conntrack().entries(now);
        StringBuilder sb = new StringBuilder();
        for (ConnEntry e : entries) {
            Protocol p = e.original().protocol();
            sb.append(String.format(Locale.ROOT, "%-8s %d %d ", p.keyword(), p.number(), (e.expires() - now) / SECOND));
            if (e.tcpState() != null) {
                sb.append(e.tcpState().name()).append(' ');
            }
            tuple(sb, e.original(), true);
            if (!e.seenReply()) {
                sb.append("[UNREPLIED] ");
            }
            tuple(sb, e.reply(), false);
            if (e.assured()) {
                sb.append("[ASSURED] ");
            }
            sb.append("mark=0 use=1\n");
        }
        return new ExecResult(sb.toString(), String.format(Locale.ROOT,
                "conntrack v1.4.7 (conntrack-tools): %d flow entries have been shown.%n", entries.size()), 0);
    }

    private static void tuple(StringBuilder sb, Tuple t, boolean original) {
        sb.append("src=").append(t.src()).append(" dst=").append(t.dst()).append(' ');
        if (t.protocol() == Protocol.ICMP) {
            sb.append(original ? "type=8 code=0 id=" : "type=0 code=0 id=").append(t.sport()).append(' ');
        } else {
            sb.append("sport=").append(t.sport()).append(" dport=").append(t.dport()).append(' ');
        }
    }
}
