package io.swarmsim.engine.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What dockerd's bridge driver writes into a node's own iptables, replayed operation by operation in
 * its order, so that every {@code -I} lands where the real one does (libnetwork
 * drivers/bridge/setup_ip_tables.go, iptables/iptables.go ProgramChain, firewall_linux.go; read in
 * the release/v0.8, 17.05.x, bump_17.06, bump_18.03 and master branches):
 * <ol>
 * <li>at daemon start, setupIPChains: nat and filter DOCKER, the isolation chain(s) ending in
 *     RETURN, the FORWARD policy (1.13+), then the default bridge network {@code docker0};</li>
 * <li>at swarm join, {@code docker_gwbridge} the same way, with inter-container traffic dropped
 *     (enable_icc=false);</li>
 * <li>after every network, from 17.06, DOCKER-USER's jump put back on top of FORWARD.</li>
 * </ol>
 * Not modelled: br_netfilter (the driver turns bridge-nf-call-iptables on for docker_gwbridge),
 * hairpin mode (userland-proxy=false), IPv6 rules.
 */
final class BridgeDriverRules {
    /** The default bridge network's bridge and subnet (ipamutils' first local pool). */
    static final String DOCKER0 = "docker0";
    static final String DOCKER0_SUBNET = "172.17.0.0/16";
    static final String DOCKER0_ADDRESS = "172.17.0.1/16";
    static final String USER_CHAIN = "DOCKER-USER";

    private final IptablesText t;
    private final DockerVersion v;
    private final List<String> bridges = new ArrayList<>();

    BridgeDriverRules(IptablesText t, DockerVersion v) {
        this.t = t;
        this.v = v;
    }

    /** Daemon start: the driver's chains, the FORWARD policy, then docker0. */
    void daemonStart() {
        t.chain("nat", "DOCKER");
        t.chain("filter", "DOCKER");
        if (v.isolatesBridgesInTwoStages()) {
            t.chain("filter", "DOCKER-ISOLATION-STAGE-1");
            t.chain("filter", "DOCKER-ISOLATION-STAGE-2");
            t.rule("filter", "-A DOCKER-ISOLATION-STAGE-1 -j RETURN");
            t.rule("filter", "-A DOCKER-ISOLATION-STAGE-2 -j RETURN");
        } else {
            t.chain("filter", "DOCKER-ISOLATION");
            t.rule("filter", "-A DOCKER-ISOLATION -j RETURN");
        }
        if (v.dropsForwardByDefault()) {
            t.policy("filter", "FORWARD", "DROP");
        }
        network(DOCKER0, DOCKER0_SUBNET, true);
    }

    /** A bridge network with IP masquerading on (docker0: icc on; docker_gwbridge: icc off). */
    void network(String bridge, String subnet, boolean icc) {
        // setupIPTablesInternal
        t.insert("nat", "-A POSTROUTING -s " + subnet + " ! -o " + bridge + " -j MASQUERADE");
        t.insert("nat", "-A DOCKER -i " + bridge + " -j RETURN");
        if (icc) {
            t.insert("filter", "-A FORWARD -i " + bridge + " -o " + bridge + " -j ACCEPT");
        } else {
            t.rule("filter", "-A FORWARD -i " + bridge + " -o " + bridge + " -j DROP");
        }
        t.insert("filter", "-A FORWARD -i " + bridge + " ! -o " + bridge + " -j ACCEPT");
        String established = "-A FORWARD -o " + bridge + " -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT";
        if (!v.acceptsEstablishedAboveDockerChain()) {
            t.insert("filter", established);
        }
        // ProgramChain, nat then filter
        appendOnce("nat", "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER");
        appendOnce("nat", "-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER");
        t.insert("filter", "-A FORWARD -o " + bridge + " -j DOCKER");
        if (v.acceptsEstablishedAboveDockerChain()) {
            t.insert("filter", established);
        }
        ensureJump(v.isolatesBridgesInTwoStages() ? "DOCKER-ISOLATION-STAGE-1" : "DOCKER-ISOLATION");
        // setupNetworkIsolationRules
        if (v.isolatesBridgesInTwoStages()) {
            t.insert("filter", "-A DOCKER-ISOLATION-STAGE-1 -i " + bridge + " ! -o " + bridge + " -j DOCKER-ISOLATION-STAGE-2");
            t.insert("filter", "-A DOCKER-ISOLATION-STAGE-2 -o " + bridge + " -j DROP");
        } else {
            for (String other : bridges) {
                t.insert("filter", "-A DOCKER-ISOLATION -i " + bridge + " -o " + other + " -j DROP");
                t.insert("filter", "-A DOCKER-ISOLATION -i " + other + " -o " + bridge + " -j DROP");
            }
        }
        bridges.add(bridge);
        arrangeUserChain();
    }

    /** From 17.06, after each network and after the ingress jump: DOCKER-USER exists, ends in RETURN and is jumped to first. */
    void arrangeUserChain() {
        if (!v.hasDockerUserChain()) {
            return;
        }
        t.chain("filter", USER_CHAIN);
        appendOnce("filter", "-A " + USER_CHAIN + " -j RETURN");
        ensureJump(USER_CHAIN);
    }

    /**
     * A port mapping on a bridge (iptables.go ChainInfo.Forward, appended; userland proxy on, so not
     * hairpin): the DNAT in nat DOCKER, the ACCEPT in filter DOCKER and the MASQUERADE of a task
     * reaching itself through its own published port.
     */
    void portMapping(String bridge, String proto, int published, String task, int target) {
        t.rule("nat", "-A DOCKER ! -i " + bridge + " -p " + proto + " -m " + proto + " --dport " + published
                + " -j DNAT --to-destination " + task + ":" + target);
        t.rule("filter", "-A DOCKER -d " + task + "/32 ! -i " + bridge + " -o " + bridge + " -p " + proto + " -m " + proto
                + " --dport " + target + " -j ACCEPT");
        t.rule("nat", "-A POSTROUTING -s " + task + "/32 -d " + task + "/32 -p " + proto + " -m " + proto + " --dport " + target
                + " -j MASQUERADE");
    }

    /** EnsureJumpRule: FORWARD's jump to {@code chain} deleted where it is and inserted at the top. */
    private void ensureJump(String chain) {
        t.delete("filter", "-A FORWARD -j " + chain);
        t.insert("filter", "-A FORWARD -j " + chain);
    }

    private void appendOnce(String table, String rule) {
        if (!t.has(table, rule)) {
            t.rule(table, rule);
        }
    }
}
