package io.swarmsim.kernel.netns;

/** Something registered at a netfilter hook: conntrack, an iptables table, IPVS. */
@FunctionalInterface
public interface HookFunction {
    /** Looks at (and may rewrite) the packet in {@code state}; returns whether it continues. */
    Verdict process(HookState state);

    enum Verdict { ACCEPT, DROP }
}
