package io.swarmsim.kernel.netns;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The UDP socket (port 4789) the vxlan driver keeps in the namespace where vxlan devices were
 * created: it maps each VNI to the namespace and device that decapsulate it.
 */
public final class VxlanSocket {
    /** Where frames of one VNI go after decapsulation. */
    public record Endpoint(String netns, String device) {
    }

    private final Map<Integer, Endpoint> byVni = new LinkedHashMap<>();

    public void register(int vni, String netns, String device) {
        byVni.put(vni, new Endpoint(netns, device));
    }

    public Optional<Endpoint> endpoint(int vni) {
        return Optional.ofNullable(byVni.get(vni));
    }
}
