package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.VxlanConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects one namespace's desired state while the planner walks the cluster. */
final class NsBuilder {
    final String name;
    final DesiredState.Kind kind;
    final String node;
    final String owner;
    final List<DesiredState.Device> devices = new ArrayList<>();
    final List<DesiredState.AddressSpec> addresses = new ArrayList<>();
    final List<DesiredState.RouteSpec> routes = new ArrayList<>();
    final List<DesiredState.PeerProgram> peerPrograms = new ArrayList<>();
    final List<DesiredState.IpvsService> ipvs = new ArrayList<>();
    final IptablesText iptables = new IptablesText();
    final java.util.EnumMap<DesiredState.Sysctl, Integer> sysctls = new java.util.EnumMap<>(DesiredState.Sysctl.class);
    final List<DesiredState.AppServer> servers = new ArrayList<>();
    DesiredState.EmbeddedDns dns;
    /**
     * Interface names inside a sandbox: up to 17.04 one counter shared by every prefix (br0, vxlan1,
     * veth2); from 17.05 one counter per prefix (br0, vxlan0, veth0).
     */
    boolean sharedCounter = true;
    /** Whether Docker's netlink library sets the broadcast of the addresses it adds ({@link DockerVersion#setsBroadcast}). */
    boolean dockerBroadcast = true;
    private int counter;
    private final java.util.Map<String, Integer> perPrefix = new java.util.HashMap<>();

    NsBuilder(String name, DesiredState.Kind kind, String node, String owner) {
        this.name = name;
        this.kind = kind;
        this.node = node;
        this.owner = owner;
    }

    /** The next interface name with {@code prefix}. */
    String nextName(String prefix) {
        return prefix + (sharedCounter ? counter++ : perPrefix.merge(prefix, 1, Integer::sum) - 1);
    }

    void sysctl(DesiredState.Sysctl key, int value) {
        sysctls.put(key, value);
    }

    void device(String dev, NetDevice.Kind k, MacAddress mac, int mtu, DesiredState.DeviceRef peer, String master, VxlanConfig vxlan, String segment) {
        devices.add(new DesiredState.Device(dev, k, mac, mtu, peer, master, vxlan, segment));
    }

    /** An address Docker adds (through its netlink library: with a broadcast address from 17.12, see {@link #dockerBroadcast}). */
    void address(String cidr, String dev) {
        addresses.add(DesiredState.AddressSpec.of(cidr, dev, dockerBroadcast));
    }

    /** An address the machine's own network configuration adds ({@code ip addr add ... brd +}): the node's underlay NIC. */
    void hostAddress(String cidr, String dev) {
        addresses.add(DesiredState.AddressSpec.of(cidr, dev, true));
    }

    DesiredState.Namespace build() {
        return new DesiredState.Namespace(name, kind, node, owner, List.copyOf(devices), List.copyOf(addresses), List.copyOf(routes),
                java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(sysctls)), iptables.render(), Optional.ofNullable(dns),
                List.copyOf(servers), List.copyOf(peerPrograms), List.copyOf(ipvs));
    }
}
