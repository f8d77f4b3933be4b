package io.swarmsim.live.diff;

/**
 * One way the model differed from the kernel on a case.
 *
 * @param kind what sort of difference it is: which side's rules one of them refused, packet or
 *             only byte counts, a side's conntrack entries, a probe's outcome. The shrinker keeps
 *             the kind of the first difference, so a minimal case shows the disagreement that was
 *             found rather than drifting to another one.
 * @param text the difference, naming the rule, policy, conntrack entry or probe
 */
record Difference(String kind, String text) {
    @Override
    public String toString() {
        return text;
    }
}
