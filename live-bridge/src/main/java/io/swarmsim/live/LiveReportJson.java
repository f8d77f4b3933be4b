package io.swarmsim.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swarmsim.live.capture.FlowComparison;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sim live run --json}: the comparison as one JSON object: the run, the notes, every view's
 * diff, the pings, each command both ways (outputs and what was compared), the requests per task
 * both ways, each capture point's flows and their diff with its explanation, the times, and whether
 * kernel and model agree.
 */
public final class LiveReportJson {
    private LiveReportJson() {
    }

    public static String of(LiveReport r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("run", Map.of("prefix", r.prefix().value(), "scenario", r.scenario(), "experiment", r.experiment(), "seed", r.seed(),
                "iptables", r.backend().word(), "kernelHasIpvs", r.kernelHasIpvs(), "ipvs", r.ipvs().name().toLowerCase(java.util.Locale.ROOT)));
        o.put("notes", r.notes());
        o.put("views", r.views().views().stream().map(v -> Map.of("where", v.where(), "view", v.view(), "agrees", v.agrees(), "diff", v.diff()))
                .toList());
        o.put("normalisations", r.views().normalisations().stream().map(n -> Map.of("what", n.what(), "why", n.why())).toList());
        o.put("pings", r.pings().stream().map(p -> Map.of("line", p.line(), "replied", p.replied())).toList());
        o.put("commands", r.commands().pairs().stream().map(LiveReportJson::pair).toList());
        o.put("requestsPerTask", r.commands().distributions().stream().map(LiveReportJson::distribution).toList());
        o.put("flows", r.outcome().flows().points().stream().map(LiveReportJson::flows).toList());
        FlowComparison.ConnectionFlows c = r.outcome().flows().connections();
        o.put("connections", Map.of("agrees", c.agrees(), "model", c.model(), "kernel", c.real(), "diff", c.diff()));
        o.put("knownDifferences", r.outcome().extras().stream().map(e -> Map.of("what", e.what(), "agrees", e.diff().isEmpty(),
                "diff", e.diff(), "explanation", e.explanation(), "model", e.model(), "kernel", e.kernel())).toList());
        o.put("millis", Map.of("apply", r.applyMillis(), "compare", r.compareMillis(), "commands", r.checkMillis(), "teardown", r.teardownMillis()));
        o.put("agrees", r.agrees());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> pair(CommandComparison.Pair p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from());
        m.put("command", p.command());
        m.put("run", p.run());
        m.put("agrees", p.agrees());
        m.put("model", Map.of("output", p.modelOutput(), "compared", p.modelKey(), "task", String.valueOf(p.modelTask())));
        m.put("kernel", Map.of("output", p.realOutput(), "compared", p.realKey(), "task", String.valueOf(p.realTask())));
        m.put("modelReason", String.valueOf(p.modelReason()));
        return m;
    }

    private static Map<String, Object> distribution(CommandComparison.Distribution d) {
        Map<String, Object> tasks = new LinkedHashMap<>();
        d.perTask().forEach((t, c) -> tasks.put(t, Map.of("model", c[0], "kernel", c[1])));
        return Map.of("from", d.from(), "command", d.command(), "tasks", tasks);
    }

    private static Map<String, Object> flows(FlowComparison.PointFlows p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("point", p.point());
        m.put("agrees", p.agrees());
        m.put("explanation", p.explanation().orElse(null));
        m.put("model", p.model());
        m.put("kernel", p.real());
        m.put("diff", p.diff());
        if (!p.modelOuter().isEmpty() || !p.realOuter().isEmpty()) {
            m.put("vxlanOuterHeader", Map.of("model", p.modelOuter(), "kernel", p.realOuter(), "agrees", p.outerAgrees(),
                    "explanation", p.outerAgrees() ? "" : FlowComparison.OUTER_EXPLANATION));
        }
        return m;
    }
}
