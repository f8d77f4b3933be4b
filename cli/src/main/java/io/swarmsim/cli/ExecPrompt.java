package io.swarmsim.cli;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.scenario.ShellWords;
import io.swarmsim.engine.sim.Simulation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code sim exec --interactive}: commands read from standard input, one a line, each run in the
 * same simulation after the experiment, so what one command does (packets counted by iptables,
 * conntrack entries, a resolver's cache) is there for the next, as in a shell inside the container.
 * Words split as a POSIX shell splits them ({@link ShellWords}); a blank line or one
 * starting with # does nothing; {@code exit} (or the end of input) ends, with the last command's
 * status. The prompt ({@code client.1# }) goes to standard error, only when a person is typing.
 */
final class ExecPrompt {
    private final Simulation sim;
    private final ExecTarget target;
    private final String where;
    private final Streams io;

    ExecPrompt(Simulation sim, ExecTarget target, String where, Streams io) {
        this.sim = sim;
        this.target = target;
        this.where = where;
        this.io = io;
    }

    int run() {
        boolean person = System.console() != null && io.in() == System.in;
        BufferedReader in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        int status = 0;
        while (true) {
            if (person) {
                io.err().print(where + "# ");
                io.err().flush();
            }
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                io.err().println("sim exec: cannot read standard input: " + e.getMessage());
                return 1;
            }
            if (line == null || line.strip().equals("exit")) {
                return status;
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            java.util.Optional<List<String>> argv = ShellWords.split(line);
            if (argv.isEmpty()) {
                io.err().println("sim exec: a quote is not closed in: " + line);
                status = 2;
                continue;
            }
            ExecResult r = ExecCommand.run(sim, target, argv.get());
            io.out().print(r.out());
            io.err().print(r.err());
            io.out().flush();
            status = r.status();
        }
    }
}
