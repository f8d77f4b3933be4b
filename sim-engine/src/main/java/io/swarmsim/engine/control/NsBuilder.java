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
    boolean ipForward;
    DesiredState.EmbeddedDns dns;
    /** Docker 1.12's interface names inside a sandbox share one counter across prefixes (br0, vxlan1, veth2). */
    int sharedCounter;

    NsBuilder(String name, DesiredState.Kind kind, String node, String owner) {
        this.name = name;
        this.kind = kind;
        this.node = node;
        this.owner = owner;
    }

    /** The next name with {@code prefix} under Docker 1.12's shared counter. */
    String nextName(String prefix) {
        return prefix + sharedCounter++;
    }

    void device(String dev, NetDevice.Kind k, MacAddress mac, int mtu, String peer, String master, VxlanConfig vxlan, String segment) {
        devices.add(new DesiredState.Device(dev, k, mac, mtu, peer, master, vxlan, segment));
    }

    void address(String cidr, String dev) {
        addresses.add(new DesiredState.AddressSpec(cidr, dev));
    }

    DesiredState.Namespace build() {
        return new DesiredState.Namespace(name, kind, node, owner, List.copyOf(devices), List.copyOf(addresses), List.copyOf(routes),
                ipForward, iptables.render(), Optional.ofNullable(dns), List.copyOf(peerPrograms), List.copyOf(ipvs));
    }
}
