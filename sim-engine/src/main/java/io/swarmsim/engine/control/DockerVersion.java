package io.swarmsim.engine.control;

/**
 * The Docker release whose behaviour is modelled. What changes between releases is asked here,
 * by name, never by comparing version numbers elsewhere.
 */
public record DockerVersion(int major, int minor) implements Comparable<DockerVersion> {
    public static DockerVersion parse(String text) {
        String[] p = text.trim().split("\\.");
        if (p.length < 2) {
            throw new IllegalArgumentException("docker version must look like 1.12 or 18.06, not " + text);
        }
        return new DockerVersion(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
    }

    /** The releases whose networking the model tells apart; any other version behaves as the latest of these before it. */
    private static final java.util.List<DockerVersion> KNOWN = java.util.List.of(new DockerVersion(1, 12), new DockerVersion(1, 13),
            new DockerVersion(17, 5), new DockerVersion(17, 6), new DockerVersion(17, 12), new DockerVersion(18, 6), new DockerVersion(18, 9));

    /** The known release this version is modelled as, when it is not itself one of them (20.10 -> 18.09). */
    public java.util.Optional<DockerVersion> modelledAs() {
        DockerVersion best = KNOWN.get(0);
        for (DockerVersion k : KNOWN) {
            if (compareTo(k) >= 0) {
                best = k;
            }
        }
        return best.equals(this) ? java.util.Optional.empty() : java.util.Optional.of(best);
    }

    @Override
    public int compareTo(DockerVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    private boolean atLeast(int maj, int min) {
        return compareTo(new DockerVersion(maj, min)) >= 0;
    }

    /**
     * 1.13+: an orderly stop first deactivates the task's service binding (its DNS records go, its
     * IPVS destination is quiesced or removed), then stops the container; 1.12 only stops it
     * (controller.go Shutdown; reference section 3.3).
     */
    public boolean deactivatesBeforeStop() {
        return atLeast(1, 13);
    }

    /** 17.06+: the 2 s "gossip converge" sleep between deactivating a binding and stopping the container. */
    public long gossipConvergeNanos() {
        return atLeast(17, 6) ? 2_000_000_000L : 0;
    }

    /** 18.05+: a deactivated backend gets IPVS weight 0 and is deleted later; before, it is deleted at once (libnetwork 2af06a08). */
    public boolean quiescesBackends() {
        return atLeast(18, 5);
    }

    /** Era A (1.12 to 18.05): IPVS in every container, marks in mangle OUTPUT. */
    public boolean loadBalancesInEveryContainer() {
        return !atLeast(18, 6);
    }

    /** Up to 17.04 interface names in a sandbox share one counter (osl/interface_linux.go). */
    public boolean sharesInterfaceCounter() {
        return !atLeast(17, 5);
    }

    /** 1.13+: tasks drop everything but their published ports on the ingress address. */
    public boolean filtersIngressInTasks() {
        return atLeast(1, 13);
    }

    /** 18.09+: the ingress filter rules also cover SCTP. */
    public boolean hasSctp() {
        return atLeast(18, 9);
    }

    /** 1.13 to 18.05: a ping to a VIP is DNATed to 127.0.0.1 in the client container. */
    public boolean answersPingOnVip() {
        return atLeast(1, 13) && loadBalancesInEveryContainer();
    }

    /**
     * The IPVS sysctl tweaks in the ingress and LB sandboxes: from 20.10.17, a patch release a
     * major.minor cannot name, so from the first minor after 20.10.
     */
    public boolean appliesIpvsTweaks() {
        return atLeast(20, 11);
    }

    /**
     * Whether a container's interfaces on IPv4-only networks keep the kernel's fe80:: address (and so
     * glibc's rule 9 applies to IPv4; ../shared/reference/dns-client-sorting.md §11). Up to 17.03 Docker
     * left IPv6 alone; 17.04 disabled it on every container interface not on an IPv6 network (libnetwork
     * PR #968 "Control IPv6 on container's interface", moby#32433, moby#33099); 26.0 stopped disabling it
     * (moby PR #47062); 26.1.1 disables it again on IPv4-only interfaces (moby PR #47769, taken here as 26.1).
     */
    public boolean keepsContainerLinkLocal() {
        return !atLeast(17, 4) || atLeast(26, 0) && !atLeast(26, 1);
    }

    /**
     * Whether every namespace libnetwork creates (containers, the ingress and lb_ sandboxes, the
     * overlay namespaces) starts with IPv6 off altogether, {@code net.ipv6.conf.all.disable_ipv6=1},
     * so that even lo has no ::1 (and checkLoV6 turns lo back on only for an interface with an IPv6
     * address). osl/namespace_linux.go NewSandbox, "As starting point, disable IPv6 on all
     * interfaces" (libnetwork 947eb353, "Control IPv6 on container's interface"): absent from
     * release/v0.8 (Docker 1.12), present from the 17.05.x branch through bump_19.03 and master;
     * 26.0 stopped disabling IPv6 (moby PR #47062) and 26.1.1 disables it per interface only
     * (moby PR #47769), which leaves lo's ::1. A host's own namespace is never touched.
     */
    public boolean disablesIpv6InSandboxes() {
        return atLeast(17, 4) && !atLeast(26, 0);
    }

    /**
     * Whether the addresses Docker adds to interfaces carry a broadcast address ({@code ip addr}'s
     * {@code brd}). libnetwork adds them with {@code netlink.AddrAdd} and no broadcast of its own
     * (osl/interface_linux.go setInterfaceIP); vishvananda/netlink computes one only since
     * f5a6f69 "Calculate the broadcast address" (2017-07-24). libnetwork vendored netlink bd6d5de
     * (2017-06-01, without it) until 45ea903 "Vendor latest netlink library" (2017-10-10, b2de5d1 with
     * it): its bump_17.07 and bump_17.09 branches pin bd6d5de, bump_17.12 pins b2de5d1. So 17.12 on.
     */
    public boolean setsBroadcast() {
        return atLeast(17, 12);
    }

    /**
     * Whether the bridge driver sets the filter FORWARD policy to DROP when it turns on ip_forward
     * (drivers/bridge/setup_ip_forwarding.go, libnetwork a493ddb4 "If enabling ip forwarding set the
     * default forward policy to drop", 2016-11: absent from release/v0.8 (1.12), present in 1.13's).
     * A node starts with forwarding off, so from 1.13 its FORWARD chain drops what no rule accepts.
     */
    public boolean dropsForwardByDefault() {
        return atLeast(1, 13);
    }

    /**
     * Whether the {@code -o BRIDGE -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT} rule is
     * inserted by iptables.ProgramChain after the link to DOCKER, so that it ends above it (libnetwork
     * PR #961 "fix-iptables-order", 2017-03, on the 17.05.x branch), rather than by
     * setupIPTablesInternal before it (release/v0.8 and 1.13).
     */
    public boolean acceptsEstablishedAboveDockerChain() {
        return atLeast(17, 5);
    }

    /** 17.06+: the DOCKER-USER filter chain, kept first in FORWARD (firewall_linux.go arrangeUserFilterRule). */
    public boolean hasDockerUserChain() {
        return atLeast(17, 6);
    }

    /**
     * 18.03+: bridge networks are isolated in two stages, DOCKER-ISOLATION-STAGE-1 and -2, one pair
     * of rules per bridge (drivers/bridge/setup_ip_tables.go setINC, bump_18.03); before, one
     * DOCKER-ISOLATION chain with a DROP per ordered pair of bridges.
     */
    public boolean isolatesBridgesInTwoStages() {
        return atLeast(18, 3);
    }

    /**
     * 17.06+: services may join node-local networks such as {@code host} (moby#32981, "Add support
     * for swarm-mode services with node-local networks"); before, docker stack deploy found the
     * external network in the wrong scope.
     */
    public boolean joinsServicesToNodeLocalNetworks() {
        return atLeast(17, 6);
    }

    /** First VXLAN network identifier the manager hands out. */
    public int firstVni() {
        return atLeast(1, 13) ? 4096 : 256;
    }

    /** Swarmkit's refusal of dnsrr with published ports, or null when this port set is allowed. */
    public String dnsrrPortsError(boolean anyPorts, boolean anyIngressPorts) {
        if (!atLeast(1, 13)) {
            return anyPorts ? "EndpointSpec: ports can't be used with dnsrr mode" : null;
        }
        return anyIngressPorts ? "EndpointSpec: port published with ingress mode can't be used with dnsrr mode" : null;
    }

    @Override
    public String toString() {
        return major + "." + (minor < 10 && major >= 17 ? "0" + minor : String.valueOf(minor));
    }
}
