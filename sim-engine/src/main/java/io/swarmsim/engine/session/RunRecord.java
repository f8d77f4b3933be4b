package io.swarmsim.engine.session;

import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.trace.TraceEvent;

/**
 * One command run of a session, as the index knows it: the experiment, its number (1-based, in
 * the order the session ran commands; also the request number every trace id of its packets
 * carries), what ran where, when it started and when its result was final, and the result.
 */
public record RunRecord(String experiment, long number, String from, String command, long startedAt, long finishedAt,
                        CommandRun result) {
    /** Whether {@code e} belongs to this run (its packets, its DNS answers, its application decisions). */
    public boolean owns(TraceEvent e) {
        return PacketIds.requestOf(e.traceId()) == number;
    }
}
