package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetDevice;
import java.util.Optional;

/**
 * What the printers need to know about a device's link that lives outside its own record: the
 * other end of a veth ({@code eth0@if7}) and the id under which the viewing namespace knows the
 * namespace on the other side ({@code link-netnsid 0}). The model keeps a veth's peer only as
 * {@code "ns/dev"} text, so resolving it takes the other namespaces; {@link NamespaceLinks} does
 * that, {@link #NONE} resolves nothing (every device prints as if it had no link).
 */
public interface LinkPeers {
    /**
     * How a device's link prints.
     *
     * @param sameNamespacePeer the peer's name when it lives in the viewing namespace ({@code veth0@veth1},
     *                          no link-netnsid); otherwise null
     * @param ifindex           the peer's ifindex in its own namespace, for {@code @ifN}
     * @param netnsid           the viewing namespace's id for the peer namespace, for {@code link-netnsid N}
     */
    record Link(String sameNamespacePeer, int ifindex, int netnsid) {
        public static Link local(String peerName) {
            return new Link(peerName, 0, -1);
        }

        public static Link remote(int ifindex, int netnsid) {
            return new Link(null, ifindex, netnsid);
        }

        public boolean remote() {
            return sameNamespacePeer == null;
        }

        /** The text after the device name: {@code @veth1} or {@code @if7}. */
        public String suffix() {
            return remote() ? "@if" + ifindex : "@" + sameNamespacePeer;
        }
    }

    /** The link of {@code device} as seen from the namespace being printed; empty when it has none. */
    Optional<Link> link(NetDevice device);

    /** The viewing namespace's id for namespace {@code name}; empty when it is the viewer or unknown. */
    java.util.OptionalInt netnsid(String name);

    /** Resolves nothing: no {@code @ifN}, no {@code link-netnsid}. */
    LinkPeers NONE = new LinkPeers() {
        @Override
        public Optional<Link> link(NetDevice device) {
            return Optional.empty();
        }

        @Override
        public java.util.OptionalInt netnsid(String name) {
            return java.util.OptionalInt.empty();
        }
    };
}
