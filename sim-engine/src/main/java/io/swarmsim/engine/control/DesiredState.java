package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.NetDevice;
import java.util.List;
import java.util.Optional;

/**
 * The kernel state the control plane wants, as data: per namespace its devices, addresses,
 * routes, iptables-restore text and the Docker daemons' sockets in it. The simulator loads it
 * into the model; the live bridge feeds the same data to Linux.
 */
public record DesiredState(List<Namespace> namespaces) {

    /** What a namespace is for, in Docker's terms. */
    public enum Kind { HOST, CONTAINER, OVERLAY, INGRESS_SANDBOX, LB_SANDBOX }

    /** A device; {@code segment} names the L2 domain its other end reaches. */
    public record Device(String name, NetDevice.Kind kind, MacAddress mac, int mtu, String segment) {
    }

    /** An address on a device ({@code ip addr add 10.0.0.2/24 dev eth0}). */
    public record AddressSpec(String cidr, String device) {
    }

    /** A route; {@code gateway} null for an on-link route. */
    public record RouteSpec(String destination, String gateway, String device) {
    }

    /** The embedded DNS server's two sockets in a container: 127.0.0.11:udpPort and :tcpPort. */
    public record EmbeddedDns(int udpPort, int tcpPort) {
    }

    /**
     * @param owner the task name for a container, the node name for a host
     */
    public record Namespace(String name, Kind kind, String node, String owner, List<Device> devices, List<AddressSpec> addresses,
                            List<RouteSpec> routes, boolean ipForward, String iptables, Optional<EmbeddedDns> dns) {
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
