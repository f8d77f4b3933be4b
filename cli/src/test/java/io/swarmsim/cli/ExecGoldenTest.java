package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.exec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of {@code sim exec} views, per experiment of the seed scenario, stored under
 * {@code src/test/resources/exec/<experiment>/<where>__<command with spaces as _>.golden}.
 * {@code -Dgolden.update=true} rewrites them (and prints which changed); otherwise the output must
 * match byte for byte. The seed's facts are also asserted one by one below, so a regenerated golden
 * cannot silently lose them.
 */
class ExecGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/exec");

    // Sandbox names carry a prefix of the network ID (seed: /var/run/docker/netns/1-bhijn66xu7);
    // the IDs are seeded, so the names are stable for seed 1. The lookup test below checks that.
    static final String OVERLAY1_NS = "node1:1-4desrphovc";
    static final String NODE2_OVERLAY1_NS = "node2:1-4desrphovc";
    static final String INGRESS_NS = "node1:1-jah11pfix3";

    static Stream<Arguments> views() {
        return Stream.of(
                // DNS round robin: the embedded DNS rules and their counters, the task's addresses,
                // and the Docker CLI views the seed shows.
                Arguments.of("dnsrr", "client.1", "iptables -nvL -t nat"),
                Arguments.of("dnsrr", "client.1", "iptables -nvL -x -t nat"),
                Arguments.of("dnsrr", "client.1", "iptables -S -t nat"),
                Arguments.of("dnsrr", "client.1", "iptables-save -c"),
                Arguments.of("dnsrr", "client.1", "ip addr"),
                Arguments.of("dnsrr", "client.1", "ip -4 addr"),
                Arguments.of("dnsrr", "client.1", "ip addr show dev eth0"),
                Arguments.of("dnsrr", "client.1", "getent ahosts vote"),
                Arguments.of("dnsrr", "client.1", "ip link"),
                Arguments.of("dnsrr", "client.1", "ip route"),
                Arguments.of("dnsrr", "client.1", "cat /etc/resolv.conf"),
                Arguments.of("dnsrr", "client.1", "ipvsadm"),
                Arguments.of("dnsrr", "node1", "docker node ls"),
                Arguments.of("dnsrr", "node1", "docker service ls"),
                Arguments.of("dnsrr", "node1", "docker service tasks vote"),
                Arguments.of("dnsrr", "node1", "docker service tasks client"),
                Arguments.of("dnsrr", "node1", "docker ps"),
                Arguments.of("dnsrr", "node2", "docker ps"),
                // VIP: the mangle marks and IPVS in the client container.
                Arguments.of("vip", "client.1", "iptables -nvL -t mangle"),
                Arguments.of("vip", "client.1", "iptables -S -t mangle"),
                Arguments.of("vip", "client.1", "ipvsadm"),
                Arguments.of("vip", "client.1", "ipvsadm -Ln"),
                Arguments.of("vip", "client.1", "ipvsadm -Ln --stats"),
                Arguments.of("vip", "client.1", "ipvsadm -Lnc"),
                Arguments.of("vip", "client.1", "conntrack -L"),
                Arguments.of("vip", "client.1", "iptables -nvL -t nat"),
                Arguments.of("vip", "client.1", "iptables-save -c"),
                // the listing variants people type (their format checked against iptables-legacy in IptablesViewsLiveTest)
                Arguments.of("vip", "client.1", "iptables -nvL --line-numbers -t nat"),
                Arguments.of("vip", "client.1", "iptables -nvL OUTPUT -t mangle"),
                Arguments.of("vip", "client.1", "iptables -nvxL DOCKER_OUTPUT -t nat --line-numbers"),
                Arguments.of("vip", "client.1", "iptables-save -c -t mangle"),
                Arguments.of("vip", "node1", "docker service inspect --format {{.Endpoint.VirtualIPs}} vote"),
                Arguments.of("vip", "node1", "docker service inspect --format {{.Endpoint.VirtualIPs}} client"),
                Arguments.of("vip", OVERLAY1_NS, "ip neigh"),
                Arguments.of("vip", OVERLAY1_NS, "bridge fdb show"),
                // Routing mesh: DOCKER-INGRESS on the hosts, the ingress sandbox, the task's REDIRECT.
                Arguments.of("mesh", "node1", "iptables -nvL -t nat"),
                Arguments.of("mesh", "node2", "iptables -nvL -t nat"),
                Arguments.of("mesh", "node1", "iptables-save -c"),
                Arguments.of("mesh", "node1:ingress_sbox", "iptables -nvL -t mangle"),
                Arguments.of("mesh", "node1:ingress_sbox", "ipvsadm"),
                Arguments.of("mesh", "node1:ingress_sbox", "iptables -nvL -t nat"),
                Arguments.of("mesh", "node2:ingress_sbox", "iptables -nvL -t mangle"),
                Arguments.of("mesh", "node2:ingress_sbox", "ipvsadm"),
                Arguments.of("mesh", "node2:ingress_sbox", "ipvsadm -Ln --stats"),
                Arguments.of("mesh", "node2:ingress_sbox", "iptables -nvL -t nat"),
                Arguments.of("mesh", "node2:ingress_sbox", "ip addr"),
                Arguments.of("mesh", "node2:ingress_sbox", "conntrack -L"),
                Arguments.of("mesh", "vote.1", "iptables -nvL -t nat"),
                Arguments.of("mesh", OVERLAY1_NS, "ip neigh"),
                Arguments.of("mesh", OVERLAY1_NS, "bridge fdb show"),
                Arguments.of("mesh", INGRESS_NS, "ip neigh"),
                Arguments.of("mesh", INGRESS_NS, "bridge fdb show"),
                Arguments.of("mesh", "node1", "ip addr"),
                Arguments.of("mesh", "node1", "ip route"),
                Arguments.of("mesh", "node1", "docker service tasks vote"),
                Arguments.of("mesh", "node2", "docker ps"));
    }

    static Path goldenFile(String experiment, String where, String command) {
        String name = where.replace(':', '_') + "__" + command.replace(' ', '_').replace('/', '_') + ".golden";
        return GOLDEN.resolve(experiment).resolve(name);
    }

    @ParameterizedTest(name = "{0}: {1} # {2}")
    @MethodSource("views")
    void viewMatchesItsGolden(String experiment, String where, String command) throws IOException {
        String actual = exec(VOTE, experiment, where, command.split(" "));
        Path file = goldenFile(experiment, where, command);
        if (Boolean.getBoolean("golden.update")) {
            String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (!actual.equals(old)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("golden " + (old == null ? "created" : "changed") + ": " + file);
            }
            return;
        }
        assertTrue(Files.exists(file), "missing golden " + file + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "sim exec " + VOTE + " --experiment " + experiment + " " + where + " -- " + command);
    }

    // ---- the seed's facts, one readable assertion each ----

    @Test
    void sandboxNamesUsedAboveExistAndCarryTheNetworkIdPrefix() {
        String vips = exec(VOTE, "vip", "node1", "docker", "service", "inspect", "--format", "{{.Endpoint.VirtualIPs}}", "vote");
        Matcher m = Pattern.compile("^\\[\\{([0-9a-z]{25}) 10\\.0\\.0\\.4/24\\}\\]\n$").matcher(vips);
        assertTrue(m.matches(), vips);
        assertEquals(OVERLAY1_NS, "node1:1-" + m.group(1).substring(0, 10), "overlay namespace is 1-<first 10 chars of the network ID>");
        exec(VOTE, "vip", NODE2_OVERLAY1_NS, "ip", "neigh");
        exec(VOTE, "mesh", INGRESS_NS, "ip", "neigh");
    }

    @Test
    void vipClientManglesTheVipWithAMarkAndCountsTheCurlPackets() {
        String mangle = exec(VOTE, "vip", "client.1", "iptables", "-nvL", "-t", "mangle");
        // seed: "14   880 MARK  all  --  *  *  0.0.0.0/0  10.0.0.4  MARK set 0x117"
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +(\\d+) MARK .* 0\\.0\\.0\\.0/0 +10\\.0\\.0\\.4 +MARK set 0x([0-9a-f]+)$").matcher(mangle);
        assertTrue(m.find(), mangle);
        assertTrue(Integer.parseInt(m.group(1)) >= 4 * 3, "4 curls through the VIP must be counted: " + mangle);
        int mark = Integer.parseInt(m.group(3), 16);
        assertTrue(mangle.contains("Chain OUTPUT (policy ACCEPT "), mangle);
        assertTrue(Pattern.compile("(?m)^ +0 +0 MARK .* 10\\.0\\.0\\.2 +MARK set 0x[0-9a-f]+$").matcher(mangle).find(),
                "client's own VIP is marked too, never used: " + mangle);

        // seed: "FWM  279 rr" then "  -> 10.0.0.5:0  Masq  1  0  0" and 10.0.0.6
        String ipvs = exec(VOTE, "vip", "client.1", "ipvsadm");
        assertTrue(ipvs.startsWith("IP Virtual Server version 1.2.1 (size=4096)\nProt LocalAddress:Port Scheduler Flags\n"
                + "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n"), ipvs);
        String service = "FWM  " + mark + " rr\n";
        int at = ipvs.indexOf(service);
        assertTrue(at >= 0, "the VIP's mark " + mark + " is an IPVS service: " + ipvs);
        String dests = ipvs.substring(at + service.length());
        assertTrue(dests.startsWith("  -> 10.0.0.5:0                   Masq    1      ")
                && dests.contains("\n  -> 10.0.0.6:0                   Masq    1      "), ipvs);

        String stats = exec(VOTE, "vip", "client.1", "ipvsadm", "-Ln", "--stats");
        Matcher s = Pattern.compile("(?m)^FWM  " + mark + " +(\\d+) +(\\d+) +(\\d+)").matcher(stats);
        assertTrue(s.find(), stats);
        assertEquals(4, Integer.parseInt(s.group(1)), "4 connections through the VIP: " + stats);

        String conns = exec(VOTE, "vip", "client.1", "ipvsadm", "-Lnc");
        assertTrue(conns.startsWith("IPVS connection entries\npro expire state       source             virtual            destination\n"), conns);
        assertEquals(2, countMatches(conns, "10.0.0.4:80        10.0.0.5:80"), conns);
        assertEquals(2, countMatches(conns, "10.0.0.4:80        10.0.0.6:80"), conns);
    }

    @Test
    void vipServiceInspectShowsTheSeedsFormat() {
        // seed: [{bhijn66xu7jagzzhfjdsg68ba 10.0.0.4/24}] for vote, 10.0.0.2/24 for client, same network ID
        String vote = exec(VOTE, "vip", "node1", "docker", "service", "inspect", "--format", "{{.Endpoint.VirtualIPs}}", "vote");
        String client = exec(VOTE, "vip", "node1", "docker", "service", "inspect", "--format", "{{.Endpoint.VirtualIPs}}", "client");
        assertTrue(vote.matches("\\[\\{[0-9a-z]{25} 10\\.0\\.0\\.4/24\\}\\]\n"), vote);
        assertTrue(client.matches("\\[\\{[0-9a-z]{25} 10\\.0\\.0\\.2/24\\}\\]\n"), client);
        assertEquals(vote.substring(0, 27), client.substring(0, 27), "both VIPs are on overlay1");
    }

    @Test
    void meshHostNatHasTheSeedsDockerIngressChainAndCountsTraffic() {
        for (String node : new String[] {"node1", "node2"}) {
            String nat = exec(VOTE, "mesh", node, "iptables", "-nvL", "-t", "nat");
            assertTrue(nat.contains("Chain DOCKER-INGRESS (2 references)\n"
                    + " pkts bytes target     prot opt in     out     source               destination         \n"), nat);
            assertTrue(Pattern.compile("(?m)^ +\\d+ +\\d+ DNAT .* 0\\.0\\.0\\.0/0 +0\\.0\\.0\\.0/0 +tcp dpt:8080 to:172\\.18\\.0\\.2:8080$").matcher(nat).find(), nat);
            assertTrue(Pattern.compile("(?m)^ +\\d+ +\\d+ RETURN .* 0\\.0\\.0\\.0/0 +0\\.0\\.0\\.0/0 +$").matcher(nat).find(), nat);
        }
        // every curl of the mesh experiment targets 192.168.99.102: node2 DNATs all four
        String nat2 = exec(VOTE, "mesh", "node2", "iptables", "-nvL", "-t", "nat");
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +\\d+ DNAT .*tcp dpt:8080 to:172\\.18\\.0\\.2:8080$").matcher(nat2);
        assertTrue(m.find(), nat2);
        assertEquals(4, Integer.parseInt(m.group(1)), "four curls reach node2:8080: " + nat2);
    }

    @Test
    void meshIngressSandboxMarksPort8080AndBalancesOverTheTasksIngressAddresses() {
        for (String where : new String[] {"node1:ingress_sbox", "ingress_sbox@node1", "node2:ingress_sbox"}) {
            // seed: "0 0 MARK  tcp  --  *  *  0.0.0.0/0  0.0.0.0/0  tcp dpt:8080 MARK set 0x101"
            String mangle = exec(VOTE, "mesh", where, "iptables", "-nvL", "-t", "mangle");
            assertTrue(mangle.startsWith("Chain PREROUTING (policy ACCEPT "), mangle);
            assertTrue(Pattern.compile("(?m)^ +\\d+ +\\d+ MARK .* 0\\.0\\.0\\.0/0 +0\\.0\\.0\\.0/0 +tcp dpt:8080 MARK set 0x101$").matcher(mangle).find(), mangle);
            // seed: FWM 257 rr, -> 10.255.0.6:0 Masq 1 and 10.255.0.7:0 Masq 1
            String ipvs = exec(VOTE, "mesh", where, "ipvsadm");
            assertTrue(ipvs.contains("FWM  257 rr\n"), ipvs);
            assertEquals(2, Pattern.compile("(?m)^  -> 10\\.255\\.0\\.\\d+:0 +Masq    1      ").matcher(ipvs).results().count(), ipvs);
        }
        String mangle2 = exec(VOTE, "mesh", "node2:ingress_sbox", "iptables", "-nvL", "-t", "mangle");
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +\\d+ MARK .*tcp dpt:8080 MARK set 0x101$").matcher(mangle2);
        assertTrue(m.find());
        assertTrue(Integer.parseInt(m.group(1)) >= 4 * 3, "node2's sandbox marks every packet of the four curls: " + mangle2);
    }

    @Test
    void dockerViewsHaveTheSeedsHeaders() {
        String nodes = exec(VOTE, "dnsrr", "node1", "docker", "node", "ls");
        assertTrue(nodes.startsWith("ID                           HOSTNAME  MEMBERSHIP  STATUS  AVAILABILITY  MANAGER STATUS\n"), nodes);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{25} \\*  node1     Accepted    Ready   Active        Leader$").matcher(nodes).find(), nodes);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{25}    node2     Accepted    Ready   Active        $").matcher(nodes).find(), nodes);
        String services = exec(VOTE, "dnsrr", "node1", "docker", "service", "ls");
        assertTrue(services.startsWith("ID            NAME    REPLICAS  IMAGE               COMMAND\n"), services);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{12}  client  1/1       smakam/myubuntu:v4  ping docker.com$").matcher(services).find(), services);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{12}  vote    2/2       instavote/vote      $").matcher(services).find(), services);
        String tasks = exec(VOTE, "dnsrr", "node1", "docker", "service", "tasks", "vote");
        assertTrue(tasks.startsWith("ID                         NAME    SERVICE  IMAGE           LAST STATE"), tasks);
        assertTrue(tasks.contains("DESIRED STATE  NODE\n"), tasks);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{25}  vote\\.1  vote     instavote/vote  Running .* ago +Running +node2$").matcher(tasks).find(), tasks);
        assertTrue(Pattern.compile("(?m)^[0-9a-z]{25}  vote\\.2  vote     instavote/vote  Running .* ago +Running +node2$").matcher(tasks).find(), tasks);
        String ps = exec(VOTE, "dnsrr", "node2", "docker", "ps");
        assertTrue(ps.startsWith("CONTAINER ID        IMAGE                   COMMAND                  CREATED  "), ps);
        assertTrue(Pattern.compile("(?m)^[0-9a-f]{12}        instavote/vote:latest   \"gunicorn app:app -b \"   .* 80/tcp +vote\\.1\\.[0-9a-z]{25}$").matcher(ps).find(), ps);
        String ps1 = exec(VOTE, "dnsrr", "node1", "docker", "ps");
        assertTrue(Pattern.compile("(?m)^[0-9a-f]{12}        smakam/myubuntu:v4   \"ping docker.com\" .* client\\.1\\.[0-9a-z]{25}$").matcher(ps1).find(), ps1);
    }

    @Test
    void dnsrrCountersShowTheExperimentsDnsLookups() {
        String nat = exec(VOTE, "dnsrr", "client.1", "iptables", "-nvL", "-t", "nat");
        // 1 dig + 4 ping + 4 curl lookups: one new UDP connection each, the nat table sees its first packet
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +\\d+ DNAT .*udp dpt:53 to:127\\.0\\.0\\.11:\\d+$").matcher(nat);
        assertTrue(m.find(), nat);
        assertEquals(9, Integer.parseInt(m.group(1)), nat);
        String resolv = exec(VOTE, "dnsrr", "client.1", "cat", "/etc/resolv.conf");
        assertTrue(resolv.contains("nameserver 127.0.0.11\n"), resolv);
        String addr = exec(VOTE, "dnsrr", "client.1", "ip", "addr");
        assertTrue(addr.contains("inet 10.0.0.2/24 "), addr);
        assertTrue(addr.contains("mtu 1450 "), addr);
        String route = exec(VOTE, "dnsrr", "client.1", "ip", "route");
        assertTrue(route.startsWith("default via 172.18.0.1 dev eth1 "), route);
        // seed: docker inspect 6be7dc65655b | grep IPv4 -> "IPv4Address": "10.0.0.3" (vote tasks are .3 and .4)
        String ps = exec(VOTE, "dnsrr", "node2", "docker", "ps");
        for (String line : ps.split("\n")) {
            if (line.contains("vote.")) {
                String inspect = exec(VOTE, "dnsrr", "node2", "docker", "inspect", line.substring(0, 12));
                assertTrue(inspect.matches("(?s).*\n {24}\"IPv4Address\": \"10\\.0\\.0\\.[34]\"[,\n].*"), inspect);
            }
        }
    }

    /** Docker 1.12's task printer lower-cases the duration: "Running less than a second ago", "Running 2 hours ago". */
    @Test
    void serviceTasksLowerCasesTheDuration() {
        String tasks = exec(VOTE, "dnsrr", "node1", "docker", "service", "tasks", "vote");
        assertTrue(tasks.contains("Running less than a second ago"), tasks);
    }

    static int countMatches(String s, String sub) {
        return (int) Arrays.stream(s.split("\n")).filter(l -> l.contains(sub)).count();
    }
}
