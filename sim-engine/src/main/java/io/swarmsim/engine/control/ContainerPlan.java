package io.swarmsim.engine.control;

import io.swarmsim.engine.scenario.PortConfig;
import io.swarmsim.engine.scenario.ServiceDns;
import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import java.util.List;
import java.util.Map;

/**
 * A task's namespace: a veth per network (eth0, eth1, ... in attachment order, MTU 1450, MAC 02:42
 * + IPv4, an fe80:: address when the image and the Docker era keep IPv6), the gateway leg on docker_gwbridge with the
 * default route, the embedded DNS rules, the routing mesh's REDIRECT for published ports, and in
 * Docker 1.12-18.05 the per-container load balancer: a mangle OUTPUT mark per VIP, IPVS and SNAT.
 */
final class ContainerPlan {
    private final Planner planner;

    ContainerPlan(Planner planner) {
        this.planner = planner;
    }

    void plan(Cluster.Task t, boolean ipv6) {
        Cluster c = planner.cluster();
        if (c.onHostNetwork(t)) {
            // network mode host: the task's processes are in its node's own namespace, its server listens
            // on the node's addresses, and Docker discards the ports it would publish
            planner.space(t.node().name()).servers.addAll(planner.serversOf(t));
            return;
        }
        NsBuilder ns = planner.space(t.sandboxId().substring(0, 12), DesiredState.Kind.CONTAINER, t.node().name(), t.name());
        boolean linkLocal = ipv6 && c.version().keepsContainerLinkLocal();
        int i = 0;
        for (Map.Entry<String, IpAddress> e : t.addresses().entrySet()) {
            String dev = "eth" + i++;
            if (e.getKey().equals(Allocator.GWBRIDGE)) {
                planner.gatewayLeg(ns, dev, e.getValue(), t.node());
                ns.routes.add(DesiredState.RouteSpec.defaultVia(t.node().gwbridge().nth(1), dev));
            } else {
                Cluster.Network net = c.network(e.getKey()).orElseThrow();
                NsBuilder ov = planner.overlayOf(t.node().name(), net.name());
                MacAddress mac = MacAddress.fromIpv4(e.getValue());
                planner.veth(ns, dev, mac, ov, ov.nextName("veth"), planner.randomMac(), Planner.OVERLAY_BRIDGE, Planner.OVERLAY_MTU);
                ns.address(e.getValue() + "/" + net.subnet().length(), dev);
            }
            if (linkLocal) {
                ns.address(MacAddress.fromIpv4(e.getValue()).linkLocal() + "/64", dev);
            }
        }
        int udp = planner.kernelPort();
        int tcp;
        do {
            tcp = planner.kernelPort();
        } while (tcp == udp);
        ServiceDns sd = c.service(t.service()).orElseThrow().spec().dns();
        IpAddress own = DnsPlan.networksOf(t).stream().findFirst().map(n -> t.addresses().get(n)).orElse(null);
        ns.dns = new DesiredState.EmbeddedDns(udp, tcp, DnsPlan.networksOf(t), sd.servers(), sd.search(),
                HostsFile.docker(sd.extraHosts(), own, t.shortContainerId()));
        ns.servers.addAll(planner.serversOf(t));
        EmbeddedDnsRules.add(ns.iptables, ns.dns);
        redirects(t, ns);
        c.service(t.service()).orElseThrow().spec().ports().stream()
                .filter(p -> p.mode() == io.swarmsim.engine.scenario.PublishMode.HOST && p.published() > 0)
                .forEach(p -> planner.hostModePort(t, p));
        if (c.version().loadBalancesInEveryContainer()) {
            loadBalancers(t, ns);
        }
    }

    /** published -> target port in the task (1.12.2+): {@code nat PREROUTING -d <ingress IP> --dport P -j REDIRECT --to-ports T}. */
    private void redirects(Cluster.Task t, NsBuilder ns) {
        IpAddress ingressIp = t.addresses().get(Allocator.INGRESS);
        if (ingressIp == null) {
            return;
        }
        List<PortConfig> ports = Planner.ingressPorts(planner.cluster().service(t.service()).orElseThrow());
        DockerVersion v = planner.cluster().version();
        for (PortConfig p : ports) {
            String proto = p.protocol().text();
            ns.iptables.rule("nat", "-A PREROUTING -d " + ingressIp + "/32 -p " + proto + " -m " + proto + " --dport "
                    + p.published() + " -j REDIRECT --to-ports " + p.target());
        }
        if (!v.filtersIngressInTasks() || ports.isEmpty()) {
            return;
        }
        // 1.13+: only the published ports are reachable on the ingress address (addRedirectRules, -I then -A)
        for (int i = ports.size() - 1; i >= 0; i--) {
            String proto = ports.get(i).protocol().text();
            int target = ports.get(i).target();
            ns.iptables.rule("filter", "-A INPUT -d " + ingressIp + "/32 -p " + proto + " -m " + proto + " --dport " + target
                    + " -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT");
            ns.iptables.rule("filter", "-A OUTPUT -s " + ingressIp + "/32 -p " + proto + " -m " + proto + " --sport " + target
                    + " -m conntrack --ctstate ESTABLISHED -j ACCEPT");
        }
        for (String proto : v.hasSctp() ? List.of("sctp", "udp", "tcp") : List.of("udp", "tcp")) {
            if (proto.equals("sctp")) {
                continue; // the model has no SCTP; the rule would never match
            }
            ns.iptables.rule("filter", "-A INPUT -d " + ingressIp + "/32 -p " + proto + " -j DROP");
            ns.iptables.rule("filter", "-A OUTPUT -s " + ingressIp + "/32 -p " + proto + " -j DROP");
        }
    }

    /** Era A: the container balances every VIP of its networks itself (ingress excluded). */
    private void loadBalancers(Cluster.Task t, NsBuilder ns) {
        Cluster c = planner.cluster();
        for (Cluster.LoadBalancer lb : c.loadBalancersOn(t.node().name())) {
            IpAddress own = t.addresses().get(lb.network());
            if (own == null || lb.network().equals(Allocator.INGRESS)) {
                continue;
            }
            Cluster.ServiceState s = c.service(lb.service()).orElseThrow();
            IpAddress vip = s.vips().get(lb.network());
            LbRules.add(ns, "OUTPUT", vip, c.network(lb.network()).orElseThrow().subnet(), own, lb.fwmark(),
                    planner.backends(s.name(), lb.network()));
            if (c.version().answersPingOnVip()) {
                // 1.13-18.05: IPVS does not balance ICMP, so a ping to the VIP is answered by the container itself
                ns.iptables.rule("nat", "-A OUTPUT -d " + vip + "/32 -p icmp -m icmp --icmp-type 8 -j DNAT --to-destination 127.0.0.1");
            }
        }
    }

}
