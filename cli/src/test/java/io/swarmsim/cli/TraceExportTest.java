package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sim trace} of one VIP request and {@code sim export pcap}, read back with tshark when it is installed. */
class TraceExportTest {

    @Test
    void traceOfTheFirstVipCurlShowsEveryStepInOrder() {
        // request 1 is dig, request 2 the first curl
        E2e.Result r = sim("trace", VOTE, "--experiment", "vip", "--request", "2");
        assertEquals(0, r.code(), r.all());
        String t = r.out();
        assertTrue(t.startsWith("Request 2 of experiment vip: client.1 # curl vote | grep -i \"container id\"\n"), t);
        int mark = indexAfter(t, 0, "OUTPUT rule 2 `-A OUTPUT -d 10.0.0.4/32 -j MARK --set-xmark 0x101/0xffffffff` (1 packets, 60 bytes)");
        int pick = indexAfter(t, mark, "ipvs OUTPUT                     rr: ");
        int encap = indexAfter(t, pick, "encapsulate: outer 192.168.99.101:");
        assertTrue(t.substring(encap).startsWith("encapsulate: outer 192.168.99.101:") && t.indexOf("> 192.168.99.102:4789 VXLAN vni 257, inner 10.0.0.3.", encap) > encap, t);
        int decap = indexAfter(t, encap, "decapsulate VXLAN vni 257 from 192.168.99.101");
        java.util.regex.Matcher hop = java.util.regex.Pattern.compile("(?m)^ +\\d+\\.\\d+ ms  (\\S+)").matcher(t.substring(0, decap));
        String lastHop = null;
        while (hop.find()) {
            lastHop = hop.group(1);
        }
        assertTrue(lastHop != null && lastHop.startsWith("node2:1-"), "decapsulated in node2's overlay namespace: " + lastHop);
        int deliver = indexAfter(t, decap, "deliver   tcp 0.0.0.0:80                  delivered 10.0.0.3.");
        int unmasq = indexAfter(t, deliver, "un-masqueraded to source 10.0.0.4:80");
        int back = indexAfter(t, unmasq, "deliver   tcp 10.0.0.3:");
        assertTrue(back > unmasq);
        assertNoStackTrace(r);
    }

    @Test
    void traceRequestOutOfRangeIsABadCommandLine() {
        for (String k : List.of("0", "6", "99")) {
            E2e.Result r = sim("trace", VOTE, "--experiment", "vip", "--request", k);
            assertEquals(2, r.code(), r.all());
            assertEquals("sim trace: experiment vip ran 5 request(s); choose --request 1..5\n", r.err());
            assertNoStackTrace(r);
        }
        E2e.Result nan = sim("trace", VOTE, "--experiment", "vip", "--request", "two");
        assertEquals(2, nan.code(), nan.all());
        assertTrue(nan.err().contains("--request takes a number"), nan.all());
    }

    @Test
    void exportWritesOnePcapPerCapturePoint(@TempDir Path dir) throws IOException {
        E2e.Result vip = sim("export", "pcap", VOTE, "--experiment", "vip", "--out", dir.resolve("vip").toString());
        assertEquals(0, vip.code(), vip.all());
        assertEquals(Set.of("client.1-eth0.pcap", "client.1-eth1.pcap", "node1-eth0.pcap", "node2-eth0.pcap",
                "vote.1-eth0.pcap", "vote.1-eth1.pcap", "vote.2-eth0.pcap", "vote.2-eth1.pcap"), names(dir.resolve("vip")));
        assertTrue(vip.out().matches("(?s).*\n\\d+ frames at 8 capture points\n"), vip.out());
        E2e.Result mesh = sim("export", "pcap", VOTE, "--experiment", "mesh", "--out", dir.resolve("mesh").toString());
        assertEquals(0, mesh.code(), mesh.all());
        Set<String> meshFiles = names(dir.resolve("mesh"));
        assertTrue(meshFiles.containsAll(Set.of("client.1-eth0.pcap", "node1-eth0.pcap", "node2-eth0.pcap",
                "vote.1-eth0.pcap", "vote.2-eth0.pcap")), meshFiles.toString());
        // the vote tasks have a third interface on the ingress network
        assertTrue(meshFiles.contains("vote.1-eth2.pcap") && meshFiles.contains("vote.2-eth2.pcap"), meshFiles.toString());
        for (Path f : List.of(dir.resolve("vip/node1-eth0.pcap"), dir.resolve("mesh/node1-eth0.pcap"))) {
            byte[] b = Files.readAllBytes(f);
            assertTrue(b.length > 24, f.toString());
            // pcap magic, little or big endian, microsecond or nanosecond
            int magic = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
            assertTrue(Set.of(0xd4c3b2a1, 0xa1b2c3d4, 0x4d3cb2a1, 0xa1b23c4d).contains(magic), Integer.toHexString(magic));
        }
    }

    @Test
    void tsharkDecodesVxlanWithInnerHttpAndGoodChecksums(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(tshark() != null, "tshark is not installed; skipping the pcap decoding checks (CI installs it)");
        E2e.Result vip = sim("export", "pcap", VOTE, "--experiment", "vip", "--out", dir.toString());
        assertEquals(0, vip.code(), vip.all());

        String node = tshark("-r", dir.resolve("node1-eth0.pcap").toString(), "-o", "ip.check_checksum:TRUE",
                "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-V");
        assertTrue(node.contains("Virtual eXtensible Local Area Network"), head(node));
        assertTrue(node.contains("VXLAN Network Identifier (VNI): 257"), head(node));
        assertTrue(node.contains("Hypertext Transfer Protocol"), head(node));
        assertTrue(node.contains("GET / HTTP/1.1\\r\\n"), head(node));
        assertNoBadChecksum(node);

        String client = tshark("-r", dir.resolve("client.1-eth0.pcap").toString(), "-o", "ip.check_checksum:TRUE",
                "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-V");
        assertTrue(client.contains("Hypertext Transfer Protocol"), head(client));
        assertFalse(client.contains("Virtual eXtensible Local Area Network"), "the task's eth0 sees the inner frames only");
        assertTrue(client.contains("Destination Address: 10.0.0.") , head(client));
        assertNoBadChecksum(client);

        for (String file : List.of("node1-eth0.pcap", "client.1-eth0.pcap")) {
            String follow = tshark("-r", dir.resolve(file).toString(), "-q", "-z", "follow,tcp,ascii,0");
            assertTrue(follow.contains("Processed by container ID "), file + ": " + head(follow));
            assertTrue(follow.contains("Host: vote"), file + ": " + head(follow));
        }
    }

    @Test
    void tsharkReadsTheMeshCaptureAsAPlainTcpStreamToPort8080(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(tshark() != null, "tshark is not installed; skipping the pcap decoding checks (CI installs it)");
        E2e.Result mesh = sim("export", "pcap", VOTE, "--experiment", "mesh", "--out", dir.toString());
        assertEquals(0, mesh.code(), mesh.all());
        String node = tshark("-r", dir.resolve("node1-eth0.pcap").toString(), "-o", "ip.check_checksum:TRUE",
                "-o", "tcp.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE", "-V");
        assertTrue(node.contains("Destination Port: 8080"), head(node));
        assertNoBadChecksum(node);
        String follow = tshark("-r", dir.resolve("node1-eth0.pcap").toString(), "-q", "-z", "follow,tcp,ascii,0");
        assertTrue(follow.contains("Processed by container ID "), head(follow));
    }

    static void assertNoBadChecksum(String decoded) {
        for (String line : decoded.split("\n")) {
            assertFalse(line.contains("incorrect") || line.contains("[Bad") || line.contains("Bad checksum"), line);
        }
        assertTrue(decoded.contains("[correct]") || decoded.contains("Checksum Status: Good"), "checksums were verified");
    }

    static String head(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "..." : s;
    }

    static int indexAfter(String text, int from, String needle) {
        int i = text.indexOf(needle, from);
        assertTrue(i >= 0, "expected after position " + from + ": " + needle + "\n" + text);
        return i;
    }

    static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    static String tshark() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, "tshark");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static String tshark(String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(tshark());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "tshark timed out");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + err);
        return new String(out, StandardCharsets.UTF_8);
    }
}
