package io.swarmsim.kernel.netfilter;

/** Names one rule: table, chain, 1-based number. */
public record RuleKey(String table, String chain, int number) {
}
