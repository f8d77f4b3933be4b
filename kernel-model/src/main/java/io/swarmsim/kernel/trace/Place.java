package io.swarmsim.kernel.trace;

/**
 * Where an event happened: a namespace by its name (stable for a scenario and seed: the names the
 * desired state gives, such as {@code node1}, a container ID, {@code ingress_sbox}) and a device in
 * it ({@code eth0}, {@code br0}, {@code vxlan1}, {@code lo}), or {@code ""} when the event belongs to
 * the namespace as a whole (a route lookup, a DNS server, an application).
 */
public record Place(String netns, String device) {
    public Place {
        if (netns == null || device == null) {
            throw new IllegalArgumentException("a place names a namespace and a device (\"\" for none)");
        }
    }

    public static Place of(String netns) {
        return new Place(netns, "");
    }

    public static Place of(String netns, String device) {
        return new Place(netns, device == null ? "" : device);
    }

    @Override
    public String toString() {
        return device.isEmpty() ? netns : netns + "/" + device;
    }
}
