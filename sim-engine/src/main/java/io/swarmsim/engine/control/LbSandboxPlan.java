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
        lb.ipForward = true;
        NsBuilder ov = planner.overlayOf(n.name(), net.name());
        planner.veth(lb, "eth0", MacAddress.fromIpv4(lbIp), ov, ov.nextName("veth"), planner.randomMac(), "br0", Planner.OVERLAY_MTU);
        lb.address(lbIp + "/" + net.subnet().length(), "eth0");
        for (Cluster.LoadBalancer l : c.loadBalancersOn(n.name())) {
            if (!l.network().equals(net.name())) {
                continue;
            }
            Cluster.ServiceState s = c.service(l.service()).orElseThrow();
            IpAddress vip = s.vips().get(net.name());
            lb.address(vip + "/32", "eth0");
            lb.iptables.rule("mangle", "-A INPUT -d " + vip + "/32 -j MARK --set-xmark 0x" + Integer.toHexString(l.fwmark()) + "/0xffffffff");
            String snat = "-A POSTROUTING -d " + net.subnet() + " -m ipvs --ipvs -j SNAT --to-source " + lbIp;
            if (!lb.iptables.has("nat", snat)) {
                lb.iptables.rule("nat", snat);
            }
            lb.ipvs.add(new DesiredState.IpvsService(l.fwmark(), planner.backends(s.name(), net.name())));
        }
    }
}
