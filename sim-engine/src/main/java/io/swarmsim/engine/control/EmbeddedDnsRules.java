package io.swarmsim.engine.control;

/**
 * The nat rules libnetwork's resolver installs in every container on a user-defined network
 * (resolver_unix.go setupIptablesNAT). The -I insertions of the code leave the TCP rules above
 * the UDP ones.
 */
final class EmbeddedDnsRules {
    private EmbeddedDnsRules() {
    }

    static void add(IptablesText t, DesiredState.EmbeddedDns dns) {
        t.chain("nat", "DOCKER_OUTPUT");
        t.chain("nat", "DOCKER_POSTROUTING");
        t.rule("nat", "-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT");
        t.rule("nat", "-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING");
        t.rule("nat", "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.tcpPort());
        t.rule("nat", "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.udpPort());
        t.rule("nat", "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport " + dns.tcpPort() + " -j SNAT --to-source :53");
        t.rule("nat", "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport " + dns.udpPort() + " -j SNAT --to-source :53");
    }
}
