package io.swarmsim.engine.scenario;

import java.util.Collection;
import java.util.Optional;

/** Finds the valid key closest to a misspelt one (Levenshtein distance), for "did you mean" hints. */
public final class Nearest {
    private Nearest() {
    }

    /** The closest candidate, if it is close enough to be a plausible typo; ties go to the first candidate. */
    public static Optional<String> to(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.max(2, word.length() / 3);
        return best != null && bestDistance <= limit && bestDistance < word.length()
            ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions, each costing 1). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
