package io.swarmsim.engine.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written files as the real tools read them. Skipped when tshark or tcpdump is missing
 * (Debian: {@code apt-get install tshark tcpdump}).
 */
class ExternalReadersTest {
    private static final long EPOCH = 1469613600L;
    private static final String[] CHECK_CHECKSUMS = {
        "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE"};

    @TempDir
    Path tmp;

    private Path samplePcap() throws IOException {
        Path f = tmp.resolve("sample.pcap");
        new PcapWriter(EPOCH).write(SampleFrames.all(), f);
        return f;
    }

    private void requireTool(String tool) {
        assumeTrue(ExternalTool.installed(tool, tmp),
                tool + " is not installed; skipping (Debian: apt-get install -y tshark tcpdump)");
    }

    private ExternalTool.Result tshark(Path file, String... args) throws IOException {
        String[] cmd = concat(new String[] {"tshark", "-n", "-r", file.toString()}, CHECK_CHECKSUMS, args);
        ExternalTool.Result r = ExternalTool.run(tmp, cmd);
        assertEquals(0, r.exit(), "tshark failed: " + r.err());
        return r;
    }

    @Test
    void tsharkDecodesVxlanDnsArpIcmpWithGoodChecksums() throws IOException {
        requireTool("tshark");
        String v = tshark(samplePcap(), "-V").out();

        assertTrue(v.contains("[Protocols in frame: eth:ethertype:ip:udp:vxlan:eth:ethertype:ip:tcp]"), v);
        assertTrue(v.contains("Virtual eXtensible Local Area Network"), v);
        assertTrue(v.contains("VXLAN Network Identifier (VNI): 256"), v);
        assertTrue(v.contains("Source Address: 192.168.99.101") && v.contains("Destination Address: 192.168.99.102"), v);
        assertTrue(v.contains("Destination Port: 4789"), v);
        assertTrue(v.contains("Source Address: 10.0.0.2") && v.contains("Destination Address: 10.0.0.3"), v);
        assertTrue(v.contains("Destination Port: 80") && v.contains(".... .... ..1. = Syn: Set"), v);
        assertTrue(v.contains("Name: vote"), v);
        assertTrue(v.contains("Address: 10.0.0.5"), "DNS answer: " + v);
        assertTrue(v.contains("Address Resolution Protocol (request)") && v.contains("Address Resolution Protocol (reply)"), v);
        assertTrue(v.contains("Target IP address: 10.0.0.3"), v);
        assertTrue(v.contains("Type: 8 (Echo (ping) request)") && v.contains("Type: 0 (Echo (ping) reply)"), v);
        // outer IP+UDP and inner IP+TCP of the VXLAN frame, IP+UDP of both DNS frames, IP+ICMP of both echoes
        assertEquals(12, count(v, "[correct]"), v);
        assertEquals(12, count(v, "status: Good]"), "checksum status lines (any case): " + v);
        for (String bad : List.of("incorrect", "[Bad", "status: Bad", "Malformed", "Expert Info (Error")) {
            assertEquals(0, count(v, bad), bad + " in\n" + v);
        }
    }

    @Test
    void tsharkFieldsAndTimestampsMatchTheSimulation() throws IOException {
        requireTool("tshark");
        String out = tshark(samplePcap(), "-T", "fields", "-E", "separator=|", "-E", "occurrence=a",
                "-e", "frame.time_epoch", "-e", "vxlan.vni", "-e", "ip.src", "-e", "ip.dst", "-e", "tcp.flags.syn",
                "-e", "dns.qry.name", "-e", "dns.a", "-e", "arp.opcode", "-e", "icmp.type",
                "-e", "ip.checksum.status", "-e", "udp.checksum.status", "-e", "tcp.checksum.status",
                "-e", "icmp.checksum.status").out();
        List<String[]> rows = out.lines().map(l -> l.split("\\|", -1)).toList();
        List<PcapRecord> sent = SampleFrames.all();
        assertEquals(sent.size(), rows.size(), out);
        for (int i = 0; i < rows.size(); i++) {
            long t = sent.get(i).timeNanos();
            String expected = String.format("%d.%09d", EPOCH + t / 1_000_000_000L, t % 1_000_000_000L);
            assertEquals(expected, rows.get(i)[0], "timestamp of frame " + (i + 1));
            for (int col = 9; col <= 12; col++) {
                assertTrue(rows.get(i)[col].matches("(1(,1)*)?"), "checksum status (1 = good) in " + out);
            }
        }
        assertRow(rows.get(0), "256", "192.168.99.101,10.0.0.2", "192.168.99.102,10.0.0.3", "1", "", "", "", "");
        assertRow(rows.get(1), "", "127.0.0.1", "127.0.0.11", "", "vote", "", "", "");
        assertRow(rows.get(2), "", "127.0.0.11", "127.0.0.1", "", "vote", "10.0.0.5", "", "");
        assertRow(rows.get(3), "", "", "", "", "", "", "1", "");
        assertRow(rows.get(4), "", "", "", "", "", "", "2", "");
        assertRow(rows.get(5), "", "10.0.0.2", "10.0.0.3", "", "", "", "", "8");
        assertRow(rows.get(6), "", "10.0.0.3", "10.0.0.2", "", "", "", "", "0");
    }

    @Test
    void tcpdumpListsTheExpectedLines() throws IOException {
        requireTool("tcpdump");
        ExternalTool.Result r = ExternalTool.run(tmp, "tcpdump", "-nn", "-tt", "--time-stamp-precision=nano",
                "-r", samplePcap().toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("link-type EN10MB (Ethernet), snapshot length 262144"), r.err());
        List<String> expected = List.of(
                "1469613600.000000000 IP 192.168.99.101.53211 > 192.168.99.102.4789: VXLAN, flags [I] (0x08), vni 256",
                "IP 10.0.0.2.40001 > 10.0.0.3.80: Flags [S], seq " + 0
                        + ", win 64240, options [mss 1410,sackOK,TS val 0 ecr 0,nop,wscale 7], length 0",
                "1469613600.000001500 IP 127.0.0.1.40000 > 127.0.0.11.53: 4660+ A? vote. (22)",
                "1469613600.250000000 IP 127.0.0.11.53 > 127.0.0.1.40000: 4660 1/0/0 A 10.0.0.5 (42)",
                "1469613601.000000001 ARP, Request who-has 10.0.0.3 tell 10.0.0.2, length 28",
                "1469613601.000050000 ARP, Reply 10.0.0.3 is-at 02:42:0a:00:00:03, length 28",
                "1469617200.000000123 IP 10.0.0.2 > 10.0.0.3: ICMP echo request, id 42, seq 1, length 40",
                "1469617200.000400999 IP 10.0.0.3 > 10.0.0.2: ICMP echo reply, id 42, seq 1, length 40");
        assertEquals(expected, r.out().lines().toList());
    }

    @Test
    void tcpdumpVerboseFindsNoBadChecksum() throws IOException {
        requireTool("tcpdump");
        ExternalTool.Result r = ExternalTool.run(tmp, "tcpdump", "-nn", "-vv", "-r", samplePcap().toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("incorrect") || r.out().contains("bad cksum") || r.out().contains("[bad"), r.out());
        assertTrue(r.out().contains("[udp sum ok]") && r.out().contains("cksum 0x"), r.out());
    }

    /** Negative control: the same checks do flag a corrupted checksum, so the tests above can fail. */
    @Test
    void aCorruptedChecksumIsReportedByBothTools() throws IOException {
        requireTool("tshark");
        requireTool("tcpdump");
        byte[] bytes = new PcapWriter(EPOCH).toBytes(List.of(new PcapRecord(0, SampleFrames.dnsQueryFrame())));
        int udpChecksum = PcapWriter.FILE_HEADER_LENGTH + PcapWriter.RECORD_HEADER_LENGTH + 14 + 20 + 6;
        bytes[udpChecksum] ^= 0x01;
        Path bad = Files.write(tmp.resolve("bad.pcap"), bytes);
        String v = tshark(bad, "-V").out();
        assertTrue(v.contains("incorrect") && v.contains("[Checksum Status: Bad]"), v);
        ExternalTool.Result td = ExternalTool.run(tmp, "tcpdump", "-nn", "-vv", "-r", bad.toString());
        assertTrue(td.out().contains("[bad udp cksum"), td.out());
    }

    @Test
    void everyFileOfARecorderDirectoryIsReadable() throws IOException {
        requireTool("tshark");
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        rec.record("node1-eth0", 0, SampleFrames.vxlanSyn());
        rec.record("client.1/eth0", 5, SampleFrames.echoRequest());
        rec.record("client.1/eth0", 9, SampleFrames.echoReply());
        rec.declare("vote.1-eth0");
        List<Path> files = rec.writeAll(tmp.resolve("captures"));
        List<Integer> counts = new java.util.ArrayList<>();
        for (Path f : files) {
            counts.add((int) tshark(f, "-T", "fields", "-e", "frame.number").out().lines().count());
        }
        assertEquals(List.of("client.1_eth0.pcap", "node1-eth0.pcap", "vote.1-eth0.pcap"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of(2, 1, 0), counts);
    }

    @Test
    void aMissingToolIsReportedAsNotInstalledSoTheTestsSkip() {
        assertFalse(ExternalTool.installed("swarmsim-no-such-capture-tool", tmp));
    }

    private static void assertRow(String[] row, String... cols) {
        assertEquals(Arrays.asList(cols), Arrays.asList(row).subList(1, 1 + cols.length), String.join("|", row));
    }

    /** Occurrences of {@code needle}, ignoring case. */
    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String[] concat(String[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
