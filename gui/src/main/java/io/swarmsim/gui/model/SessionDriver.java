package io.swarmsim.gui.model;

import io.swarmsim.engine.scenario.Experiment;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.trace.TraceLevel;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs sessions off the FX thread: one worker thread owns every {@link Session}; what it produces
 * goes into a bounded queue that the FX thread drains once per frame. When the queue is full the
 * worker waits, so a fast simulation never floods the window. Thread-safe: {@link #submit},
 * {@link #snapshot} and {@link #drain} may be called from any thread.
 */
public final class SessionDriver implements AutoCloseable {
    /** Events per {@link Update.Events} batch. */
    static final int BATCH = 256;
    private final BlockingQueue<Update> queue;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "swarmsim-session");
        t.setDaemon(true);
        return t;
    });
    private volatile long generation;
    /** The latest snapshot request; an older one still queued is skipped (each is a replay from the seed). */
    private final java.util.concurrent.atomic.AtomicLong snapshotTicket = new java.util.concurrent.atomic.AtomicLong();
    private Session session; // worker thread only

    /** @param capacity the queue's bound (updates, each up to {@value #BATCH} events) */
    public SessionDriver(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Loads and runs {@code r} on the worker; a run still streaming is abandoned. */
    public void submit(RunRequest r) {
        long gen = ++generation;
        queue.clear();
        execute(() -> run(r, gen));
    }

    /**
     * Asks for namespace {@code netns} as it was at simulated {@code time} (replayed from the seed).
     * Only the latest request is answered: while playing, the cursor moves faster than replays run.
     */
    public void snapshot(long time, String netns) {
        long gen = generation;
        long ticket = snapshotTicket.incrementAndGet();
        execute(() -> {
            if (session == null || gen != generation || ticket != snapshotTicket.get()) {
                return;
            }
            Session back = session.rewindTo(time, s -> { });
            put(new Update.Snapshot(time, back.snapshot(netns)), gen);
        });
    }

    /** Up to {@code max} updates, oldest first, without waiting. */
    public List<Update> drain(int max) {
        List<Update> out = new ArrayList<>();
        queue.drainTo(out, max);
        return out;
    }

    private void run(RunRequest r, long gen) {
        Scenario scenario;
        try {
            scenario = ModeApplier.apply(ScenarioLoader.load(r.scenario()), r.modes());
        } catch (ScenarioException e) {
            put(new Update.Failed(r, e.getMessage()), gen);
            return;
        } catch (RuntimeException e) {
            put(new Update.Failed(r, r.scenario() + ": " + e.getMessage()), gen);
            return;
        }
        try {
            Session s = Session.open(scenario, r.experiment(), r.seed());
            session = s;
            List<String> names = scenario.sim().experiments().stream().map(Experiment::name).toList();
            String description = scenario.experiment(s.experiment()).map(Experiment::description).orElse("the stack file as written");
            put(new Update.Loaded(r, names, s.experiment(), description, s.cluster(), s.desired(), s.plan()), gen);
            List<TraceEvent> batch = new ArrayList<>(BATCH);
            s.subscribe(e -> {
                batch.add(e);
                if (batch.size() == BATCH) {
                    put(new Update.Events(List.copyOf(batch)), gen);
                    batch.clear();
                }
            }, TraceLevel.FULL);
            int done = 0;
            while (gen == generation && s.runNext().isPresent()) {
                if (!batch.isEmpty()) {
                    put(new Update.Events(List.copyOf(batch)), gen);
                    batch.clear();
                }
                put(new Update.RunFinished(s.runs().get(done++)), gen);
            }
            put(new Update.Done(r), gen);
        } catch (RuntimeException e) {
            put(new Update.Failed(r, "the run stopped: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())), gen);
        }
    }

    /** Waits for room, unless the run was superseded (then the update is dropped). */
    private void put(Update u, long gen) {
        try {
            while (gen == generation && !queue.offer(u, 50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the FX thread drains once per frame
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands work to the worker; once the driver is closed (the window is gone) it is quietly dropped. */
    private void execute(Runnable work) {
        try {
            worker.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // a view still listening after the window closed: nothing to run it on, and nobody to show it to
        }
    }

    @Override
    public void close() {
        generation++;
        worker.shutdownNow();
    }
}
