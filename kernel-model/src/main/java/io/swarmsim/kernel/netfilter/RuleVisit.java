package io.swarmsim.kernel.netfilter;

/**
 * One rule the evaluator looked at, for traces.
 *
 * @param number  1-based rule number in its chain
 * @param rule    the rule in {@code -S} form ({@code -A CHAIN ...})
 * @param matched whether all its matches held
 * @param target  the target name ({@code ACCEPT}, {@code DOCKER-INGRESS}, {@code MARK}, ...)
 */
public record RuleVisit(String table, String chain, int number, String rule, boolean matched, String target) {
}
