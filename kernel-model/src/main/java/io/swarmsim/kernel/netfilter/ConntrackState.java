package io.swarmsim.kernel.netfilter;

/** Conntrack states as {@code -m conntrack --ctstate} names them, in the order iptables prints them. */
public enum ConntrackState {
    INVALID, NEW, RELATED, ESTABLISHED, UNTRACKED
}
