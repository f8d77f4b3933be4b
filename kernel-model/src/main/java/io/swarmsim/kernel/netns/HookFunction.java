package io.swarmsim.kernel.netns;

/** Something registered at a netfilter hook: conntrack, an iptables table, IPVS. */
@FunctionalInterface
public interface HookFunction {
    /** Looks at (and may rewrite) the packet in {@code state}; returns whether it continues. */
    Verdict process(HookState state);

    /** ACCEPT: go on; DROP: the packet dies; STOLEN: a function took it and sends it on itself (IPVS). */
    enum Verdict { ACCEPT, DROP, STOLEN }
}
