package io.swarmsim.engine.exec;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.text.BridgeFdbPrinter;
import io.swarmsim.kernel.text.IpAddrPrinter;
import io.swarmsim.kernel.text.IpLinkPrinter;
import io.swarmsim.kernel.text.IpNeighPrinter;
import io.swarmsim.kernel.text.IpRoutePrinter;
import io.swarmsim.kernel.text.NamespaceLinks;
import java.util.List;

/** {@code ip addr}, {@code ip link}, {@code ip route [show table local]}, {@code ip neigh}, {@code bridge fdb [show]}. */
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
        if (argv.size() > 1 && argv.get(1).equals("-6")) {
            return ExecResult.fail("ip: -6 is not simulated; use ip addr (both families) or ip -4 addr|route", 255);
        }
        List<String> words = ipv4Only ? argv.subList(1, argv.size()) : argv;
        String object = words.size() > 1 ? words.get(1) : "";
        List<String> rest = words.subList(Math.min(2, words.size()), words.size());
        boolean show = rest.isEmpty() || rest.equals(List.of("show"));
        switch (object) {
            case "a", "addr", "address" -> {
                if (show) {
                    return ExecResult.ok(IpAddrPrinter.print(ns, links, ipv4Only, null));
                }
                List<String> dev = rest.size() == 3 && rest.get(0).equals("show") && rest.get(1).equals("dev") ? rest
                        : rest.size() == 2 && rest.get(0).equals("dev") ? List.of("show", rest.get(0), rest.get(1)) : null;
                if (dev != null) {
                    if (ns.device(dev.get(2)).isEmpty()) {
                        return ExecResult.fail("Device \"" + dev.get(2) + "\" does not exist.", 1);
                    }
                    return ExecResult.ok(IpAddrPrinter.print(ns, links, ipv4Only, dev.get(2)));
                }
            }
            case "l", "link" -> {
                if (show) {
                    return ExecResult.ok(IpLinkPrinter.print(ns, links));
                }
            }
            case "r", "ro", "route" -> {
                if (show) {
                    return ExecResult.ok(IpRoutePrinter.printMain(ns));
                }
                if (rest.equals(List.of("show", "table", "local"))) {
                    return ExecResult.ok(IpRoutePrinter.printLocal(ns));
                }
            }
            case "n", "neigh", "neighbour", "neighbor" -> {
                if (show) {
                    return ExecResult.ok(IpNeighPrinter.print(ns));
                }
            }
            default -> {
                return ExecResult.fail("Object \"" + object + "\" is unknown here; simulated: ip addr, ip link, ip route, ip neigh", 255);
            }
        }
        return ExecResult.fail("ip: '" + cmd + "' is not simulated; use ip [-4] addr [show [dev X]], ip link|route|neigh [show]", 255);
    }
}
