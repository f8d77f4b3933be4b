package io.swarmsim.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Removes network namespaces: first the processes still running in them (killed by pid, as
 * {@code ip netns pids} lists them: only a run's own programs run there, such as its servers), then
 * the namespace, which takes its veth, bridge and vxlan devices with it (a veth's other end goes
 * too, wherever it is), then the namespaces' {@code /etc/netns} files ({@link NetnsEtc}).
 * It works from {@code ip netns list}, not from a record of what was made, so it also removes what
 * a step interrupted half-way left, and running it twice does nothing the second time.
 */
public final class Teardown {
    private final CommandRunner runner;
    private final NetnsEtc etc;

    public Teardown(CommandRunner runner) {
        this(runner, new NetnsEtc(NetnsEtc.SYSTEM));
    }

    public Teardown(CommandRunner runner, NetnsEtc etc) {
        this.runner = runner;
        this.etc = etc;
    }

    /** The named namespaces of the machine, in {@code ip netns list} order. */
    public List<String> list() {
        CmdResult r = runner.check(Cmd.of("ip", "netns", "list"));
        List<String> out = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * Removes every namespace {@code which} accepts, telling {@code progress} of each.
     *
     * @return the namespaces removed
     * @throws LiveException if one is still there afterwards, naming it and why
     */
    public List<String> remove(Predicate<String> which, Progress progress) {
        List<String> doomed = list().stream().filter(which).toList();
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (String ns : doomed) {
            try {
                progress.on(new StepEvent("teardown", ++i, doomed.size(), "delete namespace", ns));
            } catch (RuntimeException e) {
                // whoever listens cannot stop a teardown: it is what leaves the machine as it was
            }
            killProcesses(ns);
            CmdResult r = runner.run(Cmd.of("ip", "netns", "del", ns));
            if (!r.ok()) {
                failures.add(r.failure());
            }
        }
        etc.remove(which);
        List<String> left = list().stream().filter(which).toList();
        if (!left.isEmpty()) {
            throw new LiveException("teardown left namespaces " + left + (failures.isEmpty() ? "" : ": " + String.join("; ", failures)));
        }
        return doomed;
    }

    private void killProcesses(String ns) {
        CmdResult r = runner.run(Cmd.of("ip", "netns", "pids", ns));
        if (!r.ok()) {
            return; // a half-made namespace (its mount is missing) has no processes; del still removes its name
        }
        for (String line : r.out().lines().toList()) {
            try {
                Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(line.strip()));
                p.ifPresent(h -> {
                    h.destroyForcibly();
                    try {
                        h.onExit().get(2, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        // gone or stuck: ip netns del does not need it gone, the namespace dies with its last process
                    }
                });
            } catch (NumberFormatException e) {
                // not a pid line
            }
        }
    }
}
