package io.swarmsim.gui.inspect;

import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.ipvs.ForwardMethod;
import io.swarmsim.kernel.ipvs.IpvsListPrinter;
import io.swarmsim.kernel.ipvs.IpvsTable;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conntrack and IPVS tables of a snapshot as the real tools print them ({@code conntrack -L},
 * {@code ipvsadm -Ln}, {@code ipvsadm -Lnc}), so what a learner reads in the window is what they
 * will read on a real machine. The IPVS texts are byte for byte {@code sim exec}'s (a test holds
 * them together); the snapshot has no mark or use count, so conntrack lines end at {@code [ASSURED]}.
 */
final class TablesText {
    private TablesText() {
    }

    /** {@code ipvsadm -Ln}. */
    static String ipvsList(NamespaceSnapshot s) {
        StringBuilder sb = new StringBuilder("IP Virtual Server version " + IpvsListPrinter.VERSION + " (size="
                + IpvsTable.DEFAULT_CONN_TAB_SIZE + ")\n");
        sb.append("Prot LocalAddress:Port Scheduler Flags\n");
        sb.append("  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n");
        List<NamespaceSnapshot.IpvsService> services = new ArrayList<>(s.ipvs());
        services.sort((a, b) -> ServiceKey.LISTING_ORDER.compare(a.key(), b.key()));
        for (NamespaceSnapshot.IpvsService svc : services) {
            sb.append(serviceName(svc.key())).append(' ').append(svc.scheduler()).append('\n');
            List<NamespaceSnapshot.IpvsDestination> ds = new ArrayList<>(svc.destinations());
            ds.sort(Comparator.comparing(NamespaceSnapshot.IpvsDestination::address).thenComparingInt(NamespaceSnapshot.IpvsDestination::port));
            for (NamespaceSnapshot.IpvsDestination d : ds) {
                sb.append("  -> ").append(pad(cut(addrPort(d.address(), d.port()), d.address(), 28), 28)).append(' ')
                        .append(pad(forward(d.forward()), 7)).append(' ')
                        .append(pad(Integer.toString(d.weight()), 6)).append(' ')
                        .append(pad(Integer.toString(d.activeConns()), 10)).append(' ')
                        .append(pad(Integer.toString(d.inactConns()), 10)).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code ipvsadm -Lnc}: expiry as mm:ss of the whole seconds left at the snapshot's time. */
    static String ipvsConnections(NamespaceSnapshot s) {
        StringBuilder sb = new StringBuilder("IPVS connection entries\n");
        sb.append("pro expire ").append(pad("state", 11)).append(' ').append(pad("source", 18)).append(' ')
                .append(pad("virtual", 18)).append(' ').append("destination\n");
        for (NamespaceSnapshot.IpvsConn c : s.ipvsConnections()) {
            long left = Math.max(0, (c.expires() - s.time()) / 1_000_000_000L);
            sb.append(pad(c.protocol().toUpperCase(Locale.ROOT), 3)).append(' ')
                    .append(pad(String.format(Locale.ROOT, "%02d:%02d", left / 60, left % 60), 6)).append(' ')
                    .append(pad(c.state(), 11)).append(' ')
                    .append(pad(addrPort(c.client(), c.clientPort()), 18)).append(' ')
                    .append(pad(addrPort(c.virtual(), c.virtualPort()), 18)).append(' ')
                    .append(addrPort(c.destination(), c.destinationPort())).append('\n');
        }
        return sb.toString();
    }

    /** One {@code conntrack -L} line: protocol, its number, seconds left, TCP state, both tuples, [ASSURED]. */
    static String conntrack(NamespaceSnapshot.ConntrackEntry e, long now) {
        Tuple o = e.original();
        long left = Math.max(0, (e.expires() - now) / 1_000_000_000L);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %d %d ", o.protocol().keyword(), o.protocol().number(), left));
        if (e.tcpState() != null) {
            sb.append(e.tcpState()).append(' ');
        }
        sb.append(tuple(o, true)).append(' ').append(tuple(e.reply(), false));
        if (e.assured()) {
            sb.append(" [ASSURED]");
        }
        return sb.toString();
    }

    /**
     * What the reply tuple says happened to the connection, in words: who answers in place of the
     * address the packet was sent to (destination NAT, or IPVS, which rewrites the expected reply
     * without a NAT binding), and what source the other side sees (source NAT). Empty when nothing
     * was rewritten (a SNAT to the address the packet already had changes nothing).
     */
    static Optional<String> natNote(NamespaceSnapshot.ConntrackEntry e) {
        Tuple o = e.original();
        Tuple r = e.reply();
        List<String> parts = new ArrayList<>();
        if (!o.dst().equals(r.src()) || o.dport() != r.sport()) {
            parts.add("answered by " + Formats.endpoint(r.src(), r.sport()) + " in place of " + Formats.endpoint(o.dst(), o.dport())
                    + (e.dstNat() ? " (destination NAT)" : " (IPVS chose it)"));
        }
        if (!o.src().equals(r.dst()) || o.sport() != r.dport()) {
            parts.add("seen by the other side as " + Formats.endpoint(r.dst(), r.dport()) + " (source NAT)");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private static String tuple(Tuple t, boolean original) {
        String a = "src=" + t.src() + " dst=" + t.dst();
        if (t.protocol() == Protocol.ICMP) {
            return a + " type=" + (original ? 8 : 0) + " code=0 id=" + t.sport();
        }
        return a + " sport=" + t.sport() + " dport=" + t.dport();
    }

    private static String serviceName(ServiceKey k) {
        if (k.isFwmark()) {
            return "FWM  " + Integer.toUnsignedString(k.fwmark());
        }
        return cut(pad(k.protocol().keyword().toUpperCase(Locale.ROOT), 4) + " " + addrPort(k.address(), k.port()), k.address(), 33);
    }

    private static String forward(String name) {
        try {
            return ForwardMethod.valueOf(name).listName();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String addrPort(IpAddress a, int port) {
        return a.isV4() ? a + ":" + port : "[" + a + "]:" + port;
    }

    private static String cut(String s, IpAddress a, int width) {
        return a.isV4() && s.length() > width ? s.substring(0, width) : s;
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
