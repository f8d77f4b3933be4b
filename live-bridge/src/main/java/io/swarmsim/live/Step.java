package io.swarmsim.live;

import java.util.List;

/**
 * One unit of the apply, run as a whole and reported as one progress line: a phase
 * ({@code namespaces}, {@code devices}, ...), what it works on (a namespace, usually) and its
 * commands in order.
 */
public record Step(String phase, String detail, List<Cmd> commands) {
    public Step {
        commands = List.copyOf(commands);
    }
}
