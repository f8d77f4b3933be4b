package io.swarmsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** The {@code sim} command and its subcommands, as picocli declares them; {@link Main} runs it. */
@Command(name = "sim", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        synopsisHeading = "usage: ",
        customSynopsis = {
            "sim run <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] [--json] [--trace none|summary|full] [--max-runs N]",
            "       sim exec <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] <where> -- <command ...>",
            "       sim trace <scenario.yaml> --experiment NAME [--request K|all] [--json] [--level full|summary]",
            "                 [--max-events N] [--seed N] [--stack NAME]",
            "       sim export pcap <scenario.yaml> --experiment NAME --out DIR [--seed N] [--stack NAME]",
            "       sim generate --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K] [--out FILE]",
            "       sim bench scale --nodes N --services S --replicas R [--era 1.12|18.06] [--requests K]",
            "       sim live run <scenario.yaml> [--experiment NAME] [--seed N] [--stack NAME] [--iptables nft|legacy] [--ipvs auto|kernel|substitute] [--keep]",
            "       sim live clean",
            "       sim completion bash|zsh",
            "       sim man",
            "       sim help [COMMAND]",
        },
        descriptionHeading = "%n",
        description = "Docker swarm's service discovery and load balancing, packet by packet: where does this packet go, and why?",
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the run failed, a file could not be written, or an internal error",
            "2:a bad command line, scenario file or name (the message says where)",
            "3:sim live: the kernel and the model differ",
            "*:sim exec: the simulated command's own status (curl 7, ping 1, 127: not simulated)",
        },
        footerHeading = "%n",
        footer = "'sim help COMMAND' or 'sim COMMAND --help' shows a command's options.",
        subcommands = {
            RunCommand.class, ExecCli.class, TraceCli.class, ExportCli.class, GenerateCli.class, GenerateCli.Bench.class,
            LiveCli.class, GraphCli.class, CompletionCli.class, ManCli.class, HelpCommand.class,
        })
final class SimCommand {
}
