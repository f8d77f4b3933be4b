package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.PacketIds;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which task's server answered each request of a simulation: servers write it, the client that
 * made the request takes it (so the log holds only answers not yet read).
 */
public final class ServedLog {
    private final Map<Long, String> byRequest = new HashMap<>();

    /** A server of {@code task} answered the packet {@code traceId}. */
    void served(long traceId, String task) {
        byRequest.put(PacketIds.requestOf(traceId), task);
    }

    /** The task that answered request {@code request}, forgotten once read. */
    public Optional<String> take(long request) {
        return Optional.ofNullable(byRequest.remove(request));
    }
}
