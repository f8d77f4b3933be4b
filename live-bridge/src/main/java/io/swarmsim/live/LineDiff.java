package io.swarmsim.live;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two short texts (a view is tens of lines): the longest common subsequence, printed
 * as {@code -} for a line only the model has and {@code +} for a line only the kernel has, in
 * order. Empty when the texts are equal.
 */
public final class LineDiff {
    private LineDiff() {
    }

    public static List<String> diff(List<String> model, List<String> real) {
        int n = model.size();
        int m = real.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = model.get(i).equals(real.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && model.get(i).equals(real.get(j))) {
                i++;
                j++;
            } else if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add("- " + model.get(i++));
            } else {
                out.add("+ " + real.get(j++));
            }
        }
        return out;
    }
}
