package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code iptables -L} without {@code -n}, as iptables-legacy 1.8.9 printed these very rules in a
 * namespace whose /etc/hosts names only 127.0.0.1 and whose DNS refuses (Debian 12's /etc/networks
 * and /etc/services); the rules Docker writes are checked against the real command by
 * IptablesViewsLiveTest.
 */
class ListNamesTest {
    private static final ListNames NAMES = ListNames.resolving(Map.of(IpAddress.parse("127.0.0.1"), "localhost"));

    private static String list(String rules) {
        Table t = Ruleset.parse("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n" + rules + "COMMIT\n")
                .tableOrEmpty(TableKind.FILTER);
        return ListPrinter.list(t, new Counters(), false, "INPUT", false, false, NAMES);
    }

    @Test
    void addressesPortsAndIcmpTypesAreNamedWhereTheHostsFilesNameThem() {
        // the lines iptables-legacy printed, trailing spaces included
        assertEquals(String.join("\n",
                "Chain INPUT (policy ACCEPT)",
                "target     prot opt source               destination         ",
                "ACCEPT     all  --  localhost            anywhere            ",
                "ACCEPT     tcp  --  anywhere            !loopback/8           tcp dpt:http-alt",
                "ACCEPT     udp  --  10.0.0.0/24          10.0.0.2             udp spts:domain:1000",
                "ACCEPT     tcp  --  link-local/16        anywhere             multiport dports http,https,tproxy:8082",
                "ACCEPT     icmp --  anywhere             anywhere             icmp echo-request",
                "ACCEPT     icmp --  anywhere             anywhere             icmptype 42") + "\n", list("""
                -A INPUT -s 127.0.0.1/32 -j ACCEPT
                -A INPUT ! -d 127.0.0.0/8 -p tcp -m tcp --dport 8080 -j ACCEPT
                -A INPUT -s 10.0.0.0/24 -d 10.0.0.2/32 -p udp -m udp --sport 53:1000 -j ACCEPT
                -A INPUT -s 169.254.0.0/16 -p tcp -m multiport --dports 80,443,8081:8082 -j ACCEPT
                -A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
                -A INPUT -p icmp -m icmp --icmp-type 42 -j ACCEPT
                """));
    }

    @Test
    void numericNamesNothing() {
        assertEquals("0.0.0.0/0", ListNames.NUMERIC.address(null));
        assertEquals("8080", ListNames.NUMERIC.port(8080, io.swarmsim.kernel.packet.Protocol.TCP));
        assertEquals("0", ListNames.NUMERIC.protocol(null));
    }
}
