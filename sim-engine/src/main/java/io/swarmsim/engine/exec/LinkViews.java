package io.swarmsim.engine.exec;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.text.BridgeFdbPrinter;
import io.swarmsim.kernel.text.IpAddrPrinter;
import io.swarmsim.kernel.text.IpLinkPrinter;
import io.swarmsim.kernel.text.IpNeighPrinter;
import io.swarmsim.kernel.text.IpRoutePrinter;
import io.swarmsim.kernel.text.Ipv6RoutePrinter;
import io.swarmsim.kernel.text.NamespaceLinks;
import java.util.List;

/** {@code ip [-4|-6] addr}, {@code ip link}, {@code ip [-4|-6] route [show table local]}, {@code ip [-4|-6] neigh}, {@code bridge fdb [show]}. */
final class LinkViews {
    private LinkViews() {
    }

    static ExecResult run(Simulation sim, ExecTarget target, List<String> argv) {
        NetNamespace ns = target.netns();
        // Docker creates vxlan devices in the host namespace and moves them in: the host gets the first namespace id
        List<String> first = target.spec().kind() == DesiredState.Kind.OVERLAY ? List.of(target.spec().node()) : List.of();
        NamespaceLinks links = new NamespaceLinks(ns, sim::namespace, first);
        String cmd = String.join(" ", argv);
        if (argv.get(0).equals("bridge")) {
            if (cmd.equals("bridge fdb") || cmd.equals("bridge fdb show")) {
                return ExecResult.ok(BridgeFdbPrinter.print(ns, links));
            }
            return ExecResult.fail("bridge: only 'bridge fdb show' is simulated", 2);
        }
        boolean ipv4Only = argv.size() > 1 && argv.get(1).equals("-4");
        boolean ipv6Only = argv.size() > 1 && argv.get(1).equals("-6");
        List<String> words = ipv4Only || ipv6Only ? argv.subList(1, argv.size()) : argv;
        String object = words.size() > 1 ? words.get(1) : "";
        List<String> rest = words.subList(Math.min(2, words.size()), words.size());
        boolean show = rest.isEmpty() || rest.equals(List.of("show"));
        if (ipv6Only && List.of("l", "link").contains(object)) {
            return ExecResult.fail("ip: 'ip -6 link' is not simulated; use ip link", 255);
        }
        switch (object) {
            case "a", "addr", "address" -> {
                List<String> dev = rest.size() == 3 && rest.get(0).equals("show") && rest.get(1).equals("dev") ? rest
                        : rest.size() == 2 && rest.get(0).equals("dev") ? List.of("show", rest.get(0), rest.get(1)) : null;
                if (dev != null && ns.device(dev.get(2)).isEmpty()) {
                    return ExecResult.fail("Device \"" + dev.get(2) + "\" does not exist.", 1);
                }
                String device = dev == null ? null : dev.get(2);
                if (show || dev != null) {
                    return ExecResult.ok(ipv6Only ? IpAddrPrinter.printIpv6(ns, links, device) : IpAddrPrinter.print(ns, links, ipv4Only, device));
                }
            }
            case "l", "link" -> {
                if (show) {
                    return ExecResult.ok(IpLinkPrinter.print(ns, links));
                }
            }
            case "r", "ro", "route" -> {
                if (show) {
                    return ExecResult.ok(ipv6Only ? Ipv6RoutePrinter.printMain(ns) : IpRoutePrinter.printMain(ns));
                }
                if (rest.equals(List.of("show", "table", "local"))) {
                    return ExecResult.ok(ipv6Only ? Ipv6RoutePrinter.printLocal(ns) : IpRoutePrinter.printLocal(ns));
                }
            }
            case "n", "neigh", "neighbour", "neighbor" -> {
                if (show) {
                    // the model sends no IPv6 packet (no neighbour discovery), so its neighbours are all IPv4
                    return ExecResult.ok(ipv6Only ? "" : IpNeighPrinter.print(ns));
                }
            }
            default -> {
                return ExecResult.fail("Object \"" + object + "\" is unknown here; simulated: ip addr, ip link, ip route, ip neigh", 255);
            }
        }
        return ExecResult.fail("ip: '" + cmd + "' is not simulated; use ip [-4|-6] addr [show [dev X]], ip link [show], ip [-4|-6] route [show [table local]], ip [-4|-6] neigh [show]", 255);
    }
}
