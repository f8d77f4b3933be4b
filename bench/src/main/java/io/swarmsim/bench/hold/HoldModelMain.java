package io.swarmsim.bench.hold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One run, one process: {@code HoldModelMain P E [seed] [api]}; prints the spec's line of
 * tab-separated key=value fields (section 9) and exits with 1 if the spec gives reference values
 * for these parameters and the run did not reproduce them.
 */
public final class HoldModelMain {
    private HoldModelMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: HoldModelMain P E [seed=1] [api=" + HoldModel.Api.values()[0].name().toLowerCase(Locale.ROOT) + "]");
            System.exit(2);
        }
        int pending = Integer.parseInt(args[0]);
        long events = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        HoldModel.Api api = args.length > 3 ? HoldModel.Api.valueOf(args[3].toUpperCase(Locale.ROOT)) : HoldModel.Api.values()[0];
        HoldResult r = new HoldModel(pending, events, seed, api).measure();
        String verdict = Expected.verdict(r);
        System.out.println(String.join("\t",
                "engine=swarmsim-java",
                "scheduler=" + SCHEDULER,
                "api=" + api.name().toLowerCase(Locale.ROOT),
                "rng=splitmix64",
                "P=" + pending,
                "E=" + events,
                "seed=" + seed,
                String.format(Locale.ROOT, "setup_s=%.6f", r.setupNanos() / 1e9),
                String.format(Locale.ROOT, "run_s=%.6f", r.runNanos() / 1e9),
                String.format(Locale.ROOT, "events_per_s=%.0f", r.eventsPerSecond()),
                String.format(Locale.ROOT, "ns_per_event=%.2f", r.nanosPerEvent()),
                String.format(Locale.ROOT, "run_cpu_s=%.6f", r.runCpuNanos() / 1e9),
                String.format(Locale.ROOT, "cpu_events_per_s=%.0f", r.cpuEventsPerSecond()),
                "final_time_ns=" + r.finalTimeNs(),
                "checksum=" + r.checksumHex(),
                "maxrss_kb=" + peakRssKb(),
                "verified=" + verdict));
        if (verdict.equals("NO")) {
            System.exit(1);
        }
    }

    /** The queue behind EventLoop, as named in the results. */
    static final String SCHEDULER = "near-4ary-heap+far-unordered";

    /** Peak resident set size of this process (VmHWM), or -1 where /proc is missing. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
