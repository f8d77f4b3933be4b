package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.trace.TraceEvent;
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
    private record Entry(Hook hook, int priority, String name, HookFunction function) {
    }

    private final Map<Hook, List<Entry>> byHook = new EnumMap<>(Hook.class);

    public void register(Hook hook, int priority, String name, HookFunction function) {
        List<Entry> list = byHook.computeIfAbsent(hook, h -> new ArrayList<>());
        list.add(new Entry(hook, priority, name, function));
        list.sort(Comparator.comparingInt(Entry::priority));
    }

    /** Runs every function at {@code hook}; stops at the first DROP or STOLEN and returns it. */
    public HookFunction.Verdict run(Hook hook, HookState state) {
        state.enter(hook);
        boolean tracing = state.wants(TraceEvent.Kind.HOOK_ENTERED);
        for (Entry e : byHook.getOrDefault(hook, List.of())) {
            if (tracing) {
                state.emit(new TraceEvent.HookEntered(state.now(), state.packet().traceId(), state.place(), hook, e.name(),
                        e.priority(), state.packet()));
            }
            HookFunction.Verdict v = e.function().process(state);
            if (v != HookFunction.Verdict.ACCEPT) {
                return v;
            }
        }
        return HookFunction.Verdict.ACCEPT;
    }
}
