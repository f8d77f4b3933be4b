package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The real names of one run's objects, planned and checked before any command runs.
 *
 * <p>Namespaces: {@code <prefix>-<model name>} with {@code :} written {@code _} ({@code node1:1-4desrphovc}
 * becomes {@code ss1a2b-node1_1-4desrphovc}), so {@code ip netns list} reads like the model; a model
 * name that would not give a valid, short name falls back to {@code <prefix>-ns<index>}. The
 * underlay, which the model has as a segment name rather than a namespace, gets {@code <prefix>-underlay_}
 * (model names never end in {@code _}).
 *
 * <p>Devices keep the model's names: they only ever exist inside the run's own namespaces, where
 * names are private to the namespace, and equal names are what make the model's and the kernel's
 * {@code ip addr} comparable. They are checked against {@link #DEVICE} (at most 15 characters, the
 * kernel's IFNAMSIZ less the NUL; no {@code /}, {@code :} or white space; not {@code all} or
 * {@code default}, which are sysctl directories). The few devices the run adds itself have
 * generated names that fit by construction: underlay ports {@code u<n>}, underlay bridges
 * {@code seg<n>}, and a vxlan device's name while it is still in its node's host namespace,
 * {@code vx-<6 hex VNI>-<4 hex run>} (Docker also creates it under a temporary name, then moves and
 * renames it, because every overlay namespace of a node has its own {@code vxlan1}).
 */
public final class NameMap {
    /** A device name the kernel and {@code ip} accept, in its strict form. */
    public static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
    private static final Pattern READABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,40}");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Set<String> RESERVED = Set.of("all", "default");

    private final RunPrefix prefix;
    private final Map<String, String> netns = new LinkedHashMap<>();
    private final Map<String, String> segments = new LinkedHashMap<>();
    private final Map<String, Integer> hostIndex = new LinkedHashMap<>();

    private NameMap(RunPrefix prefix) {
        this.prefix = prefix;
    }

    /**
     * Plans every name of {@code state} for run {@code prefix} and checks them all.
     *
     * @throws LiveException (a usage error) naming every bad or clashing name, before anything ran
     */
    public static NameMap plan(DesiredState state, RunPrefix prefix) {
        NameMap m = new NameMap(prefix);
        List<String> problems = new ArrayList<>();
        int i = 0;
        for (DesiredState.Namespace ns : state.namespaces()) {
            String readable = ns.name().replace(':', '_');
            String real = READABLE.matcher(readable).matches() && !readable.endsWith("_")
                    ? prefix + "-" + readable : prefix + "-ns" + i;
            m.netns.put(ns.name(), real);
            i++;
        }
        int hosts = 0;
        for (DesiredState.Namespace ns : state.namespaces()) {
            for (DesiredState.Device d : ns.devices()) {
                if (d.segment() != null) {
                    m.hostIndex.putIfAbsent(ns.name(), hosts++);
                    if (!m.segments.containsKey(d.segment())) {
                        m.segments.put(d.segment(), "seg" + m.segments.size());
                    }
                }
            }
        }
        m.check(state, problems);
        if (!problems.isEmpty()) {
            throw new LiveException("refusing to run: " + String.join("; ", problems)
                    + " (nothing was created)", true);
        }
        return m;
    }

    private void check(DesiredState state, List<String> problems) {
        Set<String> seen = new TreeSet<>();
        List<String> all = new ArrayList<>(netns.values());
        all.add(underlay());
        for (String n : all) {
            if (!RunPrefix.FAMILY.matcher(n).matches() || !prefix.owns(n)) {
                problems.add("namespace name '" + n + "' is not of the form " + RunPrefix.FAMILY.pattern());
            }
            if (!seen.add(n)) {
                problems.add("two namespaces would both be called '" + n + "'");
            }
        }
        Map<String, DesiredState.Namespace> byName = new HashMap<>();
        state.namespaces().forEach(n -> byName.put(n.name(), n));
        for (DesiredState.Namespace ns : state.namespaces()) {
            Set<String> devices = new TreeSet<>();
            for (DesiredState.Device d : ns.devices()) {
                device(ns.name(), d.name(), problems);
                if (!devices.add(d.name())) {
                    problems.add(ns.name() + ": two devices called '" + d.name() + "'");
                }
                if (d.mac() == null) {
                    problems.add(ns.name() + "/" + d.name() + ": no MAC (every device gets the model's MAC, so ip addr compares)");
                } else if (!MAC.matcher(d.mac().toString()).matches()) {
                    problems.add(ns.name() + "/" + d.name() + ": MAC '" + d.mac() + "' is not of the form aa:bb:cc:dd:ee:ff");
                }
                if (d.peer() != null) {
                    peer(ns.name(), d, byName, problems);
                }
                if (d.vxlan() != null) {
                    DesiredState.Namespace host = byName.get(d.vxlan().underlayNetns());
                    if (host == null) {
                        problems.add(ns.name() + "/" + d.name() + ": its vxlan socket's namespace '" + d.vxlan().underlayNetns() + "' does not exist");
                    } else if (host.devices().stream().anyMatch(x -> x.name().equals(vxlanTemp(d.vxlan().vni())))) {
                        problems.add(host.name() + ": device '" + vxlanTemp(d.vxlan().vni()) + "' clashes with a vxlan device's temporary name");
                    }
                    if (d.vxlan().vni() < 1 || d.vxlan().vni() > 0xffffff) {
                        problems.add(ns.name() + "/" + d.name() + ": VNI " + d.vxlan().vni() + " is outside 1..16777215");
                    }
                }
                if (d.master() != null) {
                    device(ns.name(), d.master(), problems);
                }
            }
            for (DesiredState.AddressSpec a : ns.addresses()) {
                if (a.prefixLength() < 0 || a.prefixLength() > (a.address().isV4() ? 32 : 128)) {
                    problems.add(ns.name() + ": address '" + a.cidr() + "' has no valid prefix length");
                }
                device(ns.name(), a.device(), problems);
            }
            for (DesiredState.RouteSpec r : ns.routes()) {
                device(ns.name(), r.device(), problems);
            }
        }
    }

    private void peer(String ns, DesiredState.Device d, Map<String, DesiredState.Namespace> byName, List<String> problems) {
        String peerNs = d.peer().namespace();
        if (!byName.containsKey(peerNs)) {
            problems.add(ns + "/" + d.name() + ": veth peer '" + d.peer() + "' names no namespace of the cluster");
            return;
        }
        String peerDev = d.peer().device();
        if (byName.get(peerNs).devices().stream().noneMatch(x -> x.name().equals(peerDev))) {
            problems.add(ns + "/" + d.name() + ": veth peer '" + d.peer() + "' names no device");
        }
    }

    private static void device(String ns, String name, List<String> problems) {
        if (name == null || !DEVICE.matcher(name).matches() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            problems.add(ns + ": device name '" + name + "' is not a valid interface name (" + DEVICE.pattern()
                    + ", at most 15 characters, not all/default)");
        }
    }

    public RunPrefix prefix() {
        return prefix;
    }

    /** The real namespace of model namespace {@code model}. */
    public String netns(String model) {
        String n = netns.get(model);
        if (n == null) {
            throw new IllegalArgumentException("no namespace " + model + " in this run");
        }
        return n;
    }

    /** Every real namespace of the run, the model's in the model's order, then the underlay. */
    public List<String> allNetns() {
        List<String> out = new ArrayList<>(netns.values());
        out.add(underlay());
        return out;
    }

    /** Model namespace name to real name, in the model's order. */
    public Map<String, String> netnsMap() {
        return java.util.Collections.unmodifiableMap(netns);
    }

    /** The run's underlay namespace: the switch between the nodes, never the root namespace. */
    public String underlay() {
        return prefix + "-underlay_";
    }

    /** The bridge of underlay segment {@code segment} in the underlay namespace. */
    public String segmentBridge(String segment) {
        return segments.get(segment);
    }

    /** Every underlay segment, in order of first use, with its bridge. */
    public Map<String, String> segments() {
        return java.util.Collections.unmodifiableMap(segments);
    }

    /** The underlay namespace's end of host {@code model}'s underlay NIC. */
    public String underlayPort(String model) {
        Integer i = hostIndex.get(model);
        if (i == null) {
            throw new IllegalArgumentException(model + " has no underlay NIC");
        }
        return "u" + i;
    }

    /** A vxlan device's name in its host namespace, before it moves to the overlay namespace. */
    public String vxlanTemp(int vni) {
        return String.format(Locale.ROOT, "vx-%06x-%s", vni & 0xffffff, prefix.hex());
    }
}
