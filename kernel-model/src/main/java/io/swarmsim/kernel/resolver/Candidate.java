package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Optional;

/**
 * One destination as a sorter sees it: the address, its position in the list handed to the sorter
 * (rule 10's original order), and the kernel's source selection (empty = unusable).
 */
public record Candidate(IpAddress destination, int index, Optional<SourceSelection> source) {
    public boolean usable() {
        return source.isPresent();
    }

    public IpAddress src() {
        return source.orElseThrow(() -> new IllegalStateException("no source for " + destination)).source();
    }
}
