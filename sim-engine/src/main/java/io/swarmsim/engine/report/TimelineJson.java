package io.swarmsim.engine.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An experiment's time-line in {@code sim run --json} (key {@code timeline}, present only when the
 * experiment has one): the control-plane steps as each node applied them and each workload's
 * totals, series, errors and serving tasks; times in ns of simulated time, as trace events have them.
 */
final class TimelineJson {
    private TimelineJson() {
    }

    static void write(ObjectNode o, TimelineResult t) {
        o.put("interval_ns", t.intervalNanos());
        ArrayNode control = o.putArray("control");
        for (TimelineResult.ControlLine c : t.control()) {
            control.addObject().put("t", c.at()).put("node", c.node()).put("step", c.step()).put("task", c.task()).put("detail", c.detail());
        }
        ArrayNode workloads = o.putArray("workloads");
        for (WorkloadResult w : t.workloads()) {
            ObjectNode x = workloads.addObject().put("name", w.name()).put("from", w.from()).put("client", w.client())
                    .put("connection", w.keepAlive() ? "keep-alive" : "new").put("every_ns", w.every()).put("start_ns", w.start())
                    .put("duration_ns", w.duration()).put("sent", w.sent()).put("ok", w.ok()).put("failed", w.failed());
            ArrayNode series = x.putArray("series");
            w.series().forEach(i -> series.addObject().put("start_ns", i.start()).put("ok", i.ok()).put("failed", i.failed()));
            ArrayNode errors = x.putArray("errors");
            w.errors().forEach(e -> errors.addObject().put("error", e.error()).put("count", e.count()).put("first_ns", e.firstAt())
                    .put("last_ns", e.lastAt()).put("first_reason", e.firstReason()));
            ArrayNode served = x.putArray("served_by");
            w.servedBy().forEach(s -> served.addObject().put("task", s.task()).put("count", s.count()).put("first_ns", s.firstAt())
                    .put("last_ns", s.lastAt()));
            ArrayNode failures = x.putArray("first_failures");
            w.firstFailures().forEach(f -> failures.addObject().put("t", f.at()).put("error", f.error()).put("reason", f.reason()));
        }
    }
}
