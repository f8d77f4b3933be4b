package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;

/**
 * Docker 18.06+: one {@code lb_<netid>} sandbox per node per overlay network. Its eth0 holds the
 * node's LB address and every VIP of the network as a /32 alias; marks are set in mangle INPUT;
 * IPVS balances and SNATs to the LB address (service_linux.go configureFWMark).
 */
final class LbSandboxPlan {
    private final Planner planner;

    LbSandboxPlan(Planner planner) {
        this.planner = planner;
    }

    void plan(Cluster.Node n, Cluster.Network net, IpAddress lbIp) {
        Cluster c = planner.cluster();
        NsBuilder lb = planner.space(Planner.local(n.name(), "lb_" + net.id().substring(0, 9)), DesiredState.Kind.LB_SANDBOX,
                n.name(), n.name());
        lb.sysctl(DesiredState.Sysctl.IP_FORWARD, 1);
        planner.ipvsTweaks(lb);
        NsBuilder ov = planner.overlayOf(n.name(), net.name());
        planner.veth(lb, "eth0", MacAddress.fromIpv4(lbIp), ov, ov.nextName("veth"), planner.randomMac(), Planner.OVERLAY_BRIDGE, Planner.OVERLAY_MTU);
        lb.address(lbIp + "/" + net.subnet().length(), "eth0");
        for (Cluster.LoadBalancer l : c.loadBalancersOn(n.name())) {
            if (!l.network().equals(net.name())) {
                continue;
            }
            Cluster.ServiceState s = c.service(l.service()).orElseThrow();
            IpAddress vip = s.vips().get(net.name());
            lb.address(vip + "/32", "eth0");
            LbRules.add(lb, "INPUT", vip, net.subnet(), lbIp, l.fwmark(), planner.backends(s.name(), net.name()));
        }
    }
}
