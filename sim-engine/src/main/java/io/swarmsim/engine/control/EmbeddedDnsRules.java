package io.swarmsim.engine.control;

/**
 * The nat rules libnetwork's resolver installs in every container on a user-defined network
 * (resolver_unix.go setupIptablesNAT), in iptables-restore form. The -I insertions of the code
 * leave the TCP rules above the UDP ones.
 */
final class EmbeddedDnsRules {
    private EmbeddedDnsRules() {
    }

    static String natTable(DesiredState.EmbeddedDns dns) {
        return "*nat\n"
                + ":PREROUTING ACCEPT [0:0]\n"
                + ":INPUT ACCEPT [0:0]\n"
                + ":OUTPUT ACCEPT [0:0]\n"
                + ":POSTROUTING ACCEPT [0:0]\n"
                + ":DOCKER_OUTPUT - [0:0]\n"
                + ":DOCKER_POSTROUTING - [0:0]\n"
                + "-A OUTPUT -d 127.0.0.11/32 -j DOCKER_OUTPUT\n"
                + "-A POSTROUTING -d 127.0.0.11/32 -j DOCKER_POSTROUTING\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p tcp -m tcp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.tcpPort() + "\n"
                + "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:" + dns.udpPort() + "\n"
                + "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p tcp -m tcp --sport " + dns.tcpPort() + " -j SNAT --to-source :53\n"
                + "-A DOCKER_POSTROUTING -s 127.0.0.11/32 -p udp -m udp --sport " + dns.udpPort() + " -j SNAT --to-source :53\n"
                + "COMMIT\n";
    }
}
