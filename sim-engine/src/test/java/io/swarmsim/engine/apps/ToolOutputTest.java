package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What dig, ping and curl print inside vote.yaml's containers. */
class ToolOutputTest {
    static Simulation sim(String experiment) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment(experiment).orElseThrow()), 1);
    }

    static CommandRun run(Simulation sim, String from, String cmd) {
        return sim.run(new CommandSpec(from, cmd, 1, null));
    }

    @Test
    void digShortPrintsTheVipInVipMode() throws Exception {
        Simulation sim = sim("vip");
        CommandRun r = run(sim, "client.1", "dig +short vote");
        assertEquals("10.0.0.4\n", r.output());
        assertEquals(List.of("10.0.0.4"), r.resolved());
        assertNull(r.connected());
    }

    @Test
    void digShortPrintsBothTasksInDnsrrMode() throws Exception {
        Simulation sim = sim("dnsrr");
        CommandRun r = run(sim, "client.1", "dig +short vote");
        List<String> lines = List.of(r.output().split("\n"));
        assertEquals(Set.of("10.0.0.3", "10.0.0.4"), Set.copyOf(lines), r.output());
        assertEquals(2, lines.size());
        assertEquals(lines, r.resolved());
    }

    @Test
    void digPrintsTheFullAnswerSection() throws Exception {
        Simulation sim = sim("vip");
        CommandRun r = run(sim, "client.1", "dig vote");
        String out = r.output();
        assertTrue(out.contains("; <<>> DiG "), out);
        assertTrue(out.contains("status: NOERROR"), out);
        assertTrue(out.contains(";; ANSWER SECTION:"), out);
        assertTrue(Pattern.compile("(?m)^vote\\.\\s+600\\s+IN\\s+A\\s+10\\.0\\.0\\.4$").matcher(out).find(), out);
        assertTrue(out.contains(";; SERVER: 127.0.0.11#53(127.0.0.11)"), out);
    }

    @Test
    void pingPrintsOneReplyPerEchoAndTheStatistics() throws Exception {
        Simulation sim = sim("dnsrr");
        CommandRun r = run(sim, "client.1", "ping -c 3 vote");
        String[] lines = r.output().split("\n", -1);
        assertTrue(lines[0].matches("PING vote \\(10\\.0\\.0\\.[34]\\) 56\\(84\\) bytes of data\\."), lines[0]);
        String target = lines[0].substring(lines[0].indexOf('(') + 1, lines[0].indexOf(')'));
        for (int i = 1; i <= 3; i++) {
            assertTrue(lines[i].matches("64 bytes from " + Pattern.quote(target) + ": icmp_seq=" + i + " ttl=64 time=[0-9.]+ ms"), lines[i]);
        }
        assertEquals("", lines[4]);
        assertEquals("--- vote ping statistics ---", lines[5]);
        assertTrue(lines[6].matches("3 packets transmitted, 3 received, 0% packet loss, time \\d+ms"), lines[6]);
        assertTrue(lines[7].matches("rtt min/avg/max/mdev = [0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+ ms"), lines[7]);
        assertEquals("", lines[8]);
        assertEquals(9, lines.length, r.output());
        assertEquals(target, r.connected());
        assertEquals(target.equals("10.0.0.3") ? "vote.1" : "vote.2", r.servedBy());
    }

    @Test
    void pingOfAnUnknownNameFailsAsTheImagesPingDoes() throws Exception {
        Simulation sim = sim("dnsrr");
        CommandRun r = run(sim, "client.1", "ping -c 1 nosuchservice");
        assertEquals("ping: unknown host nosuchservice\n", r.output(), "the seed's client image has the old iputils ping");
        assertNull(r.connected());
        assertNull(r.servedBy());
    }

    @Test
    void curlPrintsTheVotePageNamingTheContainer() throws Exception {
        Simulation sim = sim("vip");
        CommandRun r = run(sim, "client.1", "curl http://vote/");
        assertTrue(r.output().startsWith("<!DOCTYPE html>"), r.output());
        assertTrue(!r.output().contains("HTTP/1.1 200 OK"), "curl without -i prints the body only");
        java.util.regex.Matcher m = Pattern.compile("Processed by container ID ([0-9a-f]{12})").matcher(r.output());
        assertTrue(m.find(), r.output());
        String served = r.servedBy();
        assertEquals(sim.cluster().task(served).orElseThrow().shortContainerId(), m.group(1));
        assertEquals("10.0.0.4", r.connected(), "curl talks to the VIP; IPVS picks the task");
        assertEquals(List.of("10.0.0.4"), r.resolved());
    }

    @Test
    void curlThroughTheVipAlternatesBetweenTheTasks() throws Exception {
        Simulation sim = sim("vip");
        List<String> served = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CommandRun r = run(sim, "client.1", "curl vote | grep -i \"container id\"");
            assertTrue(r.output().matches(" +Processed by container ID [0-9a-f]{12}\n"), r.output());
            served.add(r.servedBy());
        }
        assertEquals(Set.of("vote.1", "vote.2"), Set.copyOf(served));
        for (int i = 1; i < served.size(); i++) {
            assertTrue(!served.get(i).equals(served.get(i - 1)), "IPVS rr alternates: " + served);
        }
    }

    @Test
    void curlInDnsrrModeAlwaysLandsOnTheRule9Winner() throws Exception {
        // the seed's puzzle: glibc sorts the answer with RFC 3484 rule 9, so 10.0.0.3 (31 common bits with 10.0.0.2) wins
        Simulation sim = sim("dnsrr");
        for (int i = 0; i < 4; i++) {
            CommandRun r = run(sim, "client.1", "curl vote");
            assertEquals("10.0.0.3", r.connected(), r.reason());
            assertEquals("vote.1", r.servedBy());
        }
    }

    @Test
    void curlOfAnUnknownNameCannotResolve() throws Exception {
        Simulation sim = sim("vip");
        CommandRun r = run(sim, "client.1", "curl http://nosuchservice/");
        assertEquals("curl: (6) Could not resolve host: nosuchservice\n", r.output());
        assertNull(r.connected());
        assertNull(r.servedBy());
        assertTrue(r.resolved().isEmpty());
    }

    @Test
    void curlToAPortNobodyListensOnIsRefused() throws Exception {
        Simulation sim = sim("dnsrr");
        CommandRun r = run(sim, "client.1", "curl http://10.0.0.3:81/");
        assertEquals("curl: (7) Failed to connect to 10.0.0.3 port 81: Connection refused\n", r.output(), "curl 7.47 (the seed's image)");
        assertNull(r.connected());
    }

    @Test
    void curlWordsARefusedConnectAsItsVersionDoes() throws Exception {
        // the milliseconds are the model's time from start to the RST (DNS is skipped for an address)
        for (String[] image : new String[][] {{"ubuntu:22.04", "after 1 ms: Connection refused"},
                {"debian:12", "after 1 ms: Couldn't connect to server"}}) {
            String text = java.nio.file.Files.readString(Path.of("../scenarios/vote.yaml")).replace("smakam/myubuntu:v4", image[0]);
            Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
            Simulation sim = new Simulation(s, s.servicesFor(s.experiment("dnsrr").orElseThrow()), 1);
            assertEquals("curl: (7) Failed to connect to 10.0.0.3 port 81 " + image[1] + "\n",
                    run(sim, "client.1", "curl http://10.0.0.3:81/").output(), image[0]);
        }
    }

    @Test
    void anUnknownTaskIsNoSuchContainer() throws Exception {
        Simulation sim = sim("vip");
        CommandRun r = run(sim, "client.9", "dig vote");
        assertEquals("Error: No such container: client.9\n", r.output());
        assertTrue(r.reason().contains("client.9 does not run: service client has 1 running tasks"), r.reason());
    }
}
