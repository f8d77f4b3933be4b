package io.swarmsim.cli;

import io.swarmsim.engine.report.JsonError;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code sim} command: thin argument parsing (picocli) over the engine. Every failure is
 * reported as one or more lines on stderr with a non-zero exit status, never as a stack trace.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command; returns the exit status (0 ok, 1 failed run, 2 bad usage or scenario, 3 live differs). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading standard input from {@code in}. */
    static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(new Streams(in, out, err));
        try {
            if (args.length == 0) {
                cl.usage(cl.getErr());
                return 2;
            }
            return cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            return internalError(e, err);
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
        }
    }

    /** The command tree, printing to {@code streams}, with sim's handling of bad usage and failures. */
    static CommandLine commandLine(Streams streams) {
        CommandLine cl = new CommandLine(new SimCommand(), new CliFactory(streams));
        cl.setOut(new PrintWriter(streams.out(), true));
        cl.setErr(new PrintWriter(streams.err(), true));
        cl.setExpandAtFiles(false); // exec passes arguments such as curl's @file through untouched
        cl.setUsageHelpWidth(120);
        cl.setParameterExceptionHandler(Main::badUsage);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean json = wantsJson(parsed);
            if (e instanceof UsageException) {
                streams.err().println("sim: " + e.getMessage());
                if (json) {
                    streams.out().print(JsonError.of(2, "usage", e.getMessage()));
                }
                return 2;
            }
            if (json) {
                streams.out().print(JsonError.of(1, "internal", "internal error: " + e));
            }
            return internalError(e, streams.err());
        });
        return cl;
    }

    /** Whether the command that ran was given {@code --json}: its failures are then JSON on standard output too. */
    private static boolean wantsJson(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        return p.hasMatchedOption("--json");
    }

    /** A bad command line: the reason, the nearest valid words, the command's usage line, and where to read more. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + reason(e));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            Suggestion.of(e).ifPresent(s -> err.println("Did you mean: " + s + "?"));
        }
        err.print("usage: " + cmd.getHelp().synopsis(0));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return 2;
    }

    /** picocli's reason, said as a person would where a command word was expected. */
    private static String reason(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            CommandLine cmd = e.getCommandLine();
            java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
            if (!unmatched.isEmpty() && unmatched.get(0).startsWith("-")) {
                return "Unknown option: '" + unmatched.get(0) + "'";
            }
            if (!cmd.getSubcommands().isEmpty() && !unmatched.isEmpty()) {
                return "unknown command '" + unmatched.get(0) + "'; expected one of: " + String.join(", ", cmd.getSubcommands().keySet());
            }
        }
        return e.getMessage();
    }

    private static int internalError(Throwable e, PrintStream err) {
        err.println("sim: internal error: " + e + " (please report it with the scenario that caused it)");
        return 1;
    }
}
