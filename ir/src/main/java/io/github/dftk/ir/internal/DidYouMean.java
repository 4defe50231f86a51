package io.github.dftk.ir.internal;

import java.util.List;
import java.util.Optional;

/**
 * BuildKit's {@code suggest.WrapError} with {@code caseSensitive = true}, as the mount parser
 * calls it: the first option at Levenshtein distance (over runes) below 3, keeping the first of
 * equally close ones; no suggestion when the value equals an option.
 *
 * <p>BuildKit builds some option lists from Go maps, whose order is random, so when two options
 * are equally close its choice varies from run to run; dftk uses the order it is given.
 */
public final class DidYouMean {

    private static final int LIMIT = 3;

    private DidYouMean() {
    }

    /** The message with " (did you mean X?)" appended when an option is close enough. */
    public static String wrap(String message, String value, List<String> options) {
        return suggestion(value, options).map(s -> message + " (did you mean " + s + "?)").orElse(message);
    }

    public static Optional<String> suggestion(String value, List<String> options) {
        int[] v = GoStrings.runes(value);
        String match = null;
        int best = LIMIT;
        for (String option : options) {
            if (option.equals(value)) {
                return Optional.empty();
            }
            int d = distance(v, GoStrings.runes(option));
            if (d < best) {
                best = d;
                match = option;
            }
        }
        return Optional.ofNullable(match);
    }

    /** Plain Levenshtein distance, unit costs. */
    static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
