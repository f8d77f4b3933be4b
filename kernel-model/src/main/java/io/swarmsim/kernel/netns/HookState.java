package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.TraceStep;

/**
 * The packet on its way through one namespace's hooks, with what the hooks learned about it:
 * its conntrack entry, devices, whether IPVS owns it, and the reason if it was dropped.
 */
public final class HookState {
    private final NetNamespace netns;
    private final TraceSink trace;
    private final long now;
    private Packet packet;
    private Hook hook;
    private String inDevice;
    private String outDevice;
    private Conntrack.Match ct;
    private boolean ipvs;
    private String dropReason;

    HookState(NetNamespace netns, Packet packet, String inDevice, String outDevice, long now, TraceSink trace) {
        this.netns = netns;
        this.packet = packet;
        this.inDevice = inDevice;
        this.outDevice = outDevice;
        this.now = now;
        this.trace = trace;
    }

    void enter(Hook h) {
        this.hook = h;
    }

    public NetNamespace netns() {
        return netns;
    }

    public Hook hook() {
        return hook;
    }

    public long now() {
        return now;
    }

    public Packet packet() {
        return packet;
    }

    public void packet(Packet p) {
        this.packet = p;
    }

    public String inDevice() {
        return inDevice;
    }

    public String outDevice() {
        return outDevice;
    }

    void outDevice(String d) {
        this.outDevice = d;
    }

    public Conntrack.Match ct() {
        return ct;
    }

    public void ct(Conntrack.Match m) {
        this.ct = m;
    }

    public CtState ctState() {
        return ct == null ? CtState.INVALID : ct.state();
    }

    public boolean ipvs() {
        return ipvs;
    }

    public void ipvs(boolean v) {
        this.ipvs = v;
    }

    public String dropReason() {
        return dropReason;
    }

    public void drop(String reason) {
        this.dropReason = reason;
    }

    public boolean tracing() {
        return trace.enabled();
    }

    public void trace(TraceStep.Stage stage, String where, String detail) {
        if (trace.enabled()) {
            trace.step(new TraceStep(packet.traceId(), netns.name(), stage, where, detail));
        }
    }

    TraceSink sink() {
        return trace;
    }
}
