package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.trace.TraceSink;

/** Something registered at a netfilter hook: conntrack, an iptables table, IPVS. */
@FunctionalInterface
public interface HookFunction {
    /**
     * Looks at the packet in {@code state} and returns its verdict with the packet it produced;
     * emits what it decided to {@code trace} (asking {@link TraceSink#wants} first).
     */
    StageResult process(PacketState state, TraceSink trace);

    /** ACCEPT: go on; DROP: the packet dies; STOLEN: a function took it and sends it on itself (IPVS). */
    enum Verdict { ACCEPT, DROP, STOLEN }
}
