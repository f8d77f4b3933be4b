package io.swarmsim.kernel.trace;

/**
 * One decision the data plane made about one packet: which namespace, which stage, and what
 * happened, in words a learner reads. {@code stage} is the kernel's name for where it happened
 * (route, a netfilter hook and table, conntrack, ipvs, a device), {@code detail} is the decision.
 */
public record TraceStep(long traceId, String netns, Stage stage, String where, String detail) {
    public enum Stage { ROUTE, NETFILTER, CONNTRACK, NAT, IPVS, DEVICE, DELIVER, REPLY, DROP }

    @Override
    public String toString() {
        return netns + " " + stage.name().toLowerCase() + " " + where + ": " + detail;
    }
}
