package io.swarmsim.live.diff;

/**
 * What the differential test leaves out on purpose, each with the kernel's (or iptables') behaviour
 * that makes it so. The generator names the entry where it avoids the construct; the report lists
 * them, so a reader knows what "agree" covers. Two kinds: differences the model keeps (it follows
 * the kernel's own x_tables semantics, or simplifies), and results the kernel itself does not
 * make reproducible.
 */
enum KnownDifferences {
    /** iptables-nft only: the model, like the legacy backend, loads the rule. */
    NFT_INVERTED_ZERO_PREFIX("! -s/-d 0.0.0.0/0",
            "iptables-nft 1.8.9 turns an inverted zero-length prefix into a zero-length compare that nf_tables refuses "
            + "(RULE_APPEND failed, EINVAL); the legacy backend loads it as a rule that never matches"),
    /** iptables-nft only: the model matches as the legacy backend (the kernel's tcp/udp match). */
    NFT_BOTH_PORTS_INVERTED("! --sport A ! --dport B in one tcp/udp match",
            "iptables-nft 1.8.9 loads both ports as one 32-bit word and compares it once (cmp neq), so the rule matches "
            + "when either port differs; xt_tcpudp (legacy) needs both to differ"),
    /** Kernel randomness. */
    SNAT_PORT_OUTSIDE_RANGE("SNAT/MASQUERADE --to-ports/:ports range that does not hold the source port",
            "nf_nat_l4proto_unique_tuple starts source NAT at a random offset in the range (get_random_u16); the model "
            + "takes the first port. Ranges holding every probe's source port are drawn (the port is kept)"),
    /** Kernel order dependence. */
    SHARED_SNAT_PORT("one SNAT port for several connections to the same peer",
            "the clash is resolved by arrival order and clash resolution; the model would take the next port"),
    /** Kernel randomness. */
    STATISTIC_RANDOM("-m statistic --mode random with 0 < probability < 1",
            "the kernel draws get_random_u32(); only probabilities 0 and 1 are drawn, which decide without chance"),
    /** A model simplification, neutralised in the labs. */
    ICMP_RATE_LIMIT("ICMP error rate limit",
            "the kernel sends one error per peer per net.ipv4.icmp_ratelimit (1000 ms) after a burst of 6; the model "
            + "sends every error. The labs set icmp_ratelimit=0"),
    /** Timing the model keeps in simulated time only. */
    ARP("ARP resolution", "every neighbour is permanent in both labs: the kernel's probe timers run on the wall clock"),
    /** Timing. */
    TCP_SESSIONS("TCP beyond the SYN",
            "nothing listens, so every SYN meets a RST or nothing; a full session's delayed ACKs and FIN timing vary"),
    /** The model's parser refuses these; they are not drawn. */
    UNMODELLED("LOG, REJECT, CT, CONNMARK and other targets; icmp type/code names; rules without a target",
            "not modelled (RulesetParser refuses them by name), so not drawn"),
    /** Not reachable in this topology. */
    FORWARD("FORWARD chains", "neither namespace forwards (ip_forward=0), so those chains are declared but never met");

    private final String construct;
    private final String reason;

    KnownDifferences(String construct, String reason) {
        this.construct = construct;
        this.reason = reason;
    }

    /** {@code construct: reason}, one line. */
    String line() {
        return construct + ": " + reason;
    }
}
