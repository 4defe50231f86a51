package io.github.dftk.parser.internal;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" candidates: the closest option within edit distance 2, case-insensitive. */
public final class Suggestion {

    private static final int MAX_DISTANCE = 2;

    private Suggestion() {
    }

    public static Optional<String> closest(String value, Collection<String> options) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String option : options) {
            int d = distance(value, option, bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = option;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Case-insensitive Levenshtein distance when it is at most {@code max}, else {@code max + 1}:
     * only the diagonal band of width {@code 2 * max + 1} is computed, and the search stops as
     * soon as a whole row exceeds {@code max}, so unrelated words cost almost nothing.
     */
    static int distance(String a, String b, int max) {
        if (max < 0 || Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length(), i + max);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            char ca = Character.toLowerCase(a.charAt(i - 1));
            for (int j = from; j <= to; j++) {
                int cost = ca == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < b.length()) {
                current[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
