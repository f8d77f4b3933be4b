package io.swarmsim.gui.inspect;

import io.swarmsim.kernel.conntrack.Tuple;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Protocol;
import java.util.Locale;

/**
 * How the inspector and the namespace view write times, addresses and marks. One place, so the two
 * tabs (and the tests that read them) agree, and every number is formatted without the default locale.
 */
final class Formats {
    private Formats() {
    }

    /** Simulated time as milliseconds with microseconds: {@code 101.740 ms}. The event loop's steps are microseconds apart. */
    static String time(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
    }

    /** {@code 10.0.0.4:80}, or the bare address when the port means nothing (ICMP, port 0). */
    static String endpoint(IpAddress address, int port) {
        if (address == null) {
            return "-";
        }
        String a = address.isV4() ? address.toString() : "[" + address + "]";
        return port == 0 ? a : a + ":" + port;
    }

    /** A conntrack tuple as a direction: {@code tcp 10.0.0.3:59877 → 10.0.0.4:80}; ICMP by its echo id. */
    static String tuple(Tuple t) {
        if (t.protocol() == Protocol.ICMP) {
            return "icmp " + t.src() + " → " + t.dst() + " id " + t.sport();
        }
        return t.protocol().keyword() + " " + endpoint(t.src(), t.sport()) + " → " + endpoint(t.dst(), t.dport());
    }

    /** A packet's addresses as a direction, like {@link #tuple}. */
    static String flow(Packet p) {
        if (p.protocol() == Protocol.ICMP) {
            return "icmp " + p.src() + " → " + p.dst();
        }
        return p.protocol().keyword() + " " + endpoint(p.src(), p.sport()) + " → " + endpoint(p.dst(), p.dport());
    }

    /** A mark as iptables prints it: {@code 0x101}. */
    static String mark(int mark) {
        return "0x" + Integer.toHexString(mark);
    }

    /** A trace id in hex: {@code 0x20003} (its high bits are the request, the low 16 the packet). */
    static String trace(long id) {
        return "0x" + Long.toHexString(id);
    }

    /** {@code 1 packet} / {@code 2 packets}. */
    static String counters(long packets, long bytes) {
        return packets + (packets == 1 ? " packet, " : " packets, ") + bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
