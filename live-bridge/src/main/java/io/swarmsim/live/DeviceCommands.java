package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.VxlanConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands that create one namespace's devices, as Docker's drivers do on a node, but with the
 * model's names, MACs and MTUs so that {@code ip addr} reads the same on both sides. Every command
 * runs inside a namespace of the run ({@code ip -n NS}); a veth pair is created from one side with
 * its peer placed straight into the other namespace, so no device ever passes through the root
 * namespace.
 */
final class DeviceCommands {
    private final DesiredState state;
    private final NameMap names;

    DeviceCommands(DesiredState state, NameMap names) {
        this.state = state;
        this.names = names;
    }

    /**
     * The devices of {@code ns} other than vxlan (those need the hosts' underlay NICs first):
     * bridges, veth pairs not created from their other side yet ({@code made} records the pairs),
     * and underlay NICs, which are veths whose other end is a port of the segment's bridge in the
     * run's underlay namespace.
     */
    List<Cmd> devices(DesiredState.Namespace ns, Set<String> made) {
        String real = names.netns(ns.name());
        List<Cmd> out = new ArrayList<>();
        for (DesiredState.Device d : ns.devices()) {
            String self = ns.name() + "/" + d.name();
            if (d.kind() == NetDevice.Kind.BRIDGE) {
                out.add(ip(real, "link", "add", d.name(), "address", d.mac().toString(), "mtu", mtu(d), "type", "bridge"));
            } else if (d.kind() == NetDevice.Kind.VETH && made.add(self)) {
                made.add(d.peer().toString());
                DesiredState.Device peer = peerOf(d);
                String peerNs = d.peer().namespace();
                out.add(ip(real, "link", "add", d.name(), "address", d.mac().toString(), "mtu", mtu(d), "type", "veth",
                        "peer", "name", peer.name(), "address", peer.mac().toString(), "mtu", mtu(peer), "netns", names.netns(peerNs)));
            } else if (d.kind() == NetDevice.Kind.ETHER) {
                if (d.segment() == null) {
                    throw new LiveException(self + " is an ethernet device on no segment; the live bridge builds NICs only on an underlay segment");
                }
                String port = names.underlayPort(ns.name());
                String ul = names.underlay();
                out.add(ip(real, "link", "add", d.name(), "address", d.mac().toString(), "mtu", mtu(d), "type", "veth",
                        "peer", "name", port, "netns", ul));
                out.add(ip(ul, "link", "set", port, "master", names.segmentBridge(d.segment())));
                out.add(ip(ul, "link", "set", port, "up"));
            }
        }
        return out;
    }

    /**
     * The vxlan devices of overlay namespace {@code ns}, made as libnetwork makes them: created in
     * the node's host namespace (where the UDP socket on port 4789 then lives, bound to the node's
     * underlay address) under a temporary name, moved into the overlay namespace, renamed.
     */
    List<Cmd> vxlans(DesiredState.Namespace ns) {
        String real = names.netns(ns.name());
        List<Cmd> out = new ArrayList<>();
        for (DesiredState.Device d : ns.devices()) {
            if (d.kind() != NetDevice.Kind.VXLAN) {
                continue;
            }
            VxlanConfig v = d.vxlan();
            String host = names.netns(v.underlayNetns());
            String tmp = names.vxlanTemp(v.vni());
            List<String> argv = new ArrayList<>(List.of("ip", "-n", host, "link", "add", tmp, "address", d.mac().toString(),
                    "mtu", mtu(d), "type", "vxlan", "id", Integer.toString(v.vni()), "dstport", Integer.toString(v.port())));
            if (v.local() != null) {
                argv.addAll(List.of("local", v.local().toString()));
                underlayDevice(v).ifPresent(dev -> argv.addAll(List.of("dev", dev)));
            }
            argv.add(v.learning() ? "learning" : "nolearning");
            argv.add(v.proxy() ? "proxy" : "noproxy");
            argv.add(v.l2miss() ? "l2miss" : "nol2miss");
            argv.add(v.l3miss() ? "l3miss" : "nol3miss");
            out.add(Cmd.of(argv));
            out.add(ip(host, "link", "set", tmp, "netns", real));
            out.add(ip(real, "link", "set", tmp, "name", d.name()));
        }
        return out;
    }

    /** The host device holding the vxlan's local address: the underlay NIC the tunnel leaves by. */
    private Optional<String> underlayDevice(VxlanConfig v) {
        return state.namespace(v.underlayNetns()).flatMap(h -> h.addresses().stream()
                .filter(a -> a.address().equals(v.local())).map(DesiredState.AddressSpec::device).findFirst());
    }

    private DesiredState.Device peerOf(DesiredState.Device d) {
        String dev = d.peer().device();
        return state.namespace(d.peer().namespace()).flatMap(n -> n.devices().stream().filter(x -> x.name().equals(dev)).findFirst())
                .orElseThrow(() -> new LiveException("veth peer " + d.peer() + " is not in the desired state", true));
    }

    private static String mtu(DesiredState.Device d) {
        return Integer.toString(d.mtu());
    }

    /** {@code ip -n NS args...}: ip switches into the namespace itself, the same as {@code ip netns exec NS ip args...}. */
    static Cmd ip(String netns, String... args) {
        List<String> argv = new ArrayList<>(List.of("ip", "-n", netns));
        argv.addAll(List.of(args));
        return Cmd.of(argv);
    }

}
