package io.swarmsim.kernel.resolver;

/**
 * The outcome of comparing two candidates: {@code sign < 0} puts the first one first, {@code > 0}
 * the second, {@code 0} means no rule decided (a stable sort keeps input order). {@code text} names
 * the deciding rule in words a learner reads.
 */
public record PairVerdict(int sign, String text) {
    public static PairVerdict first(String text) {
        return new PairVerdict(-1, text);
    }

    public static PairVerdict second(String text) {
        return new PairVerdict(1, text);
    }

    /** {@code first} if {@code aWins}, else {@code second}. */
    public static PairVerdict of(boolean aWins, String text) {
        return aWins ? first(text) : second(text);
    }
}
