package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad command lines of sim exec, trace and export: exit status, a helpful message, never a stack trace. */
class BadInputTest {

    static E2e.Result exec(String experiment, String where, String... command) {
        E2e.Result r = E2e.execResult(VOTE, experiment, where, command);
        assertNoStackTrace(r);
        return r;
    }

    @Test
    void unknownExecTargetListsTasksNodesAndSandboxes() {
        for (String where : List.of("nowhere", "node3", "node1:nope", "ingress_sbox@node9", "node1:1-zz", "client.2")) {
            E2e.Result r = exec("mesh", where, "ip", "addr");
            assertEquals(2, r.code(), r.all());
            assertTrue(r.err().startsWith("sim exec: no task, container, node or sandbox called '" + where + "'; there are: "), r.all());
            for (String existing : List.of("client.1 (container ", "vote.1 (container ", "vote.2 (container ", "node1,", "node2,",
                    "node1:ingress_sbox", "node2:ingress_sbox", "node1:1-", "node2:1-")) {
                assertTrue(r.err().contains(existing), existing + " listed: " + r.err());
            }
            assertEquals("", r.out());
        }
    }

    @Test
    void targetsCanBeNamedEveryDocumentedWay() {
        String byTask = E2e.exec(VOTE, "vip", "client.1", "ip", "route");
        E2e.Result ps = sim("exec", VOTE, "--experiment", "vip", "node1", "--", "docker", "ps");
        String id = ps.out().split("\n")[1].substring(0, 12);
        assertEquals(byTask, E2e.exec(VOTE, "vip", id.substring(0, 5), "ip", "route"), "a container ID prefix names the task");
        assertEquals(E2e.exec(VOTE, "mesh", "node1:ingress_sbox", "ipvsadm"), E2e.exec(VOTE, "mesh", "ingress_sbox@node1", "ipvsadm"));
    }

    @Test
    void unknownCommandListsTheSupportedOnes() {
        E2e.Result r = exec("vip", "client.1", "netstat", "-an");
        assertNotEquals(0, r.code(), r.all());
        assertTrue(r.err().contains("'netstat' is not simulated; supported: "), r.all());
        for (String cmd : List.of("iptables -L", "iptables -S", "iptables-save", "ipvsadm", "ip addr", "ip route", "ip neigh",
                "bridge fdb", "cat /etc/resolv.conf", "dig", "curl", "ping", "docker")) {
            assertTrue(r.err().contains(cmd), cmd + " listed: " + r.err());
        }
    }

    @Test
    void unknownCommandListsIpLinkToo() {
        E2e.Result r = exec("vip", "client.1", "netstat");
        assertEquals(127, r.code(), r.all()); // the shell's "command not found"
        assertTrue(r.err().contains("ip link"), r.all());
    }

    @Test
    void ingressSandboxAloneAsksWhichNode() {
        E2e.Result r = exec("mesh", "ingress_sbox", "ipvsadm");
        assertEquals(2, r.code(), r.all());
        assertEquals("sim exec: 'ingress_sbox' exists on several nodes; say which: node1:ingress_sbox, node2:ingress_sbox\n", r.err());
    }

    @Test
    void unsupportedToolOptionsAreRefused() {
        E2e.Result z = exec("vip", "client.1", "iptables", "-Z");
        assertEquals(2, z.code(), z.all());
        assertTrue(z.err().contains("option -Z is not simulated"), z.all());
        E2e.Result unknown = exec("vip", "client.1", "iptables", "--frobnicate");
        assertEquals(2, unknown.code(), unknown.all());
        assertTrue(unknown.err().contains("iptables v1.8.9 (legacy): unknown option \"--frobnicate\""), unknown.all());
        E2e.Result table = exec("vip", "client.1", "iptables", "-nvL", "-t", "bogus");
        assertNotEquals(0, table.code(), table.all());
        assertTrue(table.err().contains("can't initialize iptables table `bogus': Table does not exist"), table.all());
        E2e.Result ipvs = exec("vip", "client.1", "ipvsadm", "-A");
        assertEquals(2, ipvs.code(), ipvs.all());
        assertTrue(ipvs.err().contains("option -A is not simulated"), ipvs.all());
    }

    @Test
    void realButUnsimulatedIptablesOptionSaysNotSimulated() {
        E2e.Result r = exec("vip", "client.1", "iptables", "-nvL", "-t", "nat", "--zero");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("not simulated"), r.all());
    }

    @Test
    void dockerErrorsAreTheDaemonsNotJavas() {
        E2e.Result svc = exec("vip", "node1", "docker", "service", "tasks", "nope");
        assertEquals(1, svc.code(), svc.all());
        assertTrue(svc.err().contains("service nope not found"), svc.all());
        E2e.Result inspect = exec("vip", "node1", "docker", "inspect", "zzzz");
        assertEquals(1, inspect.code(), inspect.all());
        assertTrue(inspect.err().contains("No such image, container or task: zzzz"), inspect.all());
    }

    @Test
    void execWithoutACommandOrWithAnUnknownExperiment() {
        E2e.Result none = sim("exec", VOTE, "--experiment", "vip", "client.1");
        assertEquals(2, none.code(), none.all());
        assertTrue(none.err().contains("usage: sim exec "), none.all());
        E2e.Result exp = exec("nope", "client.1", "ip", "addr");
        assertEquals(2, exp.code(), exp.all());
        assertTrue(exp.err().contains("no experiment named 'nope'; the scenario has: dnsrr, vip, mesh, dnsrr-mesh"), exp.all());
        E2e.Result file = sim("exec", "no/such.yaml", "client.1", "--", "ip", "addr");
        assertEquals(2, file.code(), file.all());
        assertTrue(file.err().startsWith("no/such.yaml:1:1: "), file.all());
        for (E2e.Result r : List.of(none, exp, file)) {
            assertNoStackTrace(r);
        }
    }

    @Test
    void traceWithAnUnknownExperiment() {
        E2e.Result r = sim("trace", VOTE, "--experiment", "nope");
        assertEquals(2, r.code(), r.all());
        assertEquals("sim: no experiment named 'nope'; the scenario has: dnsrr, vip, mesh, dnsrr-mesh\n", r.err());
        assertEquals("", r.out());
        assertNoStackTrace(r);
    }

    @Test
    void traceOfABadScenarioNamesTheErrorNotTheMissingExperiment(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "version: \"3.3\"\nservices:\n  a:\n    image: [x\n");
        E2e.Result r = sim("trace", bad.toString());
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().startsWith(bad + ":5:1: invalid YAML"), r.all());
        assertNoStackTrace(r);
        E2e.Result noName = sim("trace", VOTE);
        assertEquals(2, noName.code(), noName.all());
        assertTrue(noName.err().contains("sim trace needs --experiment NAME"), noName.all());
    }

    @Test
    void exportWithoutOutOrWithoutPcapOrWithAnUnknownExperiment() {
        E2e.Result noOut = sim("export", "pcap", VOTE, "--experiment", "vip");
        assertEquals(2, noOut.code(), noOut.all());
        assertTrue(noOut.err().contains("usage: sim export pcap <scenario.yaml> --experiment NAME --out DIR"), noOut.all());
        E2e.Result noPcap = sim("export", VOTE, "--experiment", "vip", "--out", "target/x");
        assertEquals(2, noPcap.code(), noPcap.all());
        assertTrue(noPcap.err().contains("usage: sim export pcap"), noPcap.all());
        E2e.Result exp = sim("export", "pcap", VOTE, "--experiment", "nope", "--out", "target/never-written");
        assertEquals(2, exp.code(), exp.all());
        assertTrue(exp.err().contains("no experiment named 'nope'"), exp.all());
        for (E2e.Result r : List.of(noOut, noPcap, exp)) {
            assertNoStackTrace(r);
        }
    }
}
