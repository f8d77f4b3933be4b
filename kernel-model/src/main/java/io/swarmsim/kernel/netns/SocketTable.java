package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bound sockets of a namespace: (protocol, local address or any, port) to the owner the
 * simulator delivers to. A socket bound to a specific address wins over a wildcard one.
 */
public final class SocketTable {
    /** A bound socket; {@code address} null means INADDR_ANY. */
    public record Binding(Protocol protocol, IpAddress address, int port, Object owner) {
        @Override
        public String toString() {
            return protocol.keyword() + " " + (address == null ? "0.0.0.0" : address) + ":" + port;
        }
    }

    private record Key(Protocol protocol, IpAddress address, int port) {
    }

    private final Map<Key, Binding> bound = new LinkedHashMap<>();
    private final Map<Long, Integer> portUse = new java.util.HashMap<>();

    private static long portKey(Protocol p, int port) {
        return ((long) p.ordinal() << 32) | port;
    }

    /** Binds; refuses (EADDRINUSE) if the exact key is taken. */
    public Binding bind(Protocol protocol, IpAddress address, int port, Object owner) {
        Key k = new Key(protocol, address, port);
        if (bound.containsKey(k)) {
            throw new IllegalStateException("address already in use: " + protocol.keyword() + " " + address + ":" + port);
        }
        Binding b = new Binding(protocol, address, port, owner);
        bound.put(k, b);
        portUse.merge(portKey(protocol, port), 1, Integer::sum);
        return b;
    }

    public void unbind(Binding b) {
        if (bound.remove(new Key(b.protocol(), b.address(), b.port()), b)) {
            portUse.computeIfPresent(portKey(b.protocol(), b.port()), (k, n) -> n == 1 ? null : n - 1);
        }
    }

    public Optional<Binding> find(Protocol protocol, IpAddress address, int port) {
        Binding b = bound.get(new Key(protocol, address, port));
        if (b == null) {
            b = bound.get(new Key(protocol, null, port));
        }
        return Optional.ofNullable(b);
    }

    /** Every bound socket, in binding order ({@code ss -lntu}). */
    public java.util.List<Binding> bindings() {
        return java.util.List.copyOf(bound.values());
    }

    public boolean inUse(Protocol protocol, int port) {
        return portUse.containsKey(portKey(protocol, port));
    }
}
