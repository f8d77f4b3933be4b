package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.kernel.ipvs.ServiceKey;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.EphemeralPorts;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.PeerTable;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import io.swarmsim.kernel.netns.VxlanSocket;
import io.swarmsim.kernel.packet.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Loads desired kernel state into model namespaces, as {@code ip}, {@code bridge},
 * {@code iptables-restore}, {@code ipvsadm} and {@code sysctl -w} would: devices, enslaving,
 * addresses, routes, permanent neighbours and FDB entries, IPVS services, sysctls, tables; then plugs underlay NICs into the
 * fabric and opens each host's VXLAN socket.
 */
final class KernelLoader {
    private KernelLoader() {
    }

    /** Where a vxlan driver's UDP socket lives: the namespace the devices were made in, and their port. */
    private record SocketKey(String netns, int port) {
    }

    static Map<String, NetNamespace> load(DesiredState state, Fabric fabric, SplittableRandom ports,
                                          io.swarmsim.kernel.netns.PathStats total) {
        Map<String, NetNamespace> out = new LinkedHashMap<>();
        Map<SocketKey, VxlanSocket> vxlanSockets = new LinkedHashMap<>();
        Map<String, PeerTable> peerTables = new LinkedHashMap<>();
        state.peers().forEach((net, list) -> peerTables.put(net, new PeerTable(
                list.stream().map(p -> new PeerTable.Peer(p.address(), p.mac(), p.vtep())).toList())));
        for (DesiredState.Namespace spec : state.namespaces()) {
            NetNamespace ns = new NetNamespace(spec.name(), EphemeralPorts.LOW + ports.nextInt(EphemeralPorts.HIGH - EphemeralPorts.LOW));
            ns.countInto(total);
            ns.seedStatistic(ports.nextLong());
            for (DesiredState.Device d : spec.devices()) {
                ns.addDevice(d.name(), d.kind(), d.mac(), d.mtu(), d.peer() == null ? null : d.peer().toString(), d.vxlan());
                if (d.vxlan() != null) {
                    vxlanSockets.computeIfAbsent(new SocketKey(d.vxlan().underlayNetns(), d.vxlan().port()), n -> new VxlanSocket())
                            .register(d.vxlan().vni(), spec.name(), d.name());
                }
            }
            for (DesiredState.Device d : spec.devices()) {
                if (d.master() != null) {
                    ns.setMaster(d.name(), d.master());
                }
            }
            for (DesiredState.AddressSpec a : spec.addresses()) {
                ns.addAddress(InterfaceAddress.of(a.cidr(), a.device(), a.broadcast()));
            }
            for (DesiredState.RouteSpec r : spec.routes()) {
                if (r.isDefault()) {
                    ns.addDefaultRoute(r.gateway(), r.device());
                } else {
                    ns.addRoute(new Route(Route.Type.UNICAST, r.destination(), r.device(), r.gateway(), null, Scope.GLOBAL,
                            Route.Protocol.STATIC));
                }
            }
            for (DesiredState.PeerProgram pp : spec.peerPrograms()) {
                ns.programPeers(pp.device(), peerTables.get(pp.network()), pp.localVtep());
            }
            for (DesiredState.IpvsService s : spec.ipvs()) {
                ServiceKey key = ServiceKey.fwmark(s.fwmark());
                ns.ipvs().addService(key, s.scheduler());
                for (DesiredState.IpvsDestination d : s.destinations()) {
                    ns.ipvs().addDestinations(key, List.of(d.address()), d.port(), d.weight(), d.forward());
                }
            }
            spec.sysctls().forEach((key, value) -> ns.sysctl(key.key(), value));
            if (!spec.iptables().isEmpty()) {
                ns.restore(spec.iptables());
            }
            fabric.add(ns);
            for (DesiredState.Device d : spec.devices()) {
                if (d.segment() != null) {
                    fabric.attach(ns, d.name(), d.segment());
                }
            }
            out.put(spec.name(), ns);
        }
        // one UDP socket per host namespace and port, as the vxlan driver shares its socket between devices
        vxlanSockets.forEach((at, socket) -> out.get(at.netns()).sockets().bind(Protocol.UDP, null, at.port(), socket));
        return out;
    }

}
