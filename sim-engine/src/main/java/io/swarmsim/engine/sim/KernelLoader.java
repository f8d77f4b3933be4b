package io.swarmsim.engine.sim;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.EphemeralPorts;
import io.swarmsim.kernel.netns.InterfaceAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.net.Prefix;
import io.swarmsim.kernel.netns.Route;
import io.swarmsim.kernel.netns.Scope;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Loads desired kernel state into model namespaces and wires their devices into the fabric. */
final class KernelLoader {
    private KernelLoader() {
    }

    static Map<String, NetNamespace> load(DesiredState state, Fabric fabric, SplittableRandom ports) {
        Map<String, NetNamespace> out = new LinkedHashMap<>();
        for (DesiredState.Namespace spec : state.namespaces()) {
            NetNamespace ns = new NetNamespace(spec.name(), EphemeralPorts.LOW + ports.nextInt(EphemeralPorts.HIGH - EphemeralPorts.LOW));
            for (DesiredState.Device d : spec.devices()) {
                ns.addDevice(d.name(), d.kind(), d.mac(), d.mtu(), null, null);
            }
            for (DesiredState.AddressSpec a : spec.addresses()) {
                ns.addAddress(InterfaceAddress.of(a.cidr(), a.device()));
            }
            for (DesiredState.RouteSpec r : spec.routes()) {
                if (r.destination().equals("default")) {
                    ns.addDefaultRoute(IpAddress.parse(r.gateway()), r.device());
                } else {
                    ns.addRoute(new Route(Route.Type.UNICAST, Prefix.parse(r.destination()), r.device(),
                            r.gateway() == null ? null : IpAddress.parse(r.gateway()), null, Scope.GLOBAL, Route.Protocol.STATIC));
                }
            }
            ns.setIpForward(spec.ipForward());
            if (!spec.iptables().isEmpty()) {
                ns.restore(spec.iptables());
            }
            fabric.add(ns, spec.node());
            for (DesiredState.Device d : spec.devices()) {
                fabric.attach(ns, d.name(), d.segment());
            }
            out.put(spec.name(), ns);
        }
        return out;
    }
}
