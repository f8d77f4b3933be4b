package io.swarmsim.kernel.netfilter;

/** A final verdict of a table (and a built-in chain's policy). */
public enum Verdict {
    ACCEPT, DROP
}
