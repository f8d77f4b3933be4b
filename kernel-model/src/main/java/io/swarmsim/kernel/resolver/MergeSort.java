package io.swarmsim.kernel.resolver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stable top-down merge sort. Unlike {@code List.sort} it never throws on a comparator that is
 * not a total order (destination-selection rules need not be transitive), and its result depends
 * only on the input and the comparator.
 */
final class MergeSort {
    private MergeSort() {
    }

    static <T> List<T> sort(List<T> input, Comparator<T> cmp) {
        List<T> work = new ArrayList<>(input);
        List<T> tmp = new ArrayList<>(input);
        sort(work, tmp, 0, work.size(), cmp);
        return work;
    }

    private static <T> void sort(List<T> a, List<T> tmp, int lo, int hi, Comparator<T> cmp) {
        if (hi - lo < 2) {
            return;
        }
        int mid = lo + (hi - lo) / 2;
        sort(a, tmp, lo, mid, cmp);
        sort(a, tmp, mid, hi, cmp);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp.set(k++, cmp.compare(a.get(i), a.get(j)) <= 0 ? a.get(i++) : a.get(j++));
        }
        while (i < mid) {
            tmp.set(k++, a.get(i++));
        }
        while (j < hi) {
            tmp.set(k++, a.get(j++));
        }
        for (int x = lo; x < hi; x++) {
            a.set(x, tmp.get(x));
        }
    }
}
