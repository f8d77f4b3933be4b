package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.trace.TraceEvent;

/**
 * The outcome of comparing two candidates: {@code sign < 0} puts the first one first, {@code > 0}
 * the second, {@code 0} means no rule decided (a stable sort keeps input order). {@code text} names
 * the deciding rule in words a learner reads. {@code tie} is true when the pair came down to input
 * order: sign 0, or a nonzero sign taken from the positions (glibc's rule 10, musl's index term).
 */
public record PairVerdict(int sign, String text, boolean tie) {
    public PairVerdict {
        if (sign == 0 && !tie) {
            throw new IllegalArgumentException("a verdict of sign 0 is a tie: " + text);
        }
    }

    /** A verdict whose tie flag follows its sign: a tie exactly when no rule decided (sign 0). */
    public PairVerdict(int sign, String text) {
        this(sign, text, sign == 0);
    }

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

    /** The earlier candidate in the input goes first because no other rule decided (rule 10). */
    public static PairVerdict byPosition(boolean aEarlier, String text) {
        return new PairVerdict(aEarlier ? -1 : 1, text, true);
    }

    /** This verdict as the trace's record of an adjacent output pair, {@code first} before {@code second}. */
    public TraceEvent.SortPair toPair(IpAddress first, IpAddress second) {
        return new TraceEvent.SortPair(first, second, tie, text);
    }
}
