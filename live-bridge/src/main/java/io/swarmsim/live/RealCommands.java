package io.swarmsim.live;

import io.swarmsim.engine.apps.CommandLine;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.CommandSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs an experiment's own commands ({@code dig vote}, {@code ping -c1 vote},
 * {@code curl vote | grep -i "container id"}) with the machine's real programs, in the real
 * namespace of the task or node the command is run from: {@code ip netns exec NS program args...}
 * (an argument list, never a shell), and a {@code | grep [-i] PATTERN} as a second real program fed
 * the first one's output. In a container the programs read the container's {@code resolv.conf}
 * ({@link NetnsEtc}).
 */
final class RealCommands {
    /** One real run: what the program (and grep) printed on standard output, and the exit status. */
    record Run(String from, String command, String output, int exit, String stderr) {
    }

    private RealCommands() {
    }

    static List<Run> run(List<CommandSpec> plan, java.util.function.Function<String, java.util.Optional<String>> where,
                         UnaryOperator<String> realNetns, CommandRunner runner, Progress progress) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        for (CommandSpec c : plan) {
            progress.on(new StepEvent("run", ++i, plan.size(), "command", c.from() + " # " + c.run()));
            out.add(one(c, where.apply(c.from()).map(realNetns).orElse(null), runner));
        }
        return out;
    }

    /**
     * The model's namespace a command's {@code from} names: a task (also as the cluster knows it by
     * another name, a global task as {@code svc.<node>}), or a node.
     */
    static java.util.function.Function<String, java.util.Optional<String>> where(DesiredState state,
                                                                                io.swarmsim.engine.control.Cluster cluster) {
        return from -> state.ofTask(from).or(() -> state.ofNode(from))
                .or(() -> cluster.taskNamed(from).flatMap(t -> state.ofTask(t.name()))).map(DesiredState.Namespace::name);
    }

    private static Run one(CommandSpec c, String netns, CommandRunner runner) {
        if (netns == null) {
            return new Run(c.from(), c.run(), "", 1, "Error: No such container: " + c.from());
        }
        CommandLine line = CommandLine.parse(c.run());
        CmdResult r = runner.run(program(netns, line));
        boolean curl = line.program().equals("curl");
        String shown = curl ? curlErrors(r.err()) : "";
        List<String> verbose = curl ? curlVerbose(r.err()) : List.of();
        int headersEnd = verbose.indexOf("< ") + 1; // the response's empty header line; the body follows it
        String head = String.join("", verbose.subList(0, headersEnd == 0 ? verbose.size() : headersEnd).stream().map(l -> l + "\n").toList());
        String tail = headersEnd == 0 ? "" : String.join("", verbose.subList(headersEnd, verbose.size()).stream().map(l -> l + "\n").toList());
        if (line.grep().isEmpty()) {
            return new Run(c.from(), c.run(), head + r.out() + tail + shown, r.exit(), r.err());
        }
        CmdResult g = runner.run(grep(line.grep().get()).withStdin(r.out()));
        return new Run(c.from(), c.run(), head + g.out() + tail + shown, g.exit(), r.err() + g.err());
    }

    /**
     * curl -v's lines as a terminal shows them ({@code * } info, {@code > } request, {@code < }
     * response headers), from its stderr: the progress meter, drawn there when stdout is not a
     * terminal, is cut off each piece, and its data markers ({@code { [6 bytes data]}) are dropped.
     */
    static List<String> curlVerbose(String stderr) {
        List<String> out = new ArrayList<>();
        for (String piece : stderr.split("[\\r\\n]")) {
            String p = piece.replaceFirst("^[\\d\\s:%kMG.\\-]*(?=[*<>])", "");
            if (p.startsWith("* ") || p.startsWith("*   ") || p.startsWith("> ") || p.startsWith("< ")) {
                out.add(p);
            } else if (p.equals(">") || p.equals("<")) {
                out.add(p + " ");
            }
        }
        return out;
    }

    /**
     * curl's error message as a terminal shows it beside the output ({@code curl: (6) Could not
     * resolve host: x}): its stderr without the progress meter curl draws there when stdout is not a
     * terminal (redrawn with carriage returns, the message right after its last figures); -s leaves
     * no message at all.
     */
    static String curlErrors(String stderr) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = CURL_ERROR.matcher(stderr);
        while (m.find()) {
            sb.append(m.group()).append('\n');
        }
        return sb.toString();
    }

    /** curl's message, which follows the meter's last figures on the same line. */
    private static final java.util.regex.Pattern CURL_ERROR = java.util.regex.Pattern.compile("curl: \\(\\d+\\) [^\\r\\n]*");

    static Cmd program(String netns, CommandLine line) {
        List<String> argv = new ArrayList<>(List.of("ip", "netns", "exec", netns, line.program()));
        argv.addAll(line.args());
        return Cmd.of(argv);
    }

    static Cmd grep(CommandLine.Grep g) {
        return g.ignoreCase() ? Cmd.of("grep", "-i", "--", g.pattern()) : Cmd.of("grep", "--", g.pattern());
    }
}
