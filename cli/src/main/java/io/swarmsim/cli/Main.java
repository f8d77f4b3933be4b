package io.swarmsim.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code sim} command: thin argument parsing over the engine. Every failure is reported as
 * one or more lines on stderr with a non-zero exit status, never as a stack trace.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: sim run <scenario.yaml> [--experiment NAME] [--seed N] [--json] [--trace none|summary|full] [--max-runs N]",
            "       sim exec <scenario.yaml> [--experiment NAME] [--seed N] <where> -- <command ...>",
            "       sim trace <scenario.yaml> --experiment NAME [--request K|all] [--json] [--level full|summary] [--max-events N] [--seed N]",
            "       sim export pcap <scenario.yaml> --experiment NAME --out DIR [--seed N]",
            "       sim generate --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K] [--out FILE]",
            "       sim bench scale --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]",
            "       sim live run <scenario.yaml> [--experiment NAME] [--seed N] [--iptables nft|legacy] [--keep]",
            "       sim live clean",
            "       sim graph <scenario.yaml> [--experiment NAME] [--seed N] --out FILE.svg|FILE.dot",
            "       sim help",
            "",
            "  run   simulate every experiment of the scenario (or only NAME) and print what",
            "        dig, ping and curl print inside the containers, the requests per task,",
            "        and why each client picked the address it used",
            "  --seed N   change the random seed (DNS shuffles, IDs, ports); the same seed",
            "             gives byte-identical output",
            "  --json     print the same as JSON",
            "  --trace    full (default): explain every run; summary: outputs and client reasons;",
            "             none: counters and the distribution only (for million-request runs)",
            "  --max-runs print at most N command runs per experiment (default 10000); the rest",
            "             are counted, not kept, so long runs stay in bounded memory",
            "  exec  run the experiment, then one command inside a task (client.1), a container ID,",
            "        a node's host (node1) or a sandbox (node1:ingress_sbox, node1:1-<netid>):",
            "        iptables -nvL [-x] [-t T], iptables -S, iptables-save [-c], ipvsadm [-Ln] [--stats],",
            "        ipvsadm -Lnc, ip addr|link|route|neigh, bridge fdb, cat /etc/resolv.conf, dig, curl,",
            "        ping, docker node ls|service ls|service ps|service tasks|ps|inspect|service inspect",
            "  trace every hop of one request (the K-th command run of the experiment); with --json",
            "        its typed events as JSON lines (--request all: the whole experiment's), streamed;",
            "        --level summary leaves out frames, hooks entered, route lookups and FDB hops",
            "  export pcap  the simulated frames at each capture point, as pcap files",
            "  graph the experiment's cluster (nodes, namespaces, networks, VIPs, published ports)",
            "        as DOT (--out FILE.dot) or drawn by Graphviz (--out FILE.svg)",
            "  live  (root) build the experiment's namespaces, devices, addresses, routes and iptables",
            "        on this machine's kernel, compare ip addr/route/neigh and iptables -nvL with the",
            "        model, ping across the real VXLAN, tear down; exit 3 when kernel and model differ;",
            "        --keep leaves the namespaces, 'sim live clean' removes what any run left",
            "");

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command; returns the exit status (0 ok, 1 failed run, 2 bad usage or scenario). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                err.print(USAGE);
                return 2;
            }
            if (args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
                out.print(USAGE);
                return 0;
            }
            return switch (args[0]) {
                case "run" -> RunCommand.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "exec" -> ExecCli.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "trace" -> TraceCli.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "export" -> ExportCli.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "generate" -> GenerateCli.generate(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "bench" -> GenerateCli.bench(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "live" -> LiveCli.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "graph" -> GraphCli.execute(Arrays.copyOfRange(args, 1, args.length), out, err);
                default -> {
                    err.println("sim: unknown command '" + args[0] + "'; expected one of: run, exec, trace, export, generate, bench, live, help");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            err.println("sim: " + e.getMessage());
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("sim: internal error: " + e + " (please report it with the scenario that caused it)");
            return 1;
        }
    }
}
