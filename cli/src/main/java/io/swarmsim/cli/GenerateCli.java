package io.swarmsim.cli;

import io.swarmsim.engine.bench.ScaleBench;
import io.swarmsim.engine.generate.ScenarioGenerator;
import io.swarmsim.engine.scenario.ScenarioException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sim generate --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K] [--out FILE]}
 * and {@code sim bench scale} with the same options.
 */
final class GenerateCli {
    private GenerateCli() {
    }

    /** The cluster to generate, and the file to write it to (null: standard output). */
    private record Options(ScenarioGenerator.Spec spec, String out) {
    }

    /** Parses the generator's options; {@code --out} only where {@code outAllowed}. */
    private static Options options(String[] args, boolean outAllowed) {
        Map<String, String> v = new LinkedHashMap<>(Map.of("--nodes", "2", "--services", "2", "--replicas", "2", "--era", "1.12",
                "--requests", "10"));
        String out = null;
        for (int i = 0; i < args.length; i++) {
            if (i + 1 >= args.length) {
                throw new UsageException(args[i] + " needs a value");
            }
            if (outAllowed && args[i].equals("--out")) {
                out = args[++i];
            } else if (v.containsKey(args[i])) {
                v.put(args[i], args[++i]);
            } else {
                throw new UsageException("unknown option " + args[i] + "; expected --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]"
                        + (outAllowed ? " [--out FILE]" : ""));
            }
        }
        try {
            return new Options(new ScenarioGenerator.Spec(Integer.parseInt(v.get("--nodes")), Integer.parseInt(v.get("--services")),
                    Integer.parseInt(v.get("--replicas")), v.get("--era"), Integer.parseInt(v.get("--requests"))), out);
        } catch (NumberFormatException e) {
            throw new UsageException("--nodes, --services, --replicas and --requests take integers");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static int generate(String[] args, PrintStream out, PrintStream err) {
        Options o = options(args, true);
        String file = o.out();
        String yaml = ScenarioGenerator.generate(o.spec());
        if (file == null) {
            out.print(yaml);
            return 0;
        }
        try {
            Files.writeString(Path.of(file), yaml);
            out.println("wrote " + file);
            return 0;
        } catch (IOException e) {
            err.println("sim generate: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** One phase's line: requests, wall and CPU time, passes per CPU second and allocation per request. */
    private static void phase(PrintStream out, String name, ScaleBench.Phase p) {
        out.printf(java.util.Locale.ROOT,
                "  %-8s %d requests: %d ms wall (%.0f requests/s), %d ms CPU, %.0f passes per CPU second (%.3f us per pass), %.0f bytes allocated per request%n",
                name, p.requests(), p.wallNanos() / 1_000_000, p.requestsPerSecond(), p.cpuNanos() / 1_000_000, p.passesPerCpuSecond(),
                p.microsPerPass(), p.bytesPerRequest());
    }

    static int bench(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("scale")) {
            throw new UsageException("usage: sim bench scale --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]");
        }
        ScenarioGenerator.Spec spec = options(java.util.Arrays.copyOfRange(args, 1, args.length), false).spec();
        try {
            ScaleBench.Figures f = ScaleBench.run(spec);
            out.printf(java.util.Locale.ROOT, "cluster: %d nodes, %d services, %d tasks, %d namespaces, Docker %s model%n", f.nodes(), f.services() + 1,
                    f.tasks(), f.namespaces(), spec.era());
            out.printf(java.util.Locale.ROOT, "build (allocate, plan, load every namespace, rule and IPVS table): %d ms, heap held %d MiB, peak heap %d MiB%n",
                    f.buildMillis(), f.heapMiB(), f.peakHeapMiB());
            out.printf(java.util.Locale.ROOT, "%d VIP requests (curl svc1 from client.1, full packet path, no trace): %d ms%n",
                    f.requests(), (f.warmUp().wallNanos() + f.measured().wallNanos()) / 1_000_000);
            phase(out, "warm-up", f.warmUp());
            phase(out, "measured", f.measured());
            ScaleBench.Phase all = f.measured().requests() > 0 ? f.measured() : f.warmUp();
            out.printf(java.util.Locale.ROOT, "per request: %.1f packet traversals of a namespace's stack, %.1f iptables rules looked at per packet%n",
                    (double) all.packets() / Math.max(1, all.requests()), (double) all.rules() / Math.max(1, all.packets()));
            out.println("served: " + f.served());
            out.printf(java.util.Locale.ROOT, "machine: %d cores, max heap %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            return 0;
        } catch (ScenarioException e) {
            err.println("sim bench: the generated scenario is invalid: " + e.getMessage());
            return 1;
        }
    }
}
