package io.swarmsim.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a small Java program of the live bridge in each of several real namespaces, all at once,
 * each as {@code ip netns exec NS java ... MAIN} with its job on standard input, and waits until each
 * prints {@code ready} (the servers, the captures). The JVMs start with the flags that make a small
 * program start fastest (C1 only, serial GC, class data sharing). {@link #close()} closes their
 * input, on which they finish (a capture flushes its files) and exit, and kills what is left after
 * {@link #EXIT_SECONDS}; the teardown kills anything still running in the run's namespaces anyway.
 */
final class NetnsJava implements AutoCloseable {
    static final long READY_SECONDS = 20;
    static final long EXIT_SECONDS = 5;
    private final Class<?> main;
    private final List<Process> processes = new ArrayList<>();

    /** One program to start: for whom (messages), in which real namespace, what it says it does, its input. */
    record Job(String who, String netns, String detail, String input) {
    }

    /** A started program and its job. */
    private record Started(Job job, Process process) {
    }

    NetnsJava(Class<?> main) {
        this.main = main;
    }

    /**
     * Starts {@code jobs}, telling {@code progress} of each under {@code stage}, and waits until all are ready.
     *
     * @throws LiveException naming the job that did not come up, and what it said
     */
    void start(List<Job> jobs, String stage, Progress progress) {
        List<Started> started = new ArrayList<>();
        int i = 0;
        for (Job j : jobs) {
            progress.on(new StepEvent(stage, ++i, jobs.size(), "start", j.who() + " " + j.detail()));
            started.add(new Started(j, launch(j)));
        }
        List<CompletableFuture<String>> ready = started.stream().map(s -> CompletableFuture.supplyAsync(() -> firstLine(s.process()))).toList();
        for (int k = 0; k < started.size(); k++) {
            String line;
            try {
                line = ready.get(k).get(READY_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LiveException("interrupted while the servers started");
            } catch (ExecutionException | TimeoutException e) {
                line = null;
            }
            if (!"ready".equals(line)) {
                Process p = started.get(k).process();
                p.destroyForcibly();
                String err = stderr(p);
                throw new LiveException(main.getSimpleName() + " for " + started.get(k).job().who() + " did not start"
                        + (err.isBlank() ? " within " + READY_SECONDS + " s" : ": " + err.strip()));
            }
        }
    }

    private Process launch(Job j) {
        Cmd cmd = Cmd.of(command(j.netns(), main));
        try {
            Process p = ProcessRunner.builder(cmd).start();
            synchronized (processes) {
                processes.add(p);
            }
            OutputStream in = p.getOutputStream();
            in.write(j.input().getBytes(StandardCharsets.UTF_8));
            in.flush();
            return p;
        } catch (IOException e) {
            throw new LiveException("cannot start " + main.getSimpleName() + " for " + j.who() + ": " + e.getMessage());
        }
    }

    /** The argument list: this JVM's java and class path, in {@code netns}, running {@code main}. */
    static List<String> command(String netns, Class<?> main) {
        return List.of("ip", "netns", "exec", netns, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx32m", "-Xss256k",
                "-cp", System.getProperty("java.class.path"), main.getName());
    }

    private static String firstLine(Process p) {
        try {
            return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static String stderr(Process p) {
        try {
            p.waitFor(2, TimeUnit.SECONDS);
            return new String(p.getErrorStream().readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Ends every program: input closed (they finish and exit on it), then killed if still there after {@link #EXIT_SECONDS}. */
    @Override
    public void close() {
        List<Process> all;
        synchronized (processes) {
            all = List.copyOf(processes);
            processes.clear();
        }
        for (Process p : all) {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                // already closed: it is exiting
            }
        }
        for (Process p : all) {
            try {
                if (!p.waitFor(EXIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
