package io.swarmsim.cli;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.sim.ExperimentRunner;
import io.swarmsim.engine.sim.Simulation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sim exec <scenario> [--experiment NAME] [--seed N] [--stack NAME] <where> -- <command ...>}, or {@code --interactive}. */
@Command(name = "exec", header = "run one command (iptables, ipvsadm, ip, dig, curl, docker ...) inside the simulation",
        customSynopsis = {"sim exec <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] <where> -- <command ...>",
            "       sim exec <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] --interactive <where>"},
        description = {"Run the experiment, then one command inside a task (client.1), a container ID, a node's host (node1)",
            "or a sandbox (node1:ingress_sbox, node1:1-<netid>), and print what it prints; the exit status is the command's.",
            "With --interactive, read commands from standard input, one a line, and run each against the same run,",
            "so counters and caches accumulate as in a real shell; 'exit' or the end of input ends it.",
            "Commands: iptables -L [-n] [-v [-x]] [--line-numbers] [CHAIN] [-t T], iptables -S, iptables-save [-c] [-t T],",
            "ipvsadm [-Ln] [--stats], ipvsadm -Lnc,",
            "ip [-4] addr|link|route|neigh, bridge fdb, cat /etc/resolv.conf, dig, curl, ping, getent ahosts,",
            "docker node ls|service ls|service ps|service tasks|ps|inspect|service inspect."})
final class ExecCli implements Callable<Integer> {
    private final Streams io;

    @Mixin
    private ScenarioOptions scenario;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "1", paramLabel = "<where>", description = "a task, container ID (prefix), node, or node:sandbox")
    private String where;

    @Parameters(index = "2..*", arity = "0..*", paramLabel = "<command>",
            description = "the command and its arguments, after -- so that its options are not taken for sim's")
    private List<String> command;

    @picocli.CommandLine.Option(names = {"-i", "--interactive"},
            description = "a prompt: commands from standard input, one a line, all against the same run")
    private boolean interactive;

    ExecCli(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (interactive == (command != null && !command.isEmpty())) {
            // a bad command line: said with the usage line, as picocli says its own
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), interactive
                    ? "--interactive reads its commands from standard input; give none after <where>"
                    : "needs a command after <where> (or --interactive)");
        }
        Optional<ScenarioOptions.Loaded> loaded = scenario.load(io.err());
        if (loaded.isEmpty()) {
            return 2;
        }
        Simulation sim = ExperimentRunner.run(loaded.get().scenario(), loaded.get().experiment(), loaded.get().seed()).simulation();
        ExecTarget target;
        try {
            target = ExecTarget.resolve(sim, where);
        } catch (IllegalArgumentException ex) {
            io.err().println("sim exec: " + ex.getMessage());
            return 2;
        }
        if (interactive) {
            return new ExecPrompt(sim, target, where, io).run();
        }
        ExecResult r = ExecCommand.run(sim, target, command);
        io.out().print(r.out());
        io.err().print(r.err());
        return r.status();
    }
}
