package io.swarmsim.kernel.netfilter;

/** Route types as {@code -m addrtype} names them (RTN_*), in kernel bit order. */
public enum AddressType {
    UNSPEC, UNICAST, LOCAL, BROADCAST, ANYCAST, MULTICAST, BLACKHOLE, UNREACHABLE, PROHIBIT, THROW, NAT, XRESOLVE
}
