package io.swarmsim.live.diff;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one real program with an argument list (never through a shell), feeding it {@code stdin}
 * and collecting both of its outputs. A program that outlives its deadline is killed, so a hung
 * tool fails one probe instead of the whole test run.
 */
final class CommandRunner {
    /** What a finished program left behind; {@code exit} is -1 when it had to be killed. */
    record Result(List<String> command, int exit, String stdout, String stderr) {
        boolean ok() {
            return exit == 0;
        }

        /** The command and its outputs, for a failure message. */
        String describe() {
            return String.join(" ", command) + " -> exit " + exit + (stderr.isBlank() ? "" : ": " + stderr.strip());
        }
    }

    private final long timeoutMillis;

    CommandRunner(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    Result run(List<String> command) {
        return run(command, (byte[]) null);
    }

    /** Runs {@code command} reading {@code input} (a file: always readable at once, unlike a pipe being filled). */
    Result run(List<String> command, File input) {
        return run(command, null, input);
    }

    Result run(List<String> command, byte[] stdin) {
        return run(command, stdin, null);
    }

    private Result run(List<String> command, byte[] stdin, File input) {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (input != null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(input));
        } else if (stdin == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(command, 127, "", e.getMessage());
        }
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        try {
            if (stdin != null) {
                try (OutputStream o = p.getOutputStream()) {
                    o.write(stdin);
                } catch (IOException ignored) {
                    // the program exited without reading its input: its exit status tells why
                }
            }
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return new Result(command, -1, out.join(), err.join() + " (killed after " + timeoutMillis + " ms)");
            }
            return new Result(command, p.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result(command, -1, "", "interrupted");
        }
    }

    /** Reads a stream to its end on a thread of its own: a full pipe must never block the program. */
    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                f.complete("");
            }
        }, "drain");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
