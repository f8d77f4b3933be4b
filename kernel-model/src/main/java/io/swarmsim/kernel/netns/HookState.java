package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.conntrack.CtState;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.TraceSink;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;

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
    private DropReason dropKind;

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

    public DropReason dropKind() {
        return dropKind;
    }

    public void drop(DropReason kind, String reason) {
        this.dropKind = kind;
        this.dropReason = reason;
    }

    /** Whether anyone listens to events of this kind. */
    public boolean wants(TraceEvent.Kind kind) {
        return trace.wants(kind);
    }

    /** Hands an event to the trace (callers ask {@link #wants} before building it). */
    public void emit(TraceEvent e) {
        trace.event(e);
    }

    /** The namespace, at the device the packet is on: the outgoing one once routed, else the incoming one. */
    public Place place() {
        return Place.of(netns.name(), outDevice != null ? outDevice : inDevice);
    }

    TraceSink sink() {
        return trace;
    }
}
