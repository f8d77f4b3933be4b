package io.swarmsim.gui.topology;

/**
 * A stroke of the static picture. LANE: a network's vertical lane inside a node; STUB: a port's
 * short link to its lane; TUNNEL: a vxlan device's dashed drop to its network's bus; DROP: a host
 * NIC's link down to the underlay; BUS: a network's horizontal bus under a row of nodes; TRUNK: the
 * vertical piece joining one bus across rows.
 */
public record Line(String lane, Kind kind, Point a, Point b) {
    public enum Kind { LANE, STUB, TUNNEL, DROP, BUS, TRUNK }
}
