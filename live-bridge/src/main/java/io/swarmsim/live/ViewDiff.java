package io.swarmsim.live;

import java.util.List;

/**
 * One view of one namespace compared: {@code where} is the model's name for it (as {@code sim exec}
 * takes it), {@code diff} the differing lines after normalisation (empty when they agree).
 */
public record ViewDiff(String namespace, String where, String view, List<String> diff) {
    public ViewDiff {
        diff = List.copyOf(diff);
    }

    public boolean agrees() {
        return diff.isEmpty();
    }
}
