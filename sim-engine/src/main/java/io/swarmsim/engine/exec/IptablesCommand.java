package io.swarmsim.engine.exec;

import io.swarmsim.kernel.dns.HostsFile;
import io.swarmsim.kernel.netfilter.ListNames;
import io.swarmsim.kernel.netfilter.ListPrinter;
import io.swarmsim.kernel.netfilter.SavePrinter;
import io.swarmsim.kernel.netfilter.TableKind;
import io.swarmsim.kernel.netns.NetNamespace;
import java.util.List;

/** {@code iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] [-t T]}, {@code iptables -S [-t T]}, {@code iptables-save [-c] [-t T]}. */
final class IptablesCommand {
    /**
     * The model is iptables 1.8.9 on the legacy (x_tables) backend, as on the seed's 2016 hosts: policy
     * counters count, and the messages are iptables-legacy's (recorded from it in a namespace).
     */
    private static final String PREFIX = "iptables v1.8.9 (legacy): ";
    /**
     * Without -n, names come from the node's files, where iptables runs (the seed enters a container's
     * namespace with nsenter, which keeps the host's /etc): its /etc/hosts names 127.0.0.1 localhost,
     * and no DNS answers the reverse queries in the simulated network, so other addresses stay numbers.
     */
    private static final ListNames HOST_NAMES = ListNames.resolving(HostsFile.NODE.firstNames());
    private static final String TRY_HELP = "Try `iptables -h' or 'iptables --help' for more information.";
    private IptablesCommand() {
    }

    static ExecResult iptables(NetNamespace ns, List<String> args) {
        String table = "filter";
        boolean list = false;
        boolean rules = false;
        boolean exact = false;
        boolean numeric = false;
        boolean verbose = false;
        boolean lineNumbers = false;
        String chain = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-t") || a.equals("--table")) {
                if (i + 1 >= args.size()) {
                    return ExecResult.fail(PREFIX + "option \"-t\" requires an argument\n" + TRY_HELP, 2);
                }
                table = args.get(++i);
            } else if (a.equals("-S") || a.equals("--list-rules")) {
                rules = true;
            } else if (a.startsWith("--")) {
                switch (a) {
                    case "--list" -> list = true;
                    case "--numeric" -> numeric = true;
                    case "--verbose" -> verbose = true;
                    case "--exact" -> exact = true;
                    case "--line-numbers" -> lineNumbers = true;
                    case "--zero", "--append", "--insert", "--delete", "--flush", "--policy", "--new-chain",
                         "--delete-chain", "--rename-chain", "--replace", "--check" -> {
                        return ExecResult.fail("iptables: option " + a + " is not simulated; use -nvL [-x] [-t TABLE] or -S [-t TABLE]", 2);
                    }
                    default -> {
                        return ExecResult.fail(PREFIX + "unknown option \"" + a + "\"\n" + TRY_HELP, 2);
                    }
                }
            } else if (a.startsWith("-")) {
                for (char c : a.substring(1).toCharArray()) {
                    switch (c) {
                        case 'n' -> numeric = true;
                        case 'v' -> verbose = true;
                        case 'L' -> list = true;
                        case 'x' -> exact = true;
                        case 'S' -> rules = true;
                        default -> {
                            return ExecResult.fail("iptables: option -" + c + " is not simulated; use -nvL [-x] [-t TABLE] or -S [-t TABLE]", 2);
                        }
                    }
                }
            } else if (chain == null && list) {
                chain = a;
            } else if (rules) {
                return ExecResult.fail("iptables: -S of one chain is not simulated; use iptables -S [-t TABLE] or -nvL " + a + " [-t TABLE]", 2);
            } else if (chain != null && list && a.matches("[0-9]+")) {
                return ExecResult.fail("iptables: listing one rule (-L CHAIN NUMBER) is not simulated; list the chain", 2);
            } else if (chain != null && list) {
                return ExecResult.fail(PREFIX + "Invalid rule number `" + a + "'\n" + TRY_HELP, 2);
            } else {
                return ExecResult.fail(PREFIX + "Bad argument `" + a + "'\n" + TRY_HELP, 2);
            }
        }
        TableKind kind = TableKind.byName(table);
        if (kind == null) {
            return ExecResult.fail(PREFIX + "can't initialize iptables table `" + table
                    + "': Table does not exist (do you need to insmod?)\n"
                    + "Perhaps iptables or your kernel needs to be upgraded.", 3);
        }
        if (rules) {
            return ExecResult.ok(SavePrinter.rules(ns.ruleset().tableOrEmpty(kind)));
        }
        if (!list) {
            return ExecResult.fail("iptables: only listings are simulated: iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] [-t TABLE], -S [-t TABLE]", 2);
        }
        io.swarmsim.kernel.netfilter.Table t = ns.ruleset().tableOrEmpty(kind);
        String only = chain;
        if (only != null && t.chains().stream().noneMatch(c -> c.name().equals(only))) {
            return ExecResult.fail("iptables: No chain/target/match by that name.", 1);
        }
        return ExecResult.ok(ListPrinter.list(t, ns.counters(), exact, chain, lineNumbers, verbose,
                numeric ? ListNames.NUMERIC : HOST_NAMES));
    }

    static ExecResult save(NetNamespace ns, List<String> args, String date) {
        boolean counters = false;
        String table = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-c") || a.equals("--counters")) {
                counters = true;
            } else if ((a.equals("-t") || a.equals("--table")) && i + 1 < args.size()) {
                table = args.get(++i);
            } else {
                return ExecResult.fail("iptables-save: option " + a + " is not simulated; use iptables-save [-c] [-t TABLE]", 2);
            }
        }
        if (table == null) {
            return ExecResult.ok(SavePrinter.save(ns.ruleset(), ns.counters(), counters, date));
        }
        TableKind kind = TableKind.byName(table);
        if (kind == null) {
            return ExecResult.fail("iptables-save v1.8.9 (legacy): Cannot initialize: Table does not exist (do you need to insmod?)", 1);
        }
        return ExecResult.ok(SavePrinter.table(ns.ruleset().tableOrEmpty(kind), ns.counters(), counters, date));
    }
}
