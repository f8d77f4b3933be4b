package io.swarmsim.kernel.netfilter;

/** What a rule does when it matches ({@code -j} / {@code -g}). */
public sealed interface Target permits VerdictTarget, ReturnTarget, JumpTarget, MarkTarget, NatTarget {
    /** The name in the {@code target} column of {@code iptables -nvL}. */
    String name();

    /** Extra text at the end of a {@code -nvL} line, starting with a space, or empty. */
    String listText();

    /** The canonical {@code -S} text: {@code " -j NAME options"} or {@code " -g CHAIN"}. */
    String saveText();
}
