package io.swarmsim.kernel.ipvs;

/**
 * {@code ipvsadm -Lnc}: ipvsadm.c {@code list_conn} / {@code print_conn} (cezarsa/ipvsadm at 33c20a87):
 * {@code "%-3s %-6s %-11s %-18s %-18s %s\n"} of protocol, expire as mm:ss ({@code %02d:%02d} of the
 * whole seconds left), state, source, virtual and destination address:port.
 */
public final class IpvsConnectionPrinter {
    public String list(IpvsTable table, long now) {
        StringBuilder sb = new StringBuilder("IPVS connection entries\n");
        sb.append("pro expire ").append(IpvsText.padRight("state", 11)).append(' ')
                .append(IpvsText.padRight("source", 18)).append(' ')
                .append(IpvsText.padRight("virtual", 18)).append(' ').append("destination\n");
        for (IpvsConnection c : table.connections(now)) {
            long left = c.secondsLeft(now);
            String expire = String.format(java.util.Locale.ROOT, "%02d:%02d", left / 60, left % 60);
            sb.append(IpvsText.padRight(c.protocol().keyword().toUpperCase(java.util.Locale.ROOT), 3)).append(' ')
                    .append(IpvsText.padRight(expire, 6)).append(' ')
                    .append(IpvsText.padRight(c.stateName(), 11)).append(' ')
                    .append(IpvsText.padRight(IpvsText.addrPort(c.clientAddress(), c.clientPort()), 18)).append(' ')
                    .append(IpvsText.padRight(IpvsText.addrPort(c.virtualAddress(), c.virtualPort()), 18)).append(' ')
                    .append(IpvsText.addrPort(c.destAddress(), c.destPort())).append('\n');
        }
        return sb.toString();
    }
}
