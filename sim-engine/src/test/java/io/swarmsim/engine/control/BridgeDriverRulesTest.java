package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A node's own iptables after dockerd started (docker0) and joined the swarm (docker_gwbridge), per
 * era, as libnetwork's bridge driver leaves them (the sequences of -I, -A and -D replayed from
 * setup_ip_tables.go, iptables.go and firewall_linux.go of each branch).
 */
class BridgeDriverRulesTest {

    private static String tables(String version) {
        IptablesText t = new IptablesText();
        BridgeDriverRules d = new BridgeDriverRules(t, DockerVersion.parse(version));
        d.daemonStart();
        d.network("docker_gwbridge", "172.18.0.0/16", false);
        return t.render();
    }

    /** One chain's rules, in order, from the restore text (iptables-save prints each chain's rules together). */
    private static String chain(String text, String table, String chain) {
        String body = text.split("\\*" + table + "\n")[1].split("COMMIT")[0];
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n")) {
            if (line.startsWith("-A " + chain + " ") || line.startsWith(":" + chain + " ")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void docker112KeepsForwardAcceptingAndIsolatesEachPairOfBridges() {
        String t = tables("1.12");
        assertEquals("""
                :PREROUTING ACCEPT [0:0]
                -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
                """, chain(t, "nat", "PREROUTING"));
        assertEquals("""
                :OUTPUT ACCEPT [0:0]
                -A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
                """, chain(t, "nat", "OUTPUT"));
        assertEquals("""
                :POSTROUTING ACCEPT [0:0]
                -A POSTROUTING -s 172.18.0.0/16 ! -o docker_gwbridge -j MASQUERADE
                -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
                """, chain(t, "nat", "POSTROUTING"));
        assertEquals("""
                :DOCKER - [0:0]
                -A DOCKER -i docker_gwbridge -j RETURN
                -A DOCKER -i docker0 -j RETURN
                """, chain(t, "nat", "DOCKER"));
        assertEquals("""
                :FORWARD ACCEPT [0:0]
                -A FORWARD -j DOCKER-ISOLATION
                -A FORWARD -o docker_gwbridge -j DOCKER
                -A FORWARD -o docker_gwbridge -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -i docker_gwbridge ! -o docker_gwbridge -j ACCEPT
                -A FORWARD -o docker0 -j DOCKER
                -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
                -A FORWARD -i docker0 -o docker0 -j ACCEPT
                -A FORWARD -i docker_gwbridge -o docker_gwbridge -j DROP
                """, chain(t, "filter", "FORWARD"));
        assertEquals("""
                :DOCKER-ISOLATION - [0:0]
                -A DOCKER-ISOLATION -i docker0 -o docker_gwbridge -j DROP
                -A DOCKER-ISOLATION -i docker_gwbridge -o docker0 -j DROP
                -A DOCKER-ISOLATION -j RETURN
                """, chain(t, "filter", "DOCKER-ISOLATION"));
        assertEquals(":DOCKER - [0:0]\n", chain(t, "filter", "DOCKER"));
    }

    @Test
    void docker113DropsWhatNoRuleForwards() {
        assertTrue(tables("1.13").contains(":FORWARD DROP [0:0]\n"));
        assertTrue(tables("1.12").contains(":FORWARD ACCEPT [0:0]\n"));
    }

    @Test
    void from1705TheEstablishedRuleIsAboveTheJumpToDocker() {
        String t = tables("17.05");
        assertTrue(t.indexOf("-A FORWARD -o docker0 -m conntrack") < t.indexOf("-A FORWARD -o docker0 -j DOCKER"), t);
        String old = tables("1.13");
        assertTrue(old.indexOf("-A FORWARD -o docker0 -m conntrack") > old.indexOf("-A FORWARD -o docker0 -j DOCKER"), old);
        assertTrue(!t.contains("DOCKER-USER"), t);
    }

    @Test
    void docker1806HasTheUserChainFirstAndTwoIsolationStages() {
        String t = tables("18.06");
        assertEquals("""
                :FORWARD DROP [0:0]
                -A FORWARD -j DOCKER-USER
                -A FORWARD -j DOCKER-ISOLATION-STAGE-1
                -A FORWARD -o docker_gwbridge -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -o docker_gwbridge -j DOCKER
                -A FORWARD -i docker_gwbridge ! -o docker_gwbridge -j ACCEPT
                -A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
                -A FORWARD -o docker0 -j DOCKER
                -A FORWARD -i docker0 ! -o docker0 -j ACCEPT
                -A FORWARD -i docker0 -o docker0 -j ACCEPT
                -A FORWARD -i docker_gwbridge -o docker_gwbridge -j DROP
                """, chain(t, "filter", "FORWARD"));
        assertEquals("""
                :DOCKER-ISOLATION-STAGE-1 - [0:0]
                -A DOCKER-ISOLATION-STAGE-1 -i docker_gwbridge ! -o docker_gwbridge -j DOCKER-ISOLATION-STAGE-2
                -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
                -A DOCKER-ISOLATION-STAGE-1 -j RETURN
                """, chain(t, "filter", "DOCKER-ISOLATION-STAGE-1"));
        assertEquals("""
                :DOCKER-ISOLATION-STAGE-2 - [0:0]
                -A DOCKER-ISOLATION-STAGE-2 -o docker_gwbridge -j DROP
                -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
                -A DOCKER-ISOLATION-STAGE-2 -j RETURN
                """, chain(t, "filter", "DOCKER-ISOLATION-STAGE-2"));
        assertEquals("""
                :DOCKER-USER - [0:0]
                -A DOCKER-USER -j RETURN
                """, chain(t, "filter", "DOCKER-USER"));
    }

    @Test
    void aHostModePortIsTheBridgeDriversPortMapping() {
        IptablesText t = new IptablesText();
        BridgeDriverRules d = new BridgeDriverRules(t, DockerVersion.parse("18.06"));
        d.daemonStart();
        d.portMapping("docker_gwbridge", "tcp", 8080, "172.18.0.3", 80);
        String s = t.render();
        assertTrue(s.contains("-A DOCKER ! -i docker_gwbridge -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.18.0.3:80\n"), s);
        assertTrue(s.contains("-A DOCKER -d 172.18.0.3/32 ! -i docker_gwbridge -o docker_gwbridge -p tcp -m tcp --dport 80 -j ACCEPT\n"), s);
        assertTrue(s.contains("-A POSTROUTING -s 172.18.0.3/32 -d 172.18.0.3/32 -p tcp -m tcp --dport 80 -j MASQUERADE\n"), s);
    }
}
