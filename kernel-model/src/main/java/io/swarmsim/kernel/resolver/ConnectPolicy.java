package io.swarmsim.kernel.resolver;

/** What an application does when its first address fails. */
public enum ConnectPolicy {
    /**
     * Only the first address; any failure is the end (JDK HTTP clients, BusyBox wget). Plain libc
     * profiles use this too: there the caller decides, and the model takes the first address.
     */
    NONE,
    /**
     * Walk the list: move on at once on refused or unreachable, after the per-try timeout on a
     * timeout (curl within a family, Go {@code dialSerial}, Python).
     */
    SEQUENTIAL_ON_REFUSED,
    /**
     * iputils ping: the UDP probe connect moves on only on {@code EHOSTUNREACH}/{@code ENETUNREACH};
     * a closed TCP port or missing echo replies never make it switch.
     */
    NEXT_ON_UNREACHABLE_ONLY
}
