package io.swarmsim.engine.net;

/**
 * Trace ids: the high bits name the request (a user command's run), the low 16 bits count the
 * packets of that request, so a trace can select every packet of one request. In the low bits the
 * client's packets count from 0, the embedded DNS server's answers from {@code 0x4000} and a
 * server's packets from {@code 0x8000} (each counting per server).
 */
public final class PacketIds {
    private final long request;
    private int next;

    public PacketIds(long request) {
        this.request = request;
    }

    public long next() {
        return (request << 16) | (next++ & 0xffff);
    }

    public long request() {
        return request;
    }

    public static long requestOf(long traceId) {
        return traceId >>> 16;
    }

    private static final int DNS_ANSWER = 0x4000;
    private static final int APPLICATION = 0x3fff;

    /**
     * The id application-level events of a request carry (what the client decided, how its resolver
     * sorted): the last id of the client's range, which no packet of a short command reaches.
     */
    public static long application(long request) {
        return (request << 16) | APPLICATION;
    }
    private static final int SERVER = 0x8000;

    /** The id of a server's {@code n}-th packet, in the request of the packet it answers. */
    public static long serverPacket(long answered, int n) {
        return (answered & ~0xffffL) | (SERVER + (n & (SERVER - 1)));
    }

    /** The id of the embedded DNS server's {@code n}-th answer, in the request of the query. */
    public static long dnsAnswer(long query, int n) {
        return (query & ~0xffffL) | (DNS_ANSWER + (n & (DNS_ANSWER - 1)));
    }

    /** Which packet of its request an id names: "client packet 3", "DNS answer 0", "server packet 1". */
    public static String describe(long traceId) {
        int n = (int) (traceId & 0xffff);
        if (n >= SERVER) {
            return "server packet " + (n - SERVER);
        }
        if (n == APPLICATION) {
            return "application";
        }
        if (n >= DNS_ANSWER) {
            return "DNS answer " + (n - DNS_ANSWER);
        }
        return "client packet " + n;
    }
}
