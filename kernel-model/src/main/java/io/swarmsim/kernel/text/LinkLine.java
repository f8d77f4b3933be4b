package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.Optional;

/**
 * The two lines {@code ip link} and {@code ip addr} print for a device, for devices that are up
 * (the model has no administrative state; Docker brings every device it creates up):
 *
 * <pre>
 * 3: veth2@if2: &lt;BROADCAST,MULTICAST,UP,LOWER_UP&gt; mtu 1450 qdisc noqueue master br0 state UP group default qlen 1000
 *     link/ether 02:42:0a:00:01:02 brd ff:ff:ff:ff:ff:ff link-netnsid 1
 * </pre>
 *
 * Rules (recorded from the real kernel, see the goldens under {@code src/test/resources/text}):
 * <ul>
 * <li>flags: {@code LOOPBACK,UP,LOWER_UP} for lo, {@code BROADCAST,MULTICAST,UP,LOWER_UP} otherwise; a
 *     bridge without ports has no carrier: {@code NO-CARRIER,BROADCAST,MULTICAST,UP} and state DOWN
 *     (a bridge whose MAC was set, as every bridge Docker makes: kernel 6.18 gives one created
 *     without an address the carrier until its first port);</li>
 * <li>qdisc: {@code noqueue} for lo, veth, bridge and vxlan (software devices without a queue); an
 *     {@code ETHER} (a node's physical NIC, not recordable here) is given {@code fq_codel}, systemd's
 *     default qdisc on Debian 12;</li>
 * <li>state: {@code UNKNOWN} for lo and vxlan (no operstate), {@code UP} otherwise;</li>
 * <li>{@code group default qlen 1000} for every device, lo included (kernel 6.x);</li>
 * <li>{@code master B} between qdisc and state for a bridge port;</li>
 * <li>{@code link-netnsid N} on the link/ether line when the link is in another namespace.</li>
 * </ul>
 */
final class LinkLine {
    private LinkLine() {
    }

    /** The first line without its newline; {@code mode} adds {@code mode DEFAULT} as {@code ip link} does. */
    static String header(NetNamespace ns, NetDevice d, Optional<LinkPeers.Link> link, boolean mode) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.ifindex()).append(": ").append(d.name());
        link.ifPresent(l -> sb.append(l.suffix()));
        boolean carrier = carrier(ns, d.name());
        sb.append(": <").append(flags(d, carrier)).append("> mtu ").append(d.mtu());
        sb.append(" qdisc ").append(qdisc(d));
        if (d.master() != null) {
            sb.append(" master ").append(d.master());
        }
        sb.append(" state ").append(state(d, carrier));
        if (mode) {
            sb.append(" mode DEFAULT");
        }
        sb.append(" group default qlen 1000");
        return sb.toString();
    }

    /**
     * The header {@code ip -6 addr} prints when it lists every device (iproute2 6.1, recorded in
     * namespaces): no qdisc, no group; a bridge port shows its bridge after {@code @}
     * ({@code 3: v0@br0: <...> mtu 1500 state UP qlen 1000}). A veth whose peer is in another
     * namespace shows {@code @ifN} in some runs and not in others (iproute2's link cache); the model
     * prints none.
     */
    static String briefHeader(NetNamespace ns, NetDevice d) {
        boolean carrier = carrier(ns, d.name());
        return d.ifindex() + ": " + d.name() + (d.master() != null ? "@" + d.master() : "") + ": <" + flags(d, carrier) + "> mtu "
                + d.mtu() + " state " + state(d, carrier) + " qlen 1000";
    }

    /** The {@code link/...} line, indented, without its newline. */
    static String link(NetDevice d, Optional<LinkPeers.Link> link) {
        if (d.isLoopback()) {
            return "    link/loopback " + d.mac() + " brd 00:00:00:00:00:00";
        }
        StringBuilder sb = new StringBuilder("    link/ether ").append(d.mac()).append(" brd ff:ff:ff:ff:ff:ff");
        link.filter(LinkPeers.Link::remote).ifPresent(l -> sb.append(" link-netnsid ").append(l.netnsid()));
        return sb.toString();
    }

    /** Whether {@code dev} has carrier: every device but a bridge without ports (one whose MAC was set, as Docker sets it). */
    static boolean carrier(NetNamespace ns, String dev) {
        return ns.device(dev).map(d -> d.kind() != NetDevice.Kind.BRIDGE || !ns.ports(dev).isEmpty()).orElse(true);
    }

    private static String flags(NetDevice d, boolean carrier) {
        if (d.isLoopback()) {
            return "LOOPBACK,UP,LOWER_UP";
        }
        return carrier ? "BROADCAST,MULTICAST,UP,LOWER_UP" : "NO-CARRIER,BROADCAST,MULTICAST,UP";
    }

    private static String qdisc(NetDevice d) {
        return d.kind() == NetDevice.Kind.ETHER ? "fq_codel" : "noqueue";
    }

    private static String state(NetDevice d, boolean carrier) {
        if (d.isLoopback() || d.kind() == NetDevice.Kind.VXLAN) {
            return "UNKNOWN";
        }
        return carrier ? "UP" : "DOWN";
    }
}
