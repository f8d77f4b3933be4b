package io.swarmsim.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as child processes with {@link ProcessBuilder}: an argument list, never a shell.
 * Both streams are read at once (a command that fills one pipe must not block on it), and a command
 * that outlives {@link #TIMEOUT_SECONDS} is killed and reported as failed, so a hung tool cannot
 * keep the run (and its teardown) waiting.
 *
 * <p>{@link #stop()} is for a teardown that runs while the main thread is still applying (Ctrl-C):
 * it kills the command in flight and refuses every later one, so nothing is created after the
 * teardown has listed what to remove.
 */
public final class ProcessRunner implements CommandRunner {
    static final long TIMEOUT_SECONDS = 30;
    private final Object lock = new Object();
    private boolean stopped;
    private Process current;

    @Override
    public CmdResult run(Cmd cmd) {
        Process p;
        synchronized (lock) {
            if (stopped) {
                throw new LiveException("stopped: teardown has started; not running " + cmd);
            }
            try {
                p = builder(cmd).start();
            } catch (IOException e) {
                throw new LiveException("cannot start " + cmd.argv().get(0) + ": " + e.getMessage());
            }
            current = p;
        }
        try {
            FutureTask<String> out = reader(p.getInputStream());
            FutureTask<String> err = reader(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (cmd.stdin() != null) {
                    in.write(cmd.stdin().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the program closed its input early; its exit status and stderr say why
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return new CmdResult(cmd, -1, out.get(), "timed out after " + TIMEOUT_SECONDS + " s; killed. " + err.get());
            }
            if (stopped()) {
                throw stoppedWhile(cmd);
            }
            return new CmdResult(cmd, p.exitValue(), out.get(), err.get());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LiveException("interrupted while running " + cmd);
        } catch (ExecutionException e) {
            if (stopped()) {
                throw stoppedWhile(cmd);
            }
            throw new LiveException("cannot read the output of " + cmd + ": " + e.getCause());
        } finally {
            synchronized (lock) {
                current = null;
            }
        }
    }

    /**
     * The program is looked up here (Java resolves it in this JVM's PATH, which under sudo may lack
     * /usr/sbin), and the child's PATH gets the sbin directories too, for the program {@code ip netns
     * exec} starts.
     */
    static ProcessBuilder builder(Cmd cmd) {
        java.util.List<String> argv = new java.util.ArrayList<>(cmd.argv());
        Preflight.find(argv.get(0)).ifPresent(path -> argv.set(0, path.toString()));
        ProcessBuilder pb = new ProcessBuilder(argv);
        String path = pb.environment().getOrDefault("PATH", "");
        pb.environment().put("PATH", path + (path.isEmpty() ? "" : ":") + "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        pb.environment().put("LC_ALL", "C");
        return pb;
    }

    /** The command was killed because the teardown started (Ctrl-C): say so rather than how its pipes broke. */
    private static LiveException stoppedWhile(Cmd cmd) {
        return new LiveException("stopped while running " + cmd + ": the teardown runs instead");
    }

    private boolean stopped() {
        synchronized (lock) {
            return stopped;
        }
    }

    /** Kills the command in flight, if any, and refuses every later one. */
    public void stop() {
        synchronized (lock) {
            stopped = true;
            if (current != null) {
                current.destroyForcibly();
            }
        }
    }

    /** Reads a stream to its end on a thread of its own (a daemon: it never keeps the JVM alive). */
    private static FutureTask<String> reader(InputStream in) {
        FutureTask<String> f = new FutureTask<>(() -> read(in));
        Thread t = new Thread(f, "live-command-reader");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
