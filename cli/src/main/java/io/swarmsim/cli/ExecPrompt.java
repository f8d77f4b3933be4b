package io.swarmsim.cli;

import io.swarmsim.engine.exec.ExecCommand;
import io.swarmsim.engine.exec.ExecResult;
import io.swarmsim.engine.exec.ExecTarget;
import io.swarmsim.engine.sim.Simulation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sim exec --interactive}: commands read from standard input, one a line, each run in the
 * same simulation after the experiment, so what one command does (packets counted by iptables,
 * conntrack entries, a resolver's cache) is there for the next, as in a shell inside the container.
 * Words split at white space, with '...' and "..." quoting as a shell does; a blank line or one
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
            List<String> argv;
            try {
                argv = words(line);
            } catch (IllegalArgumentException e) {
                io.err().println("sim exec: " + e.getMessage());
                status = 2;
                continue;
            }
            ExecResult r = ExecCommand.run(sim, target, argv);
            io.out().print(r.out());
            io.err().print(r.err());
            io.out().flush();
            status = r.status();
        }
    }

    /** A line's words: split at white space outside quotes; quotes removed. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unmatched " + quote + " in: " + line);
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
