package io.swarmsim.kernel.netfilter;

/** The five netfilter hooks of IPv4. */
public enum Hook { PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING }
