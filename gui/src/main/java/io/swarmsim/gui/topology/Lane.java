package io.swarmsim.gui.topology;

/**
 * A network as the picture draws it: an overlay (or the ingress overlay) is a coloured lane inside
 * each node it reaches plus a bus under the nodes for its VXLAN membership; {@code docker_gwbridge}
 * is a grey lane on the left of each node (every node has its own bridge of that name); the underlay
 * is the dark bus the hosts' NICs hang from.
 *
 * @param index position among the overlay lanes (left to right), -1 for the others
 * @param detail what the legend and the bus label add to the name ({@code VXLAN VNI 257})
 */
public record Lane(String name, Kind kind, int index, String detail) {
    public enum Kind { INGRESS, OVERLAY, GWBRIDGE, UNDERLAY }

    public static final String GWBRIDGE = "docker_gwbridge";
    public static final String UNDERLAY = "underlay";

    public boolean overlay() {
        return kind == Kind.INGRESS || kind == Kind.OVERLAY;
    }
}
