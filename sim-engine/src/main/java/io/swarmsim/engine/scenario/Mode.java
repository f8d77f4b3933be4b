package io.swarmsim.engine.scenario;

/**
 * {@code deploy.mode}: a fixed number of tasks, or one task per eligible node; the job modes
 * (Docker 20.10+) run their tasks to completion once, and are on their networks while they run.
 */
public enum Mode {
    REPLICATED, GLOBAL, REPLICATED_JOB, GLOBAL_JOB;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** One task per node the constraints allow. */
    public boolean isGlobal() {
        return this == GLOBAL || this == GLOBAL_JOB;
    }

    public boolean isJob() {
        return this == REPLICATED_JOB || this == GLOBAL_JOB;
    }

    /** As {@code docker service ls} shows it: replicated, global, replicated job, global job. */
    public String listed() {
        return text().replace('-', ' ');
    }
}
