package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The endpoints of one overlay network as the overlay driver's peer database holds them (IP, MAC,
 * the VTEP of their node). Every node programs the remote ones as permanent ARP and FDB entries on
 * its vxlan device; one immutable table is shared by all those devices instead of a copy per node,
 * which keeps the O(nodes x endpoints) state of a large cluster in O(endpoints) memory.
 */
public final class PeerTable {
    /** One endpoint: its address, MAC and the underlay address of the node it runs on. */
    public record Peer(IpAddress address, MacAddress mac, IpAddress vtep) {
    }

    private final List<Peer> peers;
    private final Map<IpAddress, Peer> byIp = new HashMap<>();
    private final Map<MacAddress, Peer> byMac = new HashMap<>();

    public PeerTable(List<Peer> peers) {
        this.peers = List.copyOf(peers);
        for (Peer p : this.peers) {
            byIp.put(p.address(), p);
            byMac.put(p.mac(), p);
        }
    }

    public List<Peer> peers() {
        return peers;
    }

    /** The peer with this address, unless it runs behind {@code localVtep} (local endpoints are not programmed). */
    public Optional<Peer> byIp(IpAddress ip, IpAddress localVtep) {
        Peer p = byIp.get(ip);
        return p == null || p.vtep().equals(localVtep) ? Optional.empty() : Optional.of(p);
    }

    public Optional<Peer> byMac(MacAddress mac, IpAddress localVtep) {
        Peer p = byMac.get(mac);
        return p == null || p.vtep().equals(localVtep) ? Optional.empty() : Optional.of(p);
    }
}
