package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
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

    /**
     * Runs every function at {@code hook} on {@code state}, each on the packet the one before
     * produced; stops at the first DROP or STOLEN and returns it, else returns the last ACCEPT.
     */
    public StageResult run(Hook hook, PacketState state, TraceSink trace) {
        PacketState s = state.at(hook);
        StageResult result = StageResult.accept(s);
        boolean tracing = trace.wants(TraceEvent.Kind.HOOK_ENTERED);
        for (Entry e : byHook.getOrDefault(hook, List.of())) {
            if (tracing) {
                trace.event(new TraceEvent.HookEntered(s.now(), s.packet().traceId(), s.place(), hook, e.name(), e.priority(),
                        s.packet()));
            }
            result = e.function().process(s, trace);
            if (result.verdict() != HookFunction.Verdict.ACCEPT) {
                return result;
            }
            s = s.after(result);
        }
        return result;
    }
}
