package io.swarmsim.live.diff;

import io.swarmsim.kernel.net.IpAddress;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The two namespaces for real, for one iptables backend: built once, reused for every case (the
 * rules are replaced by iptables-restore, which also zeroes their counters; conntrack is flushed),
 * and deleted at the end. Everything it creates lives inside its own namespaces, named with the
 * run's prefix: the root namespace is never touched.
 */
final class RealLab implements AutoCloseable {
    private static final String IP = Objects.requireNonNullElse(Prerequisites.path("ip"), "ip");
    private final Backend backend;
    private final Map<Side, String> names = new EnumMap<>(Side.class);
    private final CommandRunner runner = new CommandRunner(10_000);
    private final CommandRunner probeRunner = new CommandRunner(5_000);
    /** Payload files by length: every payload is that many 'x'. */
    private final Map<Integer, File> inputs = new HashMap<>();
    /** Runs a batch's senders side by side. */
    private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "probe");
        t.setDaemon(true);
        return t;
    });

    RealLab(String prefix, Backend backend) {
        this.backend = backend;
        for (Side s : Side.values()) {
            names.put(s, prefix + "-" + backend.label() + "-" + s.name().toLowerCase(Locale.ROOT));
        }
    }

    /** Creates both namespaces, the veth pair, addresses, permanent neighbours and A's default route. */
    void build() {
        deleteNamespaces();
        for (Side s : Side.values()) {
            must(List.of(IP, "netns", "add", name(s)));
        }
        must(List.of(IP, "link", "add", Topology.DEVICE, "netns", name(Side.A), "type", "veth", "peer", "name",
                Topology.DEVICE, "netns", name(Side.B)));
        for (Side s : Side.values()) {
            String ns = name(s);
            must(List.of(IP, "-n", ns, "link", "set", "dev", Topology.DEVICE, "address", Topology.mac(s).toString()));
            for (IpAddress a : Topology.addresses(s)) {
                must(List.of(IP, "-n", ns, "addr", "add", a + "/" + Topology.PREFIX, "dev", Topology.DEVICE));
            }
            must(List.of(IP, "-n", ns, "link", "set", "dev", "lo", "up"));
            must(List.of(IP, "-n", ns, "link", "set", "dev", Topology.DEVICE, "up"));
            for (IpAddress n : Topology.neighbours(s)) {
                must(List.of(IP, "-n", ns, "neigh", "replace", n.toString(), "lladdr", Topology.peerMac(s).toString(),
                        "dev", Topology.DEVICE, "nud", "permanent"));
            }
        }
        must(List.of(IP, "-n", name(Side.A), "route", "add", "default", "via", Topology.B_ADDR.toString()));
        for (Side s : Side.values()) {
            // KnownDifferences.ICMP_RATE_LIMIT: the model sends every ICMP error, so the labs' kernels must too
            // (tee, run inside the namespace, writes that namespace's /proc/sys/net)
            CommandRunner.Result r = runner.run(exec(s, "tee", "/proc/sys/net/ipv4/icmp_ratelimit"),
                    "0\n".getBytes(StandardCharsets.US_ASCII));
            if (!r.ok()) {
                throw new IllegalStateException(r.describe());
            }
        }
    }

    private String name(Side s) {
        return names.get(s);
    }

    /** {@code ip netns exec NS program args}, the program by its absolute path (ip searches only its own PATH). */
    private List<String> exec(Side s, String... command) {
        List<String> c = new ArrayList<>(List.of(IP, "netns", "exec", name(s)));
        String program = Prerequisites.path(command[0]);
        c.add(program == null ? command[0] : program);
        c.addAll(List.of(command).subList(1, command.length));
        return c;
    }

    private CommandRunner.Result must(List<String> command) {
        CommandRunner.Result r = runner.run(command);
        if (!r.ok()) {
            throw new IllegalStateException(r.describe());
        }
        return r;
    }

    /** Loads the case's rules, forgets earlier connections, sends the probes and reads back what happened. */
    Observation run(DiffCase c) {
        Observation o = new Observation();
        for (Side s : Side.values()) {
            CommandRunner.Result r = runner.run(exec(s, backend.restore()), c.rules(s).text().getBytes(StandardCharsets.UTF_8));
            if (!r.ok()) {
                o.loadError(s, r.stderr().strip().replaceAll("\\s+", " "));
            }
        }
        if (!o.loaded()) {
            // what did load is replaced by the next case's restore, which names the same four tables
            return o;
        }
        for (Side s : Side.values()) {
            must(exec(s, "conntrack", "-F"));
        }
        for (Probe.Outcome outcome : send(c)) {
            o.outcome(outcome);
        }
        for (Side s : Side.values()) {
            SaveCounters.read(s, must(exec(s, backend.save(), "-c")).stdout(), o);
            o.conntrack(s, ConntrackListing.parse(must(exec(s, "conntrack", "-L")).stdout()));
        }
        return o;
    }

    /**
     * Sends the case's probes and returns what each sender saw, in probe order. They go out all at
     * once, so the waits of the unanswered ones overlap: their flows are independent (each has its
     * own source port or echo identifier, NAT keeps ports, and counters only add up), so the order
     * they reach the kernel in changes nothing. Except for {@code statistic --mode nth}, whose
     * verdict depends on the order: a case with it sends its probes one after the other, in order.
     */
    private List<Probe.Outcome> send(DiffCase c) {
        boolean ordered = c.rules(Side.A).text().contains("--mode nth")
                || c.rules(Side.B).text().contains("--mode nth");
        List<Future<CommandRunner.Result>> running = new ArrayList<>();
        List<Probe.Outcome> out = new ArrayList<>();
        for (Probe p : c.probes()) {
            List<String> command = exec(Side.A, p.command().toArray(String[]::new));
            File input = input(p);
            if (ordered) {
                out.add(p.outcome(probeRunner.run(command, input).exit()));
            } else {
                running.add(senders.submit(() -> probeRunner.run(command, input)));
            }
        }
        for (int i = 0; i < running.size(); i++) {
            try {
                out.add(c.probes().get(i).outcome(running.get(i).get().exit()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /** The probe's input as a file, written once per content and kept until the lab closes. */
    private File input(Probe p) {
        byte[] content = p.stdin();
        return inputs.computeIfAbsent(content.length, n -> {
            try {
                Path f = Files.createTempFile("swdiff-payload", ".bin");
                Files.write(f, content);
                f.toFile().deleteOnExit();
                return f.toFile();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Deletes the namespaces an earlier run of this test left behind when it was killed before its
     * teardown: names {@code swdiff<pid>-...} whose process is gone. Nothing else is touched.
     */
    static void removeLeftovers(String prefixStem) {
        CommandRunner runner = new CommandRunner(10_000);
        for (String line : runner.run(List.of(IP, "netns", "list")).stdout().split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (!name.startsWith(prefixStem)) {
                continue;
            }
            String digits = name.substring(prefixStem.length()).replaceAll("^(\\d+).*", "$1");
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
                    && ProcessHandle.of(Long.parseLong(digits)).isEmpty()) {
                runner.run(List.of(IP, "netns", "delete", name));
            }
        }
    }

    /** Deletes both namespaces (and with them the veth pair); quiet when they are already gone. */
    @Override
    public void close() {
        senders.shutdown();
        inputs.values().forEach(File::delete);
        inputs.clear();
        deleteNamespaces();
    }

    private void deleteNamespaces() {
        for (Side s : Side.values()) {
            runner.run(List.of(IP, "netns", "delete", name(s)));
        }
    }
}
