package io.swarmsim.gui.topology;

import java.util.List;

/**
 * One row of a namespace's box: a device (or a bridge with the veths enslaved to it, which share its
 * port) with its address, and where its port sits: on the left edge for {@code docker_gwbridge}, on
 * the right edge for overlay lanes, at the bottom for the underlay NIC; a vxlan device's port (TUNNEL)
 * is on the right and leads down to its network's bus.
 *
 * @param devices every device name this row stands for (events on any of them are drawn here)
 * @param lane    the lane's name, or null for a device on no drawn network
 */
public record Port(List<String> devices, String lane, Side side, String text) {
    public enum Side { LEFT, RIGHT, TUNNEL, BOTTOM, NONE }

    public Port {
        devices = List.copyOf(devices);
    }
}
