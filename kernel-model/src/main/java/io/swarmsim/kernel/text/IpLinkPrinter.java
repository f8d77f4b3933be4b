package io.swarmsim.kernel.text;

import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.Optional;

/**
 * {@code ip link} (iproute2 6.1): every device in ifindex order, two lines each. The line
 * rules are in {@link LinkLine}; {@code links} supplies the {@code @ifN} and {@code link-netnsid}
 * values the model does not hold.
 */
public final class IpLinkPrinter {
    private IpLinkPrinter() {
    }

    public static String print(NetNamespace ns, LinkPeers links) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : Devices.inIfindexOrder(ns)) {
            Optional<LinkPeers.Link> l = links.link(d);
            sb.append(LinkLine.header(ns, d, l, true)).append('\n');
            sb.append(LinkLine.link(d, l)).append('\n');
        }
        return sb.toString();
    }
}
