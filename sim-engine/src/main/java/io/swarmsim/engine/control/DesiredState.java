package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.VxlanConfig;
import java.util.List;
import java.util.Optional;

/**
 * The kernel state the control plane wants, as data: per namespace its devices (with veth peers,
 * bridge masters, vxlan parameters), addresses, routes, the overlay peers to program on vxlan devices,
 * iptables-restore text, IPVS services and the Docker daemon's sockets in it. The simulator loads
 * it into the model; the live bridge feeds the same data to Linux.
 */
public record DesiredState(List<Namespace> namespaces, java.util.Map<String, List<Peer>> peers) {

    /** What a namespace is for, in Docker's terms. */
    public enum Kind { HOST, CONTAINER, OVERLAY, INGRESS_SANDBOX, LB_SANDBOX }

    /**
     * A device. {@code peer} is {@code namespace/device} for a veth, {@code master} the bridge it is a
     * port of, {@code vxlan} set for vxlan devices, {@code segment} the L2 segment of an underlay NIC.
     */
    public record Device(String name, NetDevice.Kind kind, MacAddress mac, int mtu, String peer, String master,
                         VxlanConfig vxlan, String segment) {
    }

    /** An address on a device ({@code ip addr add 10.0.0.2/24 dev eth0}). */
    public record AddressSpec(String cidr, String device) {
    }

    /** A route; {@code gateway} null for an on-link route. */
    public record RouteSpec(String destination, String gateway, String device) {
    }

    /** An endpoint of an overlay network: its address and MAC, and the underlay address (VTEP) of its node. */
    public record Peer(IpAddress address, MacAddress mac, IpAddress vtep) {
    }

    /**
     * Program every remote endpoint of {@code network} on vxlan device {@code device}: for each peer
     * not behind this node's VTEP, {@code ip neigh add A lladdr M dev D nud permanent} and
     * {@code bridge fdb add M dev D dst VTEP self permanent} (peerAdd in the overlay driver).
     */
    public record PeerProgram(String device, String network, IpAddress localVtep) {
    }

    /** An IPVS firewall-mark service with rr and Masq destinations of weight 1, port 0 (as libnetwork makes them). */
    public record IpvsService(int fwmark, List<IpAddress> destinations) {
    }

    /** The embedded DNS server's two sockets in a container: 127.0.0.11:udpPort and :tcpPort. */
    public record EmbeddedDns(int udpPort, int tcpPort) {
    }

    /**
     * @param owner the task name for a container, the node name for the others
     */
    public record Namespace(String name, Kind kind, String node, String owner, List<Device> devices, List<AddressSpec> addresses,
                            List<RouteSpec> routes, boolean ipForward, String iptables, Optional<EmbeddedDns> dns,
                            List<PeerProgram> peerPrograms, List<IpvsService> ipvs) {
    }

    public Optional<Namespace> namespace(String name) {
        return namespaces.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The container namespace of a task. */
    public Optional<Namespace> ofTask(String task) {
        return namespaces.stream().filter(n -> n.kind() == Kind.CONTAINER && n.owner().equals(task)).findFirst();
    }

    public Optional<Namespace> ofNode(String node) {
        return namespaces.stream().filter(n -> n.kind() == Kind.HOST && n.owner().equals(node)).findFirst();
    }
}
