package io.swarmsim.kernel.ipvs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.swarmsim.kernel.ipvs.Pkts.ACK;
import static io.swarmsim.kernel.ipvs.Pkts.SECOND;
import static io.swarmsim.kernel.ipvs.Pkts.SYN;
import static io.swarmsim.kernel.ipvs.Pkts.SYNACK;
import static io.swarmsim.kernel.ipvs.Pkts.ip;
import static io.swarmsim.kernel.ipvs.Pkts.tcp;
import static io.swarmsim.kernel.ipvs.Pkts.udp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpvsGoldenTest {
    static final Path DIR = Path.of("src", "test", "resources", "ipvs");

    static String golden(String name) throws IOException {
        return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
    }

    static void fwmark(IpvsTable t, int mark, String... dests) {
        ServiceKey k = ServiceKey.fwmark(mark);
        t.addService(k, "rr");
        for (String d : dests) {
            t.addDestination(k, ip(d), 0, 1, ForwardMethod.MASQ);
        }
    }

    @Test
    void seedVipTablePrintsAsTheSeed() throws IOException {
        IpvsTable t = new IpvsTable();
        // added in a different order than printed: the listing sorts by fwmark and address
        fwmark(t, 279, "10.0.0.6", "10.0.0.5");
        fwmark(t, 267, "10.0.0.3");
        fwmark(t, 278, "10.0.0.3");
        assertEquals(golden("seed-node1-vip.golden"), new IpvsListPrinter().list(t));
    }

    @Test
    void seedIngressTablePrintsAsTheSeed() throws IOException {
        IpvsTable t = new IpvsTable();
        fwmark(t, 257, "10.255.0.7", "10.255.0.6");
        assertEquals(golden("seed-node1-ingress.golden"), new IpvsListPrinter().list(t));
    }

    /** The scenario described in the README of the goldens. */
    static IpvsTable scenario() {
        IpvsTable t = new IpvsTable();
        fwmark(t, 279, "10.0.0.5", "10.0.0.6");
        ServiceKey web = ServiceKey.of(io.swarmsim.kernel.packet.Protocol.TCP, ip("10.0.0.4"), 80);
        t.addService(web, "wlc");
        t.addDestination(web, ip("10.0.0.7"), 8080, 2, ForwardMethod.MASQ);
        t.addDestination(web, ip("10.0.0.8"), 8080, 1, ForwardMethod.ROUTE);

        var syn = tcp("10.0.0.2", 40001, "10.0.0.4", 80, SYN, 279);
        assertEquals("10.0.0.6", t.process(syn, 0).packet().dst().toString());
        t.process(Pkts.replyFrom(syn, ip("10.0.0.6"), 80, SYNACK), 0);
        t.process(tcp("10.0.0.2", 40001, "10.0.0.4", 80, ACK, 279), 0);
        assertEquals("10.0.0.5", t.process(tcp("10.0.0.2", 40002, "10.0.0.4", 80, SYN, 279), SECOND).packet().dst().toString());
        assertEquals("10.0.0.6", t.process(udp("10.0.0.2", 53000, "10.0.0.4", 53, 30, 279), SECOND).packet().dst().toString());
        var d = t.process(tcp("10.0.0.9", 50000, "10.0.0.4", 80, SYN, 0), 2 * SECOND);
        assertEquals("10.0.0.4", d.packet().dst().toString(), "Route keeps the destination");
        assertEquals("10.0.0.8", d.connection().destAddress().toString());
        return t;
    }

    @Test
    void scenarioListing() throws IOException {
        IpvsTable t = scenario();
        t.expire(10 * SECOND);
        assertEquals(golden("scenario.Ln.golden"), new IpvsListPrinter().list(t));
    }

    @Test
    void scenarioStats() throws IOException {
        assertEquals(golden("scenario.Ln-stats.golden"), new IpvsListPrinter().stats(scenario()));
    }

    @Test
    void scenarioConnections() throws IOException {
        assertEquals(golden("scenario.Lnc.golden"), new IpvsConnectionPrinter().list(scenario(), 10 * SECOND));
    }

    @Test
    void largeNumbersUseUnits() {
        assertEquals(" 99999999", IpvsListPrinter.largeNumber(99_999_999L));
        assertEquals("  100000K", IpvsListPrinter.largeNumber(100_000_000L));
        assertEquals("   12345M", IpvsListPrinter.largeNumber(12_345_678_901L));
        assertEquals("    1000G", IpvsListPrinter.largeNumber(1_000_000_000_000L));
    }

    @Test
    void timeoutListing() {
        assertEquals("Timeout (tcp tcpfin udp): 900 120 300\n", new IpvsTable().timeouts().listing());
    }

    @Test
    void longServiceNamesAreCut() {
        String name = IpvsListPrinter.serviceName(ServiceKey.of(io.swarmsim.kernel.packet.Protocol.UDP,
                ip("192.168.100.200"), 65535));
        assertEquals("UDP  192.168.100.200:65535", name);
        assertTrue(name.length() <= 33);
    }
}
