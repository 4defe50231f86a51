package io.github.dftk.parser;

import java.util.List;
import java.util.Optional;

/**
 * "Did you mean" suggestions as BuildKit's {@code suggest} package makes them: the first
 * option within edit distance 2 (Levenshtein over code points), none when the value is
 * itself an option. Instruction names compare case-insensitively (the suggestion then takes
 * the value's case when that is all lower or all upper), flags and mount keys
 * case-sensitively, as in BuildKit.
 */
public final class DidYouMean {

    private static final int MAX_DISTANCE = 2;

    private DidYouMean() {
    }

    /** The closest option, if one is close enough. */
    public static Optional<String> closest(String value, List<String> options, boolean caseSensitive) {
        for (String option : options) {
            if (caseSensitive ? option.equals(value) : option.equalsIgnoreCase(value)) {
                return Optional.empty();
            }
        }
        int[] v = codePoints(value, caseSensitive);
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String option : options) {
            int d = distance(v, codePoints(option, caseSensitive), bestDistance - 1);
            if (d < bestDistance) {
                bestDistance = d;
                best = option;
            }
        }
        if (best == null || caseSensitive) {
            return Optional.ofNullable(best);
        }
        return Optional.of(matchCase(best, value));
    }

    private static String matchCase(String option, String value) {
        if (value.equals(value.toLowerCase(java.util.Locale.ROOT))) {
            return option.toLowerCase(java.util.Locale.ROOT);
        }
        if (value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            return option.toUpperCase(java.util.Locale.ROOT);
        }
        return option;
    }

    /** {@code message}, with {@code " (did you mean X?)"} appended when an option is close. */
    public static String wrap(String message, String value, List<String> options, boolean caseSensitive) {
        return closest(value, options, caseSensitive).map(s -> message + " (did you mean " + s + "?)").orElse(message);
    }

    private static int[] codePoints(String s, boolean caseSensitive) {
        int[] ascii = new int[s.length()]; // keywords and names: almost always ASCII, no stream needed
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return codePointsOf(s, caseSensitive);
            }
            ascii[i] = caseSensitive || c < 'A' || c > 'Z' ? c : c + ('a' - 'A');
        }
        return ascii;
    }

    private static int[] codePointsOf(String s, boolean caseSensitive) {
        return s.codePoints().map(cp -> {
            int c = cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp; // invalid bytes are U+FFFD runes in Go
            return caseSensitive ? c : Character.toLowerCase(c);
        }).toArray();
    }

    /**
     * Levenshtein distance when it is at most {@code max}, else {@code max + 1}: only the
     * diagonal band of width {@code 2 * max + 1} is computed, and the search stops as soon as
     * a whole row exceeds {@code max}, so unrelated words cost almost nothing.
     */
    static int distance(int[] a, int[] b, int max) {
        if (max < 0 || Math.abs(a.length - b.length) > max) {
            return max + 1;
        }
        int over = max + 1;
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= a.length; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(b.length, i + max);
            current[0] = Math.min(i, over);
            if (from > 1) {
                current[from - 1] = over;
            }
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(d, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (to < b.length) {
                current[to + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }
}
