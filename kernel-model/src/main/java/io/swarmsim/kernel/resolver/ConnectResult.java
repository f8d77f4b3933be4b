package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Optional;

/**
 * Where the application ends up: the address it connected to (for ping: the address it keeps
 * pinging), or empty if it gave up, plus one line per attempt.
 */
public record ConnectResult(Optional<IpAddress> endedOn, List<String> steps) {
    public ConnectResult {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return endedOn.isPresent();
    }

    public String explain() {
        return String.join("\n", steps);
    }
}
