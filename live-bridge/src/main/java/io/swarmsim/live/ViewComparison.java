package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.session.Session;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Takes the same views from every real namespace and from the model ({@link Session#exec} with
 * the model's name for the namespace), normalises the documented differences and diffs them line
 * by line. Read only on both sides; run right after the apply, before any traffic, so every
 * counter is 0 on both sides.
 */
public final class ViewComparison {
    /** The views compared, as {@code sim exec} takes them. */
    public static final List<String> VIEWS = List.of("ip addr", "ip -4 addr", "ip route", "ip neigh",
            "iptables -nvL -t raw", "iptables -nvL -t mangle", "iptables -nvL -t nat", "iptables -nvL -t filter");

    /** Every view's diff and the normalisations that changed something. */
    public record Result(List<ViewDiff> views, Set<Normalisation> normalisations) {
        public boolean agrees() {
            return views.stream().allMatch(ViewDiff::agrees);
        }
    }

    private ViewComparison() {
    }

    /** Taken besides {@link #VIEWS} where IPVS services were loaded into the kernel's IPVS. */
    public static final String IPVS_VIEW = "ipvsadm -Ln";

    public static Result compare(Session session, NameMap names, IptablesBackend backend, IpvsApply ipvs, CommandRunner runner, Progress progress) {
        DesiredState state = session.desired();
        List<ViewDiff> out = new ArrayList<>();
        Set<Normalisation> used = EnumSet.noneOf(Normalisation.class);
        int i = 0;
        int total = state.namespaces().size();
        for (DesiredState.Namespace ns : state.namespaces()) {
            progress.on(new StepEvent("compare", ++i, total, "views", ns.name()));
            String where = where(ns);
            String real = names.netns(ns.name());
            Set<String> nics = ns.devices().stream().filter(d -> d.segment() != null).map(DesiredState.Device::name)
                    .collect(Collectors.toSet());
            ViewNormaliser norm = new ViewNormaliser();
            List<String> views = new ArrayList<>(VIEWS);
            if (ipvs == IpvsApply.KERNEL && !ns.ipvs().isEmpty()) {
                views.add(IPVS_VIEW);
            }
            for (String view : views) {
                String model = model(session, where, view);
                String kernel = runner.check(realCommand(real, view, backend)).out();
                ViewNormaliser.Pair p;
                if (view.equals("ip addr") || view.equals("ip -4 addr")) {
                    p = norm.addr(model, kernel, nics);
                } else if (view.equals("ip neigh")) {
                    p = norm.neigh(model, kernel);
                } else if (view.startsWith("iptables")) {
                    p = norm.iptables(model, kernel);
                } else {
                    p = ViewNormaliser.plain(model, kernel);
                }
                out.add(new ViewDiff(ns.name(), where, view, LineDiff.diff(p.model(), p.real())));
            }
            used.addAll(norm.used());
        }
        return new Result(out, used);
    }

    /** What {@code sim exec} calls the namespace: a container by its task, a host by its node, a sandbox by its own name. */
    static String where(DesiredState.Namespace ns) {
        return ns.kind() == DesiredState.Kind.CONTAINER || ns.kind() == DesiredState.Kind.HOST ? ns.owner() : ns.name();
    }

    private static String model(Session session, String where, String view) {
        try {
            return session.exec(where, view);
        } catch (IllegalArgumentException e) {
            throw new LiveException("the model cannot show '" + view + "' for " + where + ": " + e.getMessage());
        }
    }

    /** The real tool run inside the real namespace: ip with -n, iptables of the run's backend through ip netns exec. */
    static Cmd realCommand(String netns, String view, IptablesBackend backend) {
        List<String> words = List.of(view.split(" "));
        List<String> argv = new ArrayList<>();
        if (words.get(0).equals("ip")) {
            argv.addAll(List.of("ip", "-n", netns));
            argv.addAll(words.subList(1, words.size()));
        } else if (words.get(0).equals("iptables")) {
            argv.addAll(List.of("ip", "netns", "exec", netns, backend.iptables()));
            argv.addAll(words.subList(1, words.size()));
        } else if (words.get(0).equals("ipvsadm")) {
            argv.addAll(List.of("ip", "netns", "exec", netns));
            argv.addAll(words);
        } else {
            throw new IllegalArgumentException("no real command for view " + view);
        }
        return Cmd.of(argv);
    }
}
