package io.swarmsim.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Waits until every device of the run's namespaces shows its carrier: the kernel turns a veth's
 * carrier on at once when both ends are up, but the operational state {@code ip addr} prints
 * (LOWER_UP, {@code state UP}) is updated by the link-watch worker, which may run up to a second
 * later. Reading the views before that would compare a moment, not the state.
 */
final class Settle {
    static final long TIMEOUT_MILLIS = 5000;
    private static final long POLL_MILLIS = 50;

    private Settle() {
    }

    /** Returns the devices still without carrier when the time ran out (empty: all settled). */
    static List<String> carriers(CommandRunner runner, List<String> netns, Progress progress) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        List<String> pending = new ArrayList<>(netns);
        List<String> waiting = List.of();
        int i = 0;
        while (!pending.isEmpty()) {
            progress.on(new StepEvent("apply", ++i, i, "settle", pending.size() + " namespaces"));
            List<String> still = new ArrayList<>();
            List<String> devices = new ArrayList<>();
            for (String ns : pending) {
                List<String> d = noCarrier(runner.check(Cmd.of("ip", "-n", ns, "-o", "link", "show")).out());
                if (!d.isEmpty()) {
                    still.add(ns);
                    d.forEach(x -> devices.add(ns + "/" + x));
                }
            }
            pending = still;
            waiting = devices;
            if (pending.isEmpty() || System.currentTimeMillis() > deadline) {
                break;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return pending.isEmpty() ? List.of() : waiting;
    }

    /** The devices of an {@code ip -o link} listing that are up but show no carrier yet. */
    static List<String> noCarrier(String oneLineLinks) {
        List<String> out = new ArrayList<>();
        for (String line : oneLineLinks.lines().toList()) {
            int flags = line.indexOf('<');
            if (flags < 0) {
                continue;
            }
            String f = line.substring(flags, line.indexOf('>', flags));
            boolean up = f.contains(",UP") || f.contains("<UP");
            if (up && (f.contains("NO-CARRIER") || !f.contains("LOWER_UP") || line.contains(" state DOWN "))) {
                String name = line.split(": ")[1];
                out.add(name.contains("@") ? name.substring(0, name.indexOf('@')) : name);
            }
        }
        return out;
    }
}
