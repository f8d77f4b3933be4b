package io.swarmsim.engine.net;

/**
 * Trace ids: the high bits name the request (a user command's run), the low 16 bits count the
 * packets of that request, so a trace can select every packet of one request.
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
}
