package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.netfilter.HookPriority;
import io.swarmsim.kernel.netfilter.TableKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the kernel runs at each netfilter hook, in the order it runs it: the iptables tables at
 * their priorities (raw -300, mangle -150, nat as destination NAT -100, filter 0, nat as source
 * NAT 100), and between them conntrack and IPVS, which a learner otherwise never sees but which
 * explain why a packet's destination changes between two tables. The priorities are the kernel
 * model's ({@link TableKind#priority}, {@link HookPriority}), so this view and the simulation agree.
 */
final class HookStages {
    /** ip_vs_reply4 at FORWARD (the kernel model registers IPVS there at 100, see its IpvsHooks). */
    static final int IPVS_FORWARD = 100;

    /**
     * One function at a hook. {@code function} is the name {@code hook_entered} events give it
     * ({@code raw}, {@code mangle}, {@code nat}, {@code filter}, {@code conntrack}, {@code conntrack confirm},
     * {@code ipvs}); {@code table} is null for conntrack and IPVS.
     */
    record Stage(String function, int priority, TableKind table) {
        boolean isTable() {
            return table != null;
        }
    }

    private HookStages() {
    }

    /** The functions at {@code hook}, lowest priority first, as the kernel calls them. */
    static List<Stage> at(Hook hook) {
        List<Stage> out = new ArrayList<>();
        for (TableKind t : TableKind.values()) {
            if (t.hasHook(hook)) {
                out.add(new Stage(t.tableName(), t.priority(hook), t));
            }
        }
        switch (hook) {
            case PREROUTING, OUTPUT -> out.add(new Stage("conntrack", HookPriority.CONNTRACK, null));
            case INPUT, POSTROUTING -> out.add(new Stage("conntrack confirm", HookPriority.CONNTRACK_CONFIRM, null));
            default -> {
            }
        }
        switch (hook) {
            case OUTPUT -> out.add(new Stage("ipvs", HookPriority.IPVS_LOCAL_OUT, null));
            case INPUT -> out.add(new Stage("ipvs", HookPriority.IPVS_LOCAL_IN, null));
            case FORWARD -> out.add(new Stage("ipvs", IPVS_FORWARD, null));
            default -> {
            }
        }
        out.sort(Comparator.comparingInt(Stage::priority));
        return out;
    }

    /** When a packet meets {@code hook}, in words. */
    static String meaning(Hook hook) {
        return switch (hook) {
            case PREROUTING -> "every packet arriving, before the routing decision";
            case INPUT -> "packets for this namespace itself";
            case FORWARD -> "packets routed through this namespace";
            case OUTPUT -> "packets this namespace sends";
            case POSTROUTING -> "every packet leaving, after routing";
        };
    }

    /** What a non-table function does, in words. */
    static String meaning(Stage s) {
        return switch (s.function()) {
            case "conntrack" -> "finds the packet's connection or starts one";
            case "conntrack confirm" -> "a new connection enters the table";
            case "ipvs" -> "a packet for a virtual service gets a real server";
            default -> s.function();
        };
    }

    /** {@code -300}, {@code 0}, {@code 100}, {@code last} for conntrack confirm (INT_MAX). */
    static String priority(int p) {
        return p == Integer.MAX_VALUE ? "last" : Integer.toString(p);
    }
}
