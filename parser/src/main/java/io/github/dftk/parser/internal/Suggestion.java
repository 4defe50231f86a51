package io.github.dftk.parser.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" candidates: the closest option within edit distance 2, case-insensitive. */
public final class Suggestion {

    private Suggestion() {
    }

    public static Optional<String> closest(String value, Collection<String> options) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String option : options) {
            if (Math.abs(option.length() - v.length()) >= bestDistance) {
                continue;
            }
            int d = distance(v, option.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = option;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
