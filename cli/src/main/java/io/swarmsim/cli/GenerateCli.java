package io.swarmsim.cli;

import io.swarmsim.engine.bench.ScaleBench;
import io.swarmsim.engine.generate.ScenarioGenerator;
import io.swarmsim.engine.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sim generate --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K] [--out FILE]}
 * and {@code sim bench scale} with the same options.
 */
@Command(name = "generate", header = "write a generated scenario of any size",
        customSynopsis = "sim generate --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K] [--out FILE]",
        description = "Write a scenario of N nodes, S services of R replicas each, and a client that curls every service.")
final class GenerateCli implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private ClusterOptions cluster;

    @Option(names = "--out", paramLabel = "FILE", description = "write the scenario to FILE (default: standard output)")
    private String file;

    GenerateCli(Streams io) {
        this.io = io;
    }

    /** The shape of the cluster to generate, shared by generate and bench scale. */
    static final class ClusterOptions {
        @Option(names = "--nodes", paramLabel = "N", defaultValue = "2", description = "swarm nodes (default ${DEFAULT-VALUE})")
        int nodes;
        @Option(names = "--services", paramLabel = "S", defaultValue = "2", description = "services besides the client (default ${DEFAULT-VALUE})")
        int services;
        @Option(names = "--replicas", paramLabel = "R", defaultValue = "2", description = "replicas per service (default ${DEFAULT-VALUE})")
        int replicas;
        @Option(names = "--era", paramLabel = "1.12|18.06", defaultValue = "1.12", description = "the Docker era to model (default ${DEFAULT-VALUE})")
        String era;
        @Option(names = "--requests", paramLabel = "K", defaultValue = "10", description = "requests of the experiment (default ${DEFAULT-VALUE})")
        int requests;

        ScenarioGenerator.Spec spec() {
            try {
                return new ScenarioGenerator.Spec(nodes, services, replicas, era, requests);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        String yaml = ScenarioGenerator.generate(cluster.spec());
        if (file == null) {
            io.out().print(yaml);
            return 0;
        }
        try {
            Files.writeString(Path.of(file), yaml);
            io.out().println("wrote " + file);
            return 0;
        } catch (IOException e) {
            io.err().println("sim generate: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** One phase's line: requests, wall and CPU time, passes per CPU second and allocation per request. */
    private static void phase(PrintStream out, String name, ScaleBench.Phase p) {
        out.printf(Locale.ROOT,
                "  %-8s %d requests: %d ms wall (%.0f requests/s), %d ms CPU, %.0f passes per CPU second (%.3f us per pass), %.0f bytes allocated per request%n",
                name, p.requests(), p.wallNanos() / 1_000_000, p.requestsPerSecond(), p.cpuNanos() / 1_000_000, p.passesPerCpuSecond(),
                p.microsPerPass(), p.bytesPerRequest());
    }

    /** {@code sim bench scale}: builds and runs a generated cluster, and prints how long each part took. */
    @Command(name = "bench", header = "measure the simulator (scale)", customSynopsis = "sim bench scale --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]",
            description = "Measure the simulator.", subcommands = Scale.class)
    static final class Bench {
    }

    @Command(name = "scale", header = "build and run a generated cluster; print times and heap", customSynopsis = "sim bench scale --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]",
            description = "Build a generated cluster and run its requests; print times, heap and per-request work.")
    static final class Scale implements Callable<Integer> {
        private final Streams io;

        @Mixin
        private ClusterOptions cluster;

        Scale(Streams io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            ScenarioGenerator.Spec spec = cluster.spec();
            PrintStream out = io.out();
            try {
                ScaleBench.Figures f = ScaleBench.run(spec);
                out.printf(Locale.ROOT, "cluster: %d nodes, %d services, %d tasks, %d namespaces, Docker %s model%n", f.nodes(), f.services() + 1,
                        f.tasks(), f.namespaces(), spec.era());
                out.printf(Locale.ROOT, "build (allocate, plan, load every namespace, rule and IPVS table): %d ms, heap held %d MiB, peak heap %d MiB%n",
                        f.buildMillis(), f.heapMiB(), f.peakHeapMiB());
                out.printf(Locale.ROOT, "%d VIP requests (curl svc1 from client.1, full packet path, no trace): %d ms%n",
                        f.requests(), (f.warmUp().wallNanos() + f.measured().wallNanos()) / 1_000_000);
                phase(out, "warm-up", f.warmUp());
                phase(out, "measured", f.measured());
                ScaleBench.Phase all = f.measured().requests() > 0 ? f.measured() : f.warmUp();
                out.printf(Locale.ROOT, "per request: %.1f packet traversals of a namespace's stack, %.1f iptables rules looked at per packet%n",
                        (double) all.packets() / Math.max(1, all.requests()), (double) all.rules() / Math.max(1, all.packets()));
                out.println("served: " + f.served());
                out.printf(Locale.ROOT, "machine: %d cores, max heap %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
                return 0;
            } catch (ScenarioException e) {
                io.err().println("sim bench: the generated scenario is invalid: " + e.getMessage());
                return 1;
            }
        }
    }
}
