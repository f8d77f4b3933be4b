package io.swarmsim.live;

/**
 * The documented differences between a real namespace's views and the model's, removed before the
 * two are diffed, each with the reason it is not a finding about the model. Everything not listed
 * here is compared character for character.
 */
public enum Normalisation {
    IFINDEX("ip addr: interface indexes ('7: eth0@if12:') become '#', and interfaces are compared in name order",
            "the kernel numbers devices per namespace in creation order, and a vxlan device moved in from the host namespace "
                    + "keeps the index it had there; the model numbers devices in its own order"),
    LINK_NETNS("ip addr: 'link-netnsid N' and 'link-netns NAME' become 'link-netns #'",
            "the id is the order in which this namespace first referred to the other one, and iproute2 prints a name instead "
                    + "when the other namespace is a named one (the run's are; Docker's are not listed in /var/run/netns)"),
    UNDERLAY_NIC("ip addr: a node's underlay NIC loses its qdisc, '@if#' and 'link-netns #'",
            "the model's NIC is a plain ethernet device with fq_codel; here it is a veth to the run's underlay bridge "
                    + "(this kernel has no dummy devices and no fq_codel)"),
    IPVS_CHAIN("iptables -nvL -t nat: chain " + IpvsSubstitute.CHAIN + " and the jumps to it are dropped",
            "they are the IPVS substitute (this kernel has no IP_VS); the model shows IPVS with ipvsadm, not in iptables"),
    IPVS_MATCH("iptables -nvL: 'ctstate DNAT /* " + IpvsSubstitute.TAG + " */' reads 'ipvs'",
            "the kernel has no ipvs match: '-m ipvs --ipvs' was loaded as '-m conntrack --ctstate DNAT' (what the substitute "
                    + "forwarded, it DNATed)"),
    NEIGH_IPV6("ip neigh: IPv6 entries are dropped",
            "the kernel's IPv6 (router solicitations, MLD) makes neighbour entries the model, which has no IPv6 traffic, does not"),
    NEIGH_ORDER("ip neigh: entries are compared in sorted order",
            "the kernel lists its neighbour table in hash-bucket order, which depends on hashing, not on the order of programming");

    private final String what;
    private final String why;

    Normalisation(String what, String why) {
        this.what = what;
        this.why = why;
    }

    public String what() {
        return what;
    }

    public String why() {
        return why;
    }
}
