package io.swarmsim.kernel.ipvs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ipvsadm -Ln} and {@code ipvsadm -Ln --stats}, byte for byte as ipvsadm 1.31 prints them
 * (ipvsadm.c {@code list_all}, {@code print_title}, {@code print_service_entry}, {@code print_largenum};
 * read in cezarsa/ipvsadm at 33c20a87). Plain {@code ipvsadm} resolves names; the simulator has no
 * reverse DNS or services database, so it prints the numeric form, as the seed's plain listing shows
 * for fwmark services with port-0 destinations.
 */
public final class IpvsListPrinter {
    /** {@code IP_VS_VERSION_CODE} 1.2.1. */
    public static final String VERSION = "1.2.1";

    private final int connTabSize;

    public IpvsListPrinter() {
        this(IpvsTable.DEFAULT_CONN_TAB_SIZE);
    }

    public IpvsListPrinter(int connTabSize) {
        this.connTabSize = connTabSize;
    }

    /** {@code ipvsadm -Ln} (and plain {@code ipvsadm}). */
    public String list(IpvsTable table) {
        StringBuilder sb = new StringBuilder(header());
        sb.append("Prot LocalAddress:Port Scheduler Flags\n");
        sb.append("  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n");
        for (VirtualService svc : table.services()) {
            sb.append(serviceName(svc.key())).append(' ').append(svc.schedulerName()).append('\n');
            for (RealServer d : sortedDestinations(svc)) {
                sb.append("  -> ").append(IpvsText.padRight(destName(d), 28)).append(' ')
                        .append(IpvsText.padRight(d.forward().listName(), 7)).append(' ')
                        .append(IpvsText.padRight(Integer.toString(d.weight()), 6)).append(' ')
                        .append(IpvsText.padRight(Integer.toString(d.activeConns()), 10)).append(' ')
                        .append(IpvsText.padRight(Integer.toString(d.inactConns()), 10)).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code ipvsadm -Ln --stats}. */
    public String stats(IpvsTable table) {
        StringBuilder sb = new StringBuilder(header());
        sb.append(IpvsText.padRight("Prot LocalAddress:Port", 33));
        for (String h : new String[] {"Conns", "InPkts", "OutPkts", "InBytes", "OutBytes"}) {
            sb.append(' ').append(IpvsText.padLeft(h, 8));
        }
        sb.append("\n  -> RemoteAddress:Port\n");
        for (VirtualService svc : table.services()) {
            sb.append(IpvsText.padRight(serviceName(svc.key()), 33));
            numbers(sb, svc.stats());
            sb.append('\n');
            for (RealServer d : sortedDestinations(svc)) {
                sb.append("  -> ").append(IpvsText.padRight(destName(d), 28));
                numbers(sb, d.stats());
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private String header() {
        return "IP Virtual Server version " + VERSION + " (size=" + connTabSize + ")\n";
    }

    private static void numbers(StringBuilder sb, IpvsStats s) {
        sb.append(largeNumber(s.conns())).append(largeNumber(s.inPkts())).append(largeNumber(s.outPkts()))
                .append(largeNumber(s.inBytes())).append(largeNumber(s.outBytes()));
    }

    /** {@code print_largenum} without {@code --exact}: 9 columns, K/M/G/T above 100 million. */
    static String largeNumber(long i) {
        if (i < 100_000_000L) {
            return IpvsText.padLeft(Long.toUnsignedString(i), 9);
        } else if (i < 1_000_000_000L) {
            return IpvsText.padLeft(Long.toString(i / 1000), 8) + "K";
        } else if (i < 100_000_000_000L) {
            return IpvsText.padLeft(Long.toString(i / 1_000_000L), 8) + "M";
        } else if (i < 100_000_000_000_000L) {
            return IpvsText.padLeft(Long.toString(i / 1_000_000_000L), 8) + "G";
        }
        return IpvsText.padLeft(Long.toString(i / 1_000_000_000_000L), 8) + "T";
    }

    /** {@code FWM  279} (two spaces) or {@code TCP  10.0.0.4:80} ({@code %-4s %s}, cut at 33 for IPv4). */
    static String serviceName(ServiceKey k) {
        if (k.isFwmark()) {
            return "FWM  " + Integer.toUnsignedString(k.fwmark());
        }
        String name = IpvsText.padRight(k.protocol().keyword().toUpperCase(java.util.Locale.ROOT), 4) + " " + IpvsText.addrPort(k.address(), k.port());
        return k.address().isV4() && name.length() > 33 ? name.substring(0, 33) : name;
    }

    /** The destination column, cut at 28 characters for IPv4 as ipvsadm does. */
    static String destName(RealServer d) {
        String name = IpvsText.addrPort(d.address(), d.port());
        return d.address().isV4() && name.length() > 28 ? name.substring(0, 28) : name;
    }

    /** libipvs {@code ipvs_cmp_dests}: by address, then port. */
    static List<RealServer> sortedDestinations(VirtualService svc) {
        List<RealServer> list = new ArrayList<>(svc.destinations());
        list.sort(Comparator.comparing(RealServer::address).thenComparingInt(RealServer::port));
        return list;
    }
}
