package io.swarmsim.gui.timeline;

import io.swarmsim.engine.control.DesiredState;
import java.util.HashMap;
import java.util.Map;

/**
 * Readable names for namespaces: a container's namespace is named by its sandbox ID (12 hex
 * digits), which tells a learner nothing, so it is shown as its task ({@code client.1}); hosts and
 * Docker's sandboxes ({@code node1:ingress_sbox}) already read well and keep their names.
 */
final class NamespaceLabels {
    private final Map<String, String> byName = new HashMap<>();

    NamespaceLabels(DesiredState desired) {
        if (desired != null) {
            for (DesiredState.Namespace n : desired.namespaces()) {
                if (n.kind() == DesiredState.Kind.CONTAINER) {
                    byName.put(n.name(), n.owner());
                }
            }
        }
    }

    /** The label for namespace {@code netns}: its task for a container, else its own name. */
    String of(String netns) {
        return byName.getOrDefault(netns, netns);
    }
}
