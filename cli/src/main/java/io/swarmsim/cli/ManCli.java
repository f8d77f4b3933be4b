package io.swarmsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sim man}: the manual page, to read with {@code sim man | man -l -} or to install as sim.1. */
@Command(name = "man", header = "print the sim(1) manual page", customSynopsis = "sim man",
        description = {"Print the sim(1) manual page: read it with 'sim man | man -l -', or install it with",
            "'sim man > /usr/local/share/man/man1/sim.1 && mandb -q'."})
final class ManCli implements Callable<Integer> {
    private final Streams io;

    @Spec
    private CommandSpec spec;

    ManCli(Streams io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.out().print(ManPage.render(spec.root()));
        return 0;
    }
}
