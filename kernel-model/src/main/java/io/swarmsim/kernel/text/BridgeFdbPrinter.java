package io.swarmsim.kernel.text;

import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.FdbEntry;
import io.swarmsim.kernel.netns.NetDevice;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@code bridge fdb show} / {@code bridge fdb} (iproute2 6.1): the model's {@link NetNamespace#fdb()
 * FDB entries} plus the entries the kernel creates by itself, in the kernel's dump order.
 *
 * <p>Line format: {@code MAC dev DEV [dst IP ][link-netnsid N ][self ][master BR ]STATE} where STATE is
 * {@code permanent} or empty (a learned entry ends in a space).
 *
 * <p>Order (rtnl_fdb_dump): devices in ifindex order; for each device
 * <ol>
 * <li>if it is a bridge port, the bridge's entries on that port: the model's entries with
 *     {@code master} set, newest first (the bridge adds to the head of its list), then the port's
 *     own MAC, <em>derived</em> ({@code MAC dev PORT master BR permanent}, added when it was enslaved);</li>
 * <li>then the device's own entries: for a vxlan device the model's {@code self} entries on it,
 *     newest first (kernel 6.18 keeps them in a list; 6.1 walked a hash table instead); for a bridge its
 *     {@link DeviceMulticast multicast list} then the model's entries on the bridge itself, newest
 *     first, then its own MAC, <em>derived</em> ({@code MAC dev BR master BR permanent}); for any
 *     other device the model's {@code self} entries on it (its unicast list), then its
 *     <em>derived</em> multicast list, all {@code self permanent}.</li>
 * </ol>
 * On a vxlan device whose underlay namespace is not the viewer, entries carry {@code link-netnsid}
 * of that namespace (from {@code links}).
 */
public final class BridgeFdbPrinter {
    private BridgeFdbPrinter() {
    }

    public static String print(NetNamespace ns, LinkPeers links) {
        StringBuilder sb = new StringBuilder();
        for (NetDevice d : Devices.inIfindexOrder(ns)) {
            if (d.master() != null) {
                for (FdbEntry e : newestFirst(ns, d.name(), d.master(), false)) {
                    sb.append(line(e, OptionalInt.empty()));
                }
                sb.append(line(new FdbEntry(d.mac(), d.name(), d.master(), null, false, true), OptionalInt.empty()));
            }
            switch (d.kind()) {
                case VXLAN -> {
                    OptionalInt id = links.link(d).filter(LinkPeers.Link::remote)
                            .map(l -> OptionalInt.of(l.netnsid())).orElse(OptionalInt.empty());
                    for (FdbEntry e : newestFirst(ns, d.name(), null, true)) {
                        sb.append(line(e, id));
                    }
                }
                case BRIDGE -> {
                    multicast(sb, ns, d);
                    for (FdbEntry e : newestFirst(ns, d.name(), d.name(), false)) {
                        sb.append(line(e, OptionalInt.empty()));
                    }
                    sb.append(line(new FdbEntry(d.mac(), d.name(), d.name(), null, false, true), OptionalInt.empty()));
                }
                default -> {
                    for (FdbEntry e : ns.fdb()) {
                        if (e.device().equals(d.name()) && e.self() && e.master() == null) {
                            sb.append(line(new FdbEntry(e.mac(), e.device(), null, null, true, true), OptionalInt.empty()));
                        }
                    }
                    multicast(sb, ns, d);
                }
            }
        }
        return sb.toString();
    }

    /** One entry as iproute2 prints it, with its newline. */
    public static String line(FdbEntry e, OptionalInt netnsid) {
        StringBuilder sb = new StringBuilder().append(e.mac()).append(" dev ").append(e.device()).append(' ');
        if (e.dst() != null) {
            sb.append("dst ").append(e.dst()).append(' ');
            netnsid.ifPresent(id -> sb.append("link-netnsid ").append(id).append(' '));
        }
        if (e.self()) {
            sb.append("self ");
        }
        if (e.master() != null) {
            sb.append("master ").append(e.master()).append(' ');
        }
        return sb.append(e.permanent() ? "permanent" : "").append('\n').toString();
    }

    private static void multicast(StringBuilder sb, NetNamespace ns, NetDevice d) {
        for (MacAddress m : DeviceMulticast.of(ns, d)) {
            sb.append(line(new FdbEntry(m, d.name(), null, null, true, true), OptionalInt.empty()));
        }
    }

    /** Model entries on {@code device}: with the given master (bridge entries), or {@code self} ones. */
    private static List<FdbEntry> newestFirst(NetNamespace ns, String device, String master, boolean self) {
        List<FdbEntry> out = new ArrayList<>();
        for (FdbEntry e : ns.fdb()) {
            boolean match = e.device().equals(device) && (self ? e.self() && e.master() == null : master.equals(e.master()));
            if (match) {
                out.add(0, e);
            }
        }
        return out;
    }
}
