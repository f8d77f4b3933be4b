package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * {@link LinkPeers} for one viewing namespace, resolved against the other namespaces.
 *
 * <p>Namespace ids ({@code link-netnsid}) are local to the viewer and handed out by the kernel
 * when first needed. Moving a device between namespaces allocates ids at once (both ways); any
 * other peer namespace gets its id the first time a listing needs it, i.e. in device order. The
 * rule here: the namespaces named in {@code allocatedFirst} (those a device was moved from or to,
 * in the order of the moves) get 0, 1, ...; the others follow in the order their first device
 * appears in the viewer (a veth's peer namespace, or a vxlan's underlay namespace).
 *
 * <p>A veth prints {@code @ifN} with its peer's ifindex when the peer is in another namespace and
 * {@code @peer} when both ends are in the viewer. A vxlan device created in another namespace
 * (its {@link io.swarmsim.kernel.netns.VxlanConfig#underlayNetns() underlay}) and moved into the
 * viewer prints {@code @ifN} with its own ifindex and the underlay's id, as kernel 6.18 reports it.
 */
public final class NamespaceLinks implements LinkPeers {
    private final NetNamespace viewer;
    private final Function<String, Optional<NetNamespace>> namespaces;
    private final List<String> ids;

    /**
     * @param viewer         the namespace being printed
     * @param namespaces     finds a namespace by its model name
     * @param allocatedFirst namespaces whose ids were allocated before any listing, in order
     */
    public NamespaceLinks(NetNamespace viewer, Function<String, Optional<NetNamespace>> namespaces, List<String> allocatedFirst) {
        this.viewer = viewer;
        this.namespaces = namespaces;
        List<String> order = new ArrayList<>();
        for (String n : allocatedFirst) {
            if (!n.equals(viewer.name()) && !order.contains(n)) {
                order.add(n);
            }
        }
        for (NetDevice d : viewer.devices()) {
            String other = otherNamespace(d);
            if (other != null && !other.equals(viewer.name()) && !order.contains(other)) {
                order.add(other);
            }
        }
        this.ids = List.copyOf(order);
    }

    public NamespaceLinks(NetNamespace viewer, Function<String, Optional<NetNamespace>> namespaces) {
        this(viewer, namespaces, List.of());
    }

    @Override
    public OptionalInt netnsid(String name) {
        int i = ids.indexOf(name);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    @Override
    public Optional<Link> link(NetDevice d) {
        if (d.kind() == NetDevice.Kind.VETH && d.peer() != null) {
            String ns = peerNamespace(d.peer());
            String dev = d.peer().substring(d.peer().indexOf('/') + 1);
            if (ns.equals(viewer.name())) {
                return Optional.of(Link.local(dev));
            }
            Optional<NetDevice> peer = namespaces.apply(ns).flatMap(n -> n.device(dev));
            OptionalInt id = netnsid(ns);
            if (peer.isEmpty() || id.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Link.remote(peer.get().ifindex(), id.getAsInt()));
        }
        if (d.kind() == NetDevice.Kind.VXLAN && d.vxlan() != null && d.vxlan().underlayNetns() != null
                && !d.vxlan().underlayNetns().equals(viewer.name())) {
            OptionalInt id = netnsid(d.vxlan().underlayNetns());
            return id.isPresent() ? Optional.of(Link.remote(d.ifindex(), id.getAsInt())) : Optional.empty();
        }
        return Optional.empty();
    }

    private static String otherNamespace(NetDevice d) {
        if (d.kind() == NetDevice.Kind.VETH && d.peer() != null) {
            return peerNamespace(d.peer());
        }
        if (d.kind() == NetDevice.Kind.VXLAN && d.vxlan() != null) {
            return d.vxlan().underlayNetns();
        }
        return null;
    }

    private static String peerNamespace(String peer) {
        int slash = peer.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("veth peer is not ns/dev: " + peer);
        }
        return peer.substring(0, slash);
    }
}
