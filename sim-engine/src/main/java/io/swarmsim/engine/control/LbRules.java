package io.swarmsim.engine.control;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;
import java.util.List;

/**
 * One load balancer as libnetwork programs it in a sandbox (service_linux.go): a mangle MARK for
 * the VIP (chain OUTPUT up to 18.05, INPUT from 18.06; none for the ingress ports, which mark in
 * PREROUTING), the {@code -m ipvs} SNAT once per subnet, the IPVS firewall-mark service, and
 * net.ipv4.vs.conntrack=1, without which IPVS traffic would not pass conntrack and so no SNAT.
 */
final class LbRules {
    private LbRules() {
    }

    static void add(NsBuilder ns, String markChain, IpAddress vip, Prefix subnet, IpAddress snatTo, int fwmark, List<IpAddress> backends) {
        if (vip != null) {
            ns.iptables.rule("mangle", "-A " + markChain + " -d " + vip + "/32 -j MARK --set-xmark " + mark(fwmark) + "/0xffffffff");
        }
        String snat = "-A POSTROUTING -d " + subnet + " -m ipvs --ipvs -j SNAT --to-source " + snatTo;
        if (!ns.iptables.has("nat", snat)) {
            ns.iptables.rule("nat", snat);
        }
        ns.ipvs.add(DesiredState.IpvsService.libnetwork(fwmark, backends));
        ns.sysctl(DesiredState.Sysctl.VS_CONNTRACK, 1); // "echo 1 > /proc/sys/net/ipv4/vs/conntrack" with the first VIP
    }

    static String mark(int fwmark) {
        return "0x" + Integer.toHexString(fwmark);
    }
}
