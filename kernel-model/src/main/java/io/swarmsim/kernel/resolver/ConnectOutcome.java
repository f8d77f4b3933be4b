package io.swarmsim.kernel.resolver;

/** What happens when the application tries one address. */
public enum ConnectOutcome {
    /** The connection was established (or, for ping's UDP probe, the connect succeeded). */
    CONNECTED,
    /** TCP RST: nothing listens on that port ({@code ECONNREFUSED}). */
    REFUSED,
    /** {@code EHOSTUNREACH} / {@code ENETUNREACH}: a routing error. */
    UNREACHABLE,
    /** No answer before the per-try timeout. */
    TIMEOUT
}
