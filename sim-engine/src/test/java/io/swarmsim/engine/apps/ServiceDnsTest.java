package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.scenario.ServiceDns;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.net.IpAddress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** extra_hosts in /etc/hosts, dns_search in resolv.conf, dns as the embedded DNS's forwarders, and what each changes. */
class ServiceDnsTest {
    private static final String STACK = """
            version: "3.8"
            services:
              web:
                image: nginx:1.25
                extra_hosts: {legacy: 192.168.99.101}
              app:
                image: debian:12
                extra_hosts:
                  - "api.internal:10.0.0.2"
                  - "v6only:2001:db8::1"
                dns: 198.51.100.53
                dns_search: corp.example
            x-sim:
              nodes: [{name: node1, role: manager, address: 192.168.99.101}]
            """;

    private static Simulation sim() throws ScenarioException {
        Scenario s = ScenarioLoader.parse(STACK, Path.of("n.yaml"));
        return new Simulation(s, s.services(), 1);
    }

    @Test
    void theKeysAreReadInBothShapesDockerTakes() throws Exception {
        Scenario s = ScenarioLoader.parse(STACK, Path.of("n.yaml"));
        ServiceDns app = s.service("n_app").orElseThrow().dns();
        assertEquals(List.of(new HostsFile.Entry(IpAddress.parse("10.0.0.2"), List.of("api.internal")),
                new HostsFile.Entry(IpAddress.parse("2001:db8::1"), List.of("v6only"))), app.extraHosts(),
                "split at the first colon, as convertExtraHosts does");
        assertEquals(List.of(IpAddress.parse("198.51.100.53")), app.servers());
        assertEquals(List.of("corp.example"), app.search());
        assertEquals(List.of(new HostsFile.Entry(IpAddress.parse("192.168.99.101"), List.of("legacy"))),
                s.service("n_web").orElseThrow().dns().extraHosts());
        assertTrue(s.notSimulated().stream().noneMatch(n -> n.path().contains("extra_hosts") || n.path().contains("dns")));
    }

    @Test
    void badValuesAreLocated() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(STACK
                .replace("\"api.internal:10.0.0.2\"", "\"api.internal\"")
                .replace("dns: 198.51.100.53", "dns: [198.51.100.530]")
                .replace("dns_search: corp.example", "dns_search: [\"bad..name\"]"), Path.of("n.yaml")));
        assertEquals(List.of(
                "n.yaml:9:9: services.app.extra_hosts[0] 'api.internal' has no address; expected NAME:ADDRESS such as 'db.internal:10.0.9.5'",
                "n.yaml:11:11: services.app.dns: '198.51.100.530' is not an IP address; expected an IPv4 or IPv6 address",
                "n.yaml:12:18: services.app.dns_search: 'bad..name' is not a domain name; expected labels of letters, digits and '-' joined by '.'"),
                e.errors().stream().map(Object::toString).toList());
    }

    @Test
    void theFilesAreDockersAndTheEmbeddedDnsForwardsToTheServicesServers() throws Exception {
        Simulation sim = sim();
        String netns = sim.namespaceOf("n_app.1").orElseThrow().name();
        ContainerNames names = sim.names(netns).orElseThrow();
        String id = sim.cluster().task("n_app.1").orElseThrow().shortContainerId();
        assertEquals("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\n"
                + "ff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n10.0.0.2\tapi.internal\n2001:db8::1\tv6only\n10.0.0.5\t" + id + "\n",
                names.hosts().render(), "Docker's lines, the extra hosts in order, the container's own line last");
        assertEquals("search corp.example\nnameserver 127.0.0.11\noptions ndots:0\n", names.resolvConf().render());
        assertEquals(List.of(IpAddress.parse("198.51.100.53")), names.forwarders());
        String web = sim.namespaceOf("n_web.1").orElseThrow().name();
        assertEquals(List.of(), sim.names(web).orElseThrow().forwarders(), "web keeps the host's (none here)");
        assertEquals("nameserver 127.0.0.11\noptions ndots:0\n", sim.names(web).orElseThrow().resolvConf().render());
    }

    @Test
    void theCLibraryReadsHostsFirstWhileDigAsksTheDnsOnly() throws Exception {
        Simulation sim = sim();
        CommandRun curl = sim.run(new CommandSpec("n_app.1", "curl -s api.internal", 1, null));
        assertEquals("10.0.0.2", curl.connected());
        assertTrue(curl.reason().startsWith("api.internal is in /etc/hosts (10.0.0.2"), curl.reason());
        assertTrue(curl.output().contains("Welcome to nginx!"), "the VIP of web, named in the file: " + curl.output());
        assertEquals("10.0.0.2        api.internal\n", sim.run(new CommandSpec("n_app.1", "getent hosts api.internal", 1, null)).output());
        CommandRun dig = sim.run(new CommandSpec("n_app.1", "dig +short api.internal", 1, null));
        assertEquals("", dig.output(), "dig does not read /etc/hosts");
        assertEquals("", sim.run(new CommandSpec("n_web.1", "getent hosts api.internal", 1, null)).output(), "only app's file has it");
    }

    @Test
    void aShortNameTheDnsCannotAnswerIsRetriedWithTheSearchDomain() throws Exception {
        Simulation sim = sim();
        CommandRun r = sim.run(new CommandSpec("n_app.1", "curl nosuch", 1, null));
        assertEquals("curl: (6) Could not resolve host: nosuch\n", r.output());
        assertTrue(r.reason().contains("no address for nosuch; resolv.conf's search list: tries nosuch.corp.example"), r.reason());
        assertEquals("", sim.run(new CommandSpec("n_app.1", "curl -s nosuch", 1, null)).output(), "curl -s shows no error message");
        CommandRun web = sim.run(new CommandSpec("n_web.1", "curl nosuch", 1, null));
        assertTrue(!web.reason().contains("search list"), "web has no search domains: " + web.reason());
    }
}
