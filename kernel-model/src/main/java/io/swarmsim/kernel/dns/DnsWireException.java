package io.swarmsim.kernel.dns;

/** A message that cannot be decoded (truncated, bad pointer, bad lengths). */
public final class DnsWireException extends RuntimeException {
    public DnsWireException(String message) {
        super(message);
    }
}
