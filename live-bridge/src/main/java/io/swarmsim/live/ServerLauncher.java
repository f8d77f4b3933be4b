package io.swarmsim.live;

import io.swarmsim.live.serve.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts every task's servers in its real container namespace, all at once, each as
 * {@code ip netns exec NS java ... ServerMain} with its spec on standard input, and waits until each
 * says it is ready. The JVMs start with the flags that make a small program start fastest (C1 only,
 * serial GC, class data sharing). {@link #close()} closes their input, on which they exit, and kills
 * what is left; the teardown kills anything still running in the run's namespaces anyway.
 */
final class ServerLauncher implements AutoCloseable {
    static final long READY_SECONDS = 20;
    private final List<Process> processes = new ArrayList<>();

    /** A started server process and the task it serves. */
    private record Started(LiveServices.TaskServers servers, Process process) {
    }

    /**
     * Starts the servers of {@code tasks}; {@code realNetns} maps a model namespace to its real name.
     *
     * @throws LiveException naming the task whose servers did not come up, and what they said
     */
    void start(List<LiveServices.TaskServers> tasks, java.util.function.UnaryOperator<String> realNetns, Progress progress) {
        List<Started> started = new ArrayList<>();
        int i = 0;
        for (LiveServices.TaskServers t : tasks) {
            progress.on(new StepEvent("servers", ++i, tasks.size(), "start", t.task() + " " + what(t)));
            started.add(new Started(t, launch(realNetns.apply(t.namespace()), t)));
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
            if (!ServerMain.READY.equals(line)) {
                Process p = started.get(k).process();
                p.destroyForcibly();
                String err = stderr(p);
                throw new LiveException("the servers of " + started.get(k).servers().task() + " did not start"
                        + (err.isBlank() ? " within " + READY_SECONDS + " s" : ": " + err.strip()));
            }
        }
    }

    private static String what(LiveServices.TaskServers t) {
        List<String> w = new ArrayList<>();
        t.spec().dns().ifPresent(d -> w.add(String.format(Locale.ROOT, "embedded DNS 127.0.0.11 (udp %d, tcp %d)", d.udpPort(), d.tcpPort())));
        t.spec().httpContainerId().ifPresent(id -> w.add("vote app :80 (container " + id + ")"));
        return String.join(", ", w);
    }

    private Process launch(String netns, LiveServices.TaskServers t) {
        Cmd cmd = Cmd.of(command(netns));
        try {
            Process p = ProcessRunner.builder(cmd).start();
            synchronized (processes) {
                processes.add(p);
            }
            OutputStream in = p.getOutputStream();
            in.write(t.spec().render().getBytes(StandardCharsets.UTF_8));
            in.flush();
            return p;
        } catch (IOException e) {
            throw new LiveException("cannot start the servers of " + t.task() + ": " + e.getMessage());
        }
    }

    /** The argument list: this JVM's java and class path, in {@code netns}. */
    static List<String> command(String netns) {
        return List.of("ip", "netns", "exec", netns, Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx32m", "-Xss256k",
                "-cp", System.getProperty("java.class.path"), ServerMain.class.getName());
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

    /** Ends every server: input closed (they exit on it), then killed if still there. */
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
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
