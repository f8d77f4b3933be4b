package io.swarmsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sim completion bash|zsh}: the completion script picocli generates from the command tree.
 * The same script serves zsh through bashcompinit, which it loads itself when zsh sources it.
 */
@Command(name = "completion", header = "print a bash or zsh completion script", customSynopsis = "sim completion bash|zsh",
        description = {"Print a completion script: add 'source <(sim completion bash)' to ~/.bashrc,",
            "or 'source <(sim completion zsh)' to ~/.zshrc."})
final class CompletionCli implements Callable<Integer> {
    private final Streams io;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "bash|zsh", description = "the shell")
    private String shell;

    CompletionCli(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new UsageException("completion scripts exist for bash and zsh, not '" + shell + "'");
        }
        io.out().print(AutoComplete.bash("sim", spec.root().commandLine()));
        return 0;
    }
}
