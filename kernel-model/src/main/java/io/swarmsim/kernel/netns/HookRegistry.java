package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.netfilter.Hook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The functions registered at each hook of one namespace, run in priority order as the kernel
 * runs them (lower first; equal priorities in registration order).
 */
public final class HookRegistry {
    /** The kernel's priorities (include/uapi/linux/netfilter_ipv4.h). */
    public static final int PRI_CONNTRACK = -200;
    public static final int PRI_RAW = -300;
    public static final int PRI_MANGLE = -150;
    public static final int PRI_NAT_DST = -100;
    public static final int PRI_FILTER = 0;
    public static final int PRI_NAT_SRC = 100;
    /** IPVS at LOCAL_IN runs after filter, just before SNAT (ip_vs_core.c: NF_IP_PRI_NAT_SRC - 2). */
    public static final int PRI_IPVS_LOCAL_IN = PRI_NAT_SRC - 2;
    /** IPVS at LOCAL_OUT runs just after DNAT (NF_IP_PRI_NAT_DST + 1). */
    public static final int PRI_IPVS_LOCAL_OUT = PRI_NAT_DST + 1;
    public static final int PRI_CONNTRACK_CONFIRM = Integer.MAX_VALUE;

    public record Entry(Hook hook, int priority, String name, HookFunction function) {
    }

    private final Map<Hook, List<Entry>> byHook = new EnumMap<>(Hook.class);

    public void register(Hook hook, int priority, String name, HookFunction function) {
        List<Entry> list = byHook.computeIfAbsent(hook, h -> new ArrayList<>());
        list.add(new Entry(hook, priority, name, function));
        list.sort(Comparator.comparingInt(Entry::priority));
    }

    public List<Entry> at(Hook hook) {
        return byHook.getOrDefault(hook, List.of());
    }

    /** Runs every function at {@code hook}; stops at the first DROP. */
    public HookFunction.Verdict run(Hook hook, HookState state) {
        state.enter(hook);
        for (Entry e : at(hook)) {
            if (e.function().process(state) == HookFunction.Verdict.DROP) {
                return HookFunction.Verdict.DROP;
            }
        }
        return HookFunction.Verdict.ACCEPT;
    }
}
