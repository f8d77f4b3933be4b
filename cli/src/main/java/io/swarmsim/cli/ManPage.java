package io.swarmsim.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The sim(1) manual page in troff (man macros), written from the picocli command tree so that it
 * lists exactly the commands and options the parser accepts. No date: the same build gives the same page.
 */
final class ManPage {
    private final StringBuilder out = new StringBuilder();

    private ManPage() {
    }

    static String render(CommandSpec root) {
        ManPage page = new ManPage();
        page.header(root);
        for (CommandLine sub : root.subcommands().values()) {
            page.command(sub.getCommandSpec());
        }
        page.exitStatus(root);
        return page.out.toString();
    }

    private void header(CommandSpec root) {
        String version = root.version().length > 0 ? root.version()[0] : "sim";
        line(".TH SIM 1 \"\" \"" + escape(version) + "\" \"User Commands\"");
        line(".SH NAME");
        line("sim \\- " + escape(String.join(" ", root.usageMessage().description())));
        line(".SH SYNOPSIS");
        synopsis(root);
        line(".SH OPTIONS");
        options(root.options());
        line(".SH COMMANDS");
    }

    private void command(CommandSpec spec) {
        if (spec.userObject() instanceof CommandLine.HelpCommand) {
            line(".SS sim help [COMMAND]");
            line("Print the usage of sim, or of COMMAND.");
            return;
        }
        line(".SS " + escape(spec.qualifiedName()));
        synopsis(spec);
        for (String d : spec.usageMessage().description()) {
            line(escape(d));
        }
        positionals(spec.positionalParameters());
        options(spec.options());
        for (CommandLine sub : spec.subcommands().values()) {
            command(sub.getCommandSpec());
        }
    }

    private void synopsis(CommandSpec spec) {
        line(".nf");
        for (String s : spec.usageMessage().customSynopsis()) {
            line(escape(s.strip()));
        }
        line(".fi");
    }

    private void positionals(List<PositionalParamSpec> params) {
        for (PositionalParamSpec p : params) {
            item(p.paramLabel(), p.description());
        }
    }

    private void options(List<OptionSpec> options) {
        for (OptionSpec o : options) {
            String label = String.join(", ", o.names()) + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel());
            String[] description = o.description();
            if (o.usageHelp()) {
                description = new String[] {"show this help and exit"};
            } else if (o.versionHelp()) {
                description = new String[] {"print the version and exit"};
            }
            item(label, description);
        }
    }

    private void exitStatus(CommandSpec root) {
        line(".SH EXIT STATUS");
        for (Map.Entry<String, String> e : root.usageMessage().exitCodeList().entrySet()) {
            item(e.getKey(), new String[] {e.getValue()});
        }
    }

    private void item(String label, String[] description) {
        line(".TP");
        line("\\fB" + escape(label) + "\\fR");
        for (String d : description) {
            line(escape(d.replace("${DEFAULT-VALUE}", "its default")));
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    /** Backslashes and hyphens as troff wants them, and a line never starting with a control character. */
    static String escape(String s) {
        String e = s.replace("\\", "\\e").replace("-", "\\-");
        return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
    }
}
