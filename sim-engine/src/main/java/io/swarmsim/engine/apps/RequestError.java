package io.swarmsim.engine.apps;

/** How a workload's request failed, as the application sees it (its errno or its own timer). */
public enum RequestError {
    /** A RST answered the SYN: the address answers but nothing listens there (ECONNREFUSED). */
    CONNECTION_REFUSED("connection refused"),
    /** The SYN and its retransmission went unanswered (ETIMEDOUT). */
    CONNECT_TIMEOUT("connect timeout"),
    /** No route or no ARP answer (ENETUNREACH, EHOSTUNREACH). */
    UNREACHABLE("unreachable"),
    /** A kept-alive connection was reset (ECONNRESET). */
    CONNECTION_RESET("connection reset"),
    /** Connected (or on an open connection) but no answer before the client's timeout. */
    ANSWER_TIMEOUT("answer timeout"),
    /** The server closed the connection without an answer. */
    CLOSED("closed without answer"),
    /** The name did not resolve. */
    NAME_LOOKUP("name lookup failed");

    private final String words;

    RequestError(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The error a socket error message stands for. */
    static RequestError of(String why) {
        if (why.contains("refused")) {
            return CONNECTION_REFUSED;
        }
        if (why.contains("timed out")) {
            return CONNECT_TIMEOUT;
        }
        if (why.contains("unreachable") || why.contains("No route")) {
            return UNREACHABLE;
        }
        if (why.contains("reset")) {
            return CONNECTION_RESET;
        }
        return CLOSED;
    }
}
