package io.swarmsim.kernel.conntrack;

/** The state a packet has in conntrack's eyes ({@code -m conntrack --ctstate}). */
public enum CtState { NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED }
