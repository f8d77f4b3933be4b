package io.swarmsim.gui.topology;

import io.swarmsim.engine.control.DesiredState;
import java.util.List;

/**
 * A namespace as the picture labels it: a container by its task name and short container ID, an
 * overlay namespace ({@code 1-<netid>}) by its network's name, the sandboxes by what they are for.
 *
 * @param owner the task name for a container, the node name otherwise (what {@code highlighted} may name)
 */
public record NsInfo(String name, DesiredState.Kind kind, String node, String owner, String title, String subtitle,
                     List<Port> ports) {
    public NsInfo {
        ports = List.copyOf(ports);
    }

    /** The row standing for {@code device}, if any. */
    public Port port(String device) {
        for (Port p : ports) {
            if (p.devices().contains(device)) {
                return p;
            }
        }
        return null;
    }
}
