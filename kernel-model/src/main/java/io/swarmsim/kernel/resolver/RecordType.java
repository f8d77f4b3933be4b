package io.swarmsim.kernel.resolver;

/** The DNS query types a client profile can send. */
public enum RecordType {
    /** IPv4 address record. */
    A,
    /** IPv6 address record. */
    AAAA
}
