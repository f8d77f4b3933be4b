package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The connection table: entries found by the inbound tuple (client → virtual, {@code ip_vs_conn_in_get})
 * and, for Masq entries, by the reply tuple (real server → client, {@code ip_vs_conn_out_get}).
 * Listing order is creation order (the kernel's is its hash-bucket order, seeded randomly at boot).
 */
public final class ConnectionTable {
    private record Key(Protocol protocol, IpAddress a, int aPort, IpAddress b, int bPort) {
        @Override
        public int hashCode() {
            return io.swarmsim.kernel.conntrack.Tuple.hash(protocol, a, aPort, b, bPort);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && aPort == k.aPort && bPort == k.bPort && protocol == k.protocol && a.equals(k.a) && b.equals(k.b);
        }
    }

    private final Map<Key, IpvsConnection> inbound = new LinkedHashMap<>();
    private final Map<Key, IpvsConnection> outbound = new LinkedHashMap<>();
    /** Timers: (expiry, entry), earliest first; an entry whose timer was re-armed is checked again when it surfaces. */
    private final io.swarmsim.kernel.time.ExpiryQueue<IpvsConnection> timers = new io.swarmsim.kernel.time.ExpiryQueue<>();

    private static Key inKey(IpvsConnection c) {
        return new Key(c.protocol(), c.clientAddress(), c.clientPort(), c.virtualAddress(), c.virtualPort());
    }

    private static Key outKey(IpvsConnection c) {
        return new Key(c.protocol(), c.destAddress(), c.destPort(), c.clientAddress(), c.clientPort());
    }

    void add(IpvsConnection c) {
        inbound.put(inKey(c), c);
        if (c.forward() == ForwardMethod.MASQ) {
            outbound.put(outKey(c), c);
        }
        timers.add(c.expiresAt(), c);
    }

    /** The entry whose client sent {@code src:sport → dst:dport}. */
    IpvsConnection findInbound(Protocol p, IpAddress src, int sport, IpAddress dst, int dport) {
        return inbound.get(new Key(p, src, sport, dst, dport));
    }

    /** The Masq entry a reply {@code src:sport → dst:dport} from its real server belongs to. */
    IpvsConnection findOutbound(Protocol p, IpAddress src, int sport, IpAddress dst, int dport) {
        return outbound.get(new Key(p, src, sport, dst, dport));
    }

    void remove(IpvsConnection c) {
        if (inbound.remove(inKey(c), c)) {
            outbound.remove(outKey(c), c);
            c.server().countRemoved(c.inactive());
        }
    }

    /** Removes the entries whose timer ran out at {@code now}; returns them. */
    List<IpvsConnection> expire(long now) {
        List<IpvsConnection> gone = new ArrayList<>();
        timers.drain(now, c -> {
            if (inbound.get(inKey(c)) != c) {
                return;
            }
            if (c.expired(now)) {
                remove(c);
                gone.add(c);
            } else {
                timers.add(c.expiresAt(), c);
            }
        });
        return gone;
    }

    /** All entries, in creation order. */
    public List<IpvsConnection> entries() {
        return List.copyOf(inbound.values());
    }

    public int size() {
        return inbound.size();
    }
}
