package io.swarmsim.cli;

import io.swarmsim.engine.scenario.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The nearest command or option to a mistyped one, by edit distance: catches the swapped letters
 * ({@code rnu}, {@code --jsno}) that picocli's own bigram similarity misses.
 */
final class Suggestion {
    private Suggestion() {
    }

    static Optional<String> of(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
            return Optional.empty();
        }
        List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
        if (unmatched.isEmpty()) {
            return Optional.empty();
        }
        String word = unmatched.get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> candidates = new ArrayList<>();
        if (word.startsWith("-")) {
            spec.options().forEach(o -> candidates.addAll(List.of(o.names())));
        } else {
            candidates.addAll(spec.subcommands().keySet());
        }
        return Nearest.to(word, candidates).map(c -> word.startsWith("-") ? c : spec.qualifiedName() + " " + c);
    }
}
