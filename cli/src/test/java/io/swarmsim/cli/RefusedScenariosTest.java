package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scenarios the engine cannot run (bad host names, exhausted address pools and port ranges, subnets on
 * Docker's own) are refused by every scenario command alike: exit 2, located lines, no internal error.
 */
class RefusedScenariosTest {
    @TempDir
    Path dir;

    private Path scenario(String run, int replicas, String subnet, String ports) throws Exception {
        String text = String.join("\n",
            "version: \"3.8\"",
            "services:",
            "  client:",
            "    image: smakam/myubuntu:v4",
            "    networks: [overlay1]",
            "    deploy: {replicas: " + replicas + "}",
            "  vote:",
            "    image: instavote/vote",
            "    networks: [overlay1]",
            ports.isEmpty() ? "    deploy: {replicas: 2}" : "    ports: [\"" + ports + "\"]",
            "networks:",
            "  overlay1:",
            "    driver: overlay",
            subnet.isEmpty() ? "" : "    ipam: {config: [{subnet: " + subnet + "}]}",
            "x-sim:",
            "  experiments:",
            "    - name: e",
            "      commands:",
            "        - from: client.1",
            "          run: " + run,
            "");
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, text);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty label          | dig a..b        | 1    |                | | 19:11 | host 'a..b' is not a valid name (empty label",
        "64-octet label       | curl " + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 1 | | | 19:11 | label longer than 63 octets",
        "non-ASCII name       | ping -c1 vöte   | 1    |                | | 19:11 | non-ASCII label",
        "long name            | dig " + "a.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 1 | | | 19:11 | name longer than 255 octets",
        "253 tasks, /24 auto  | dig vote        | 253  |                | | 3:3   | services.client in experiment 'e' cannot be allocated: subnet 10.0.0.0/24 has no free address left",
        "ingress overlap      | dig vote        | 1    | 10.255.3.0/24  | | 14:30 | overlaps 10.255.0.0/16, which Docker gives to ingress",
        "gwbridge overlap     | dig vote        | 1    | 172.18.0.0/24  | | 14:30 | overlaps 172.18.0.0/16, which Docker gives to docker_gwbridge",
        "dynamic ports        | dig vote        | 1    |                | 80-3000 | 7:3 | no free port left in the dynamic range 30000-32767",
    })
    void everyScenarioCommandRefusesWithExit2(String what, String run, int replicas, String subnet, String ports, String at,
                                              String message) throws Exception {
        String net = subnet == null ? "" : subnet;
        Path p = scenario(run, replicas, net, ports == null ? "" : ports);
        List<List<String>> commands = List.of(
            List.of("run", p.toString()),
            List.of("exec", p.toString(), "node1", "--", "ip", "addr"),
            List.of("trace", p.toString(), "--experiment", "e"),
            List.of("export", "pcap", p.toString(), "--experiment", "e", "--out", dir.resolve("pcap").toString()));
        for (List<String> args : commands) {
            E2e.Result r = sim(args.toArray(String[]::new));
            assertNoStackTrace(r);
            assertEquals(2, r.code(), what + ": " + args + "\n" + r.all());
            assertEquals("", r.out(), r.all());
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(p + ":" + at + ": "), what + ": " + args + "\n" + r.all());
            assertTrue(first.contains(message), what + ": " + r.all());
            assertTrue(first.contains("expected"), first);
            assertTrue(r.err().lines().allMatch(l -> l.startsWith(p + ":")), "every line located: " + r.all());
            assertTrue(!r.err().toLowerCase(Locale.ROOT).contains("internal error"), r.all());
        }
    }
}
