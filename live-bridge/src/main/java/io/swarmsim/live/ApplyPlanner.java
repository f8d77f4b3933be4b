package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.kernel.net.MacAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Plans the commands that build a desired state on Linux, phase by phase, without running any:
 * namespaces (with lo up and their sysctls), the underlay switch, devices, vxlan devices, bridge
 * ports, addresses, links up, routes, the overlay's static ARP and FDB entries, iptables. Phases
 * run in this order because each needs the one before (a route needs its device up, a vxlan needs
 * its host's underlay NIC). Pure, so tests check the command lists without root.
 */
public final class ApplyPlanner {
    private final DesiredState state;
    private final NameMap names;
    private final IptablesBackend backend;
    private final IpvsApply ipvs;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private ApplyPlanner(DesiredState state, NameMap names, IptablesBackend backend, IpvsApply ipvs) {
        this.state = state;
        this.names = names;
        this.backend = backend;
        this.ipvs = ipvs;
    }

    /** The plan for a kernel without IP_VS: IPVS services as the declared substitute. */
    public static ApplyPlan plan(DesiredState state, NameMap names, IptablesBackend backend) {
        return plan(state, names, backend, IpvsApply.SUBSTITUTE);
    }

    public static ApplyPlan plan(DesiredState state, NameMap names, IptablesBackend backend, IpvsApply ipvs) {
        return new ApplyPlanner(state, names, backend, ipvs).build();
    }

    private ApplyPlan build() {
        namespaces();
        underlay();
        DeviceCommands dc = new DeviceCommands(state, names);
        Set<String> made = new HashSet<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            step("devices", ns, dc.devices(ns, made));
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            step("vxlan", ns, dc.vxlans(ns));
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            step("ports", ns, ns.devices().stream().filter(d -> d.master() != null)
                    .map(d -> DeviceCommands.ip(real(ns), "link", "set", d.name(), "master", d.master())).toList());
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            addresses(ns);
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            step("up", ns, ns.devices().stream().map(d -> DeviceCommands.ip(real(ns), "link", "set", d.name(), "up")).toList());
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            routes(ns);
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            peers(ns);
        }
        for (DesiredState.Namespace ns : state.namespaces()) {
            iptables(ns);
        }
        if (ipvs == IpvsApply.KERNEL) {
            for (DesiredState.Namespace ns : state.namespaces()) {
                step("ipvs", ns, IpvsApply.commands(real(ns), ns));
            }
        }
        return new ApplyPlan(steps, notes);
    }

    /**
     * Settings the run gives every namespace that the desired state does not list, each with the
     * reason; the report prints them. They are set before any device exists, because a device takes
     * its namespace's defaults when it is created.
     */
    public static final List<String> SETTINGS = List.of(
            "net.ipv6.conf.{all,default}.accept_dad=0 in every namespace: IPv6 link-local addresses are final at once, so the "
                    + "views do not depend on how soon after the apply they are read (no 'tentative')",
            "net.ipv4.igmp_link_local_mcast_reports=0 in every namespace: the kernel would send IGMP reports for the "
                    + "224.0.0.106 group every bridge joins (multicast router discovery) when links come up; the model sends "
                    + "none, and they would count in the PREROUTING/OUTPUT chains before any experiment traffic");

    private static final String[] QUIET = {"net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0",
        "net.ipv4.igmp_link_local_mcast_reports=0"};

    /**
     * One namespace per model namespace and the underlay; lo up; ip_forward as the model has it
     * (written both ways: a new namespace may inherit the root's value); {@link #SETTINGS}.
     */
    private void namespaces() {
        for (DesiredState.Namespace ns : state.namespaces()) {
            step("namespaces", ns, List.of(
                    Cmd.of("ip", "netns", "add", real(ns)),
                    DeviceCommands.ip(real(ns), "link", "set", "lo", "up"),
                    sysctl(real(ns), "net.ipv4.ip_forward=" + (ns.ipForward() ? 1 : 0)),
                    sysctl(real(ns), QUIET)));
            sysctls(ns);
        }
        String ul = names.underlay();
        steps.add(new Step("namespaces", ul + " (underlay)", List.of(Cmd.of("ip", "netns", "add", ul),
                DeviceCommands.ip(ul, "link", "set", "lo", "up"),
                sysctl(ul, QUIET))));
    }

    /**
     * The namespace's other sysctls. The IPVS ones exist only where the kernel has IP_VS; {@code -e}
     * lets a kernel without it ignore them, and the report says so.
     */
    private void sysctls(DesiredState.Namespace ns) {
        List<Cmd> cmds = new ArrayList<>();
        ns.sysctls().forEach((key, value) -> {
            if (key != DesiredState.Sysctl.IP_FORWARD) {
                cmds.add(sysctl(real(ns), key.key() + "=" + value));
                if (key.needsIpvs() && ipvs == IpvsApply.SUBSTITUTE) {
                    notes.add(ns.name() + ": " + key.key() + "=" + value + " is set only where the kernel has IP_VS");
                }
            }
        });
        step("namespaces", ns, cmds);
    }

    /** {@code sysctl -w} inside the namespace ({@code -e}: a kernel without IPv6 has no ipv6 keys). */
    static Cmd sysctl(String netns, String... settings) {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", netns, "sysctl", "-q", "-e", "-w"));
        argv.addAll(List.of(settings));
        return Cmd.of(argv);
    }

    /** A bridge per underlay segment in the underlay namespace: the nodes' LAN. */
    private void underlay() {
        String ul = names.underlay();
        List<Cmd> cmds = new ArrayList<>();
        names.segments().forEach((segment, bridge) -> {
            cmds.add(DeviceCommands.ip(ul, "link", "add", bridge, "type", "bridge"));
            cmds.add(DeviceCommands.ip(ul, "link", "set", bridge, "up"));
        });
        steps.add(new Step("underlay", ul + " " + names.segments(), cmds));
    }

    /**
     * Addresses, with {@code brd +} where the desired state says Docker's netlink call set the broadcast. An IPv6
     * link-local address equal to the EUI-64 address of the device's MAC is left to the kernel,
     * which makes exactly that address itself when the link comes up (adding it too would fail).
     */
    private void addresses(DesiredState.Namespace ns) {
        List<Cmd> cmds = new ArrayList<>();
        for (DesiredState.AddressSpec a : ns.addresses()) {
            int len = a.prefixLength();
            if (a.address().isV6()) {
                MacAddress mac = ns.devices().stream().filter(d -> d.name().equals(a.device())).findFirst()
                        .map(DesiredState.Device::mac).orElse(null);
                if (mac != null && len == 64 && a.address().equals(mac.linkLocal())) {
                    continue;
                }
                cmds.add(DeviceCommands.ip(real(ns), "addr", "add", a.cidr(), "dev", a.device()));
            } else if (a.broadcast()) {
                cmds.add(DeviceCommands.ip(real(ns), "addr", "add", a.cidr(), "brd", "+", "dev", a.device()));
            } else {
                cmds.add(DeviceCommands.ip(real(ns), "addr", "add", a.cidr(), "dev", a.device()));
            }
        }
        step("addresses", ns, cmds);
    }

    private void routes(DesiredState.Namespace ns) {
        List<Cmd> cmds = new ArrayList<>();
        for (DesiredState.RouteSpec r : ns.routes()) {
            List<String> args = new ArrayList<>(List.of("route", "add", r.isDefault() ? "default" : r.destination().toString()));
            if (r.gateway() != null) {
                args.addAll(List.of("via", r.gateway().toString()));
            }
            args.addAll(List.of("dev", r.device()));
            cmds.add(DeviceCommands.ip(real(ns), args.toArray(String[]::new)));
        }
        step("routes", ns, cmds);
    }

    /**
     * The overlay driver's peerAdd for every remote endpoint of the network: a permanent neighbour
     * (the vxlan device answers ARP for it, proxy on) and a permanent FDB entry pointing at the
     * peer's node (its VTEP). Local endpoints are not programmed, as in the model.
     */
    private void peers(DesiredState.Namespace ns) {
        List<Cmd> cmds = new ArrayList<>();
        for (DesiredState.PeerProgram pp : ns.peerPrograms()) {
            for (DesiredState.Peer p : pp.remote(state.peers().getOrDefault(pp.network(), List.of()))) {
                cmds.add(DeviceCommands.ip(real(ns), "neigh", "add", p.address().toString(), "lladdr", p.mac().toString(),
                        "dev", pp.device(), "nud", "permanent"));
                cmds.add(Cmd.of("bridge", "-n", real(ns), "fdb", "add", p.mac().toString(), "dev", pp.device(),
                        "dst", p.vtep().toString(), "self", "permanent"));
            }
        }
        step("overlay peers", ns, cmds);
    }

    /** The model's iptables-restore text (adapted for a kernel without IPVS) into the namespace, in one atomic restore. */
    private void iptables(DesiredState.Namespace ns) {
        if (ns.iptables().isEmpty() && ns.ipvs().isEmpty()) {
            return;
        }
        if (ipvs == IpvsApply.KERNEL) {
            step("iptables", ns, List.of(Cmd.of("ip", "netns", "exec", real(ns), backend.restore()).withStdin(ns.iptables())));
            return;
        }
        IpvsSubstitute.Adapted a = IpvsSubstitute.adapt(ns);
        if (a.rewrittenRules() > 0) {
            notes.add(String.format(Locale.ROOT, "%s: %d rule(s) '%s' loaded as '%s' (the kernel has no ipvs match)",
                    ns.name(), a.rewrittenRules(), IpvsSubstitute.IPVS_MATCH, IpvsSubstitute.IPVS_REPLACEMENT));
        }
        a.substituted().forEach(s -> notes.add(ns.name() + ": IPVS substitute " + s));
        a.notApplied().forEach(s -> notes.add(ns.name() + ": IPVS service not applied, no substitute: " + s));
        step("iptables", ns, List.of(Cmd.of("ip", "netns", "exec", real(ns), backend.restore()).withStdin(a.text())));
    }

    private void step(String phase, DesiredState.Namespace ns, List<Cmd> cmds) {
        if (!cmds.isEmpty()) {
            steps.add(new Step(phase, ns.name(), cmds));
        }
    }

    private String real(DesiredState.Namespace ns) {
        return names.netns(ns.name());
    }
}
