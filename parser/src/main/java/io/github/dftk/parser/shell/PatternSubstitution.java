package io.github.dftk.parser.shell;

/**
 * The value transformations behind {@code ${VAR#p}}, {@code ${VAR%p}}, {@code ${VAR/p/r}} and
 * {@code ${VAR//p/r}}, given an already compiled pattern.
 */
final class PatternSubstitution {

    private PatternSubstitution() {
    }

    /** Drops the preferred match of {@code pattern} at the start of {@code value}, if any. */
    static String removePrefix(String value, GlobPattern pattern) {
        int end = pattern.matchPrefix(value);
        return end < 0 ? value : value.substring(end);
    }

    /**
     * Drops a suffix of {@code value}. The match runs over the reversed value, so
     * {@code reversedPattern} must be compiled from {@link #reversePattern}; that turns "shortest
     * or longest suffix" into the prefix search a left-to-right matcher does well.
     */
    static String removeSuffix(String value, GlobPattern reversedPattern) {
        int end = reversedPattern.matchPrefix(reverse(value));
        // Reversal keeps the UTF-16 length, so the kept part is a plain prefix of the value.
        return end < 0 ? value : value.substring(0, value.length() - end);
    }

    /** Replaces the leftmost match; the replacement is literal. */
    static String replaceFirst(String value, GlobPattern pattern, String replacement) {
        long span = pattern.find(value, 0);
        if (span == GlobPattern.NO_MATCH) {
            return value;
        }
        return value.substring(0, GlobPattern.start(span)) + replacement
                + value.substring(GlobPattern.end(span));
    }

    /**
     * Replaces every match, stepping like Go's {@code ReplaceAllString}: an empty match right
     * after a previous match is not replaced, and the search always advances by at least one
     * character. The replacement is a Go template ({@code $0} is the match, {@code $$} a dollar).
     */
    static String replaceAll(String value, GlobPattern pattern, String replacement) {
        StringBuilder out = new StringBuilder(value.length() + replacement.length());
        int lastMatchEnd = 0;
        int searchPos = 0;
        while (searchPos <= value.length()) {
            long span = pattern.find(value, searchPos);
            if (span == GlobPattern.NO_MATCH) {
                break;
            }
            int start = GlobPattern.start(span);
            int end = GlobPattern.end(span);
            out.append(value, lastMatchEnd, start);
            if (end > lastMatchEnd || start == 0) {
                ReplacementTemplate.expand(replacement, value, start, end, out);
            }
            lastMatchEnd = end;
            int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 0;
            if (searchPos + width > end) {
                searchPos += width;
            } else if (searchPos + 1 > end) {
                searchPos++;
            } else {
                searchPos = end;
            }
        }
        out.append(value, lastMatchEnd, value.length());
        return out.toString();
    }

    /** Reverses a pattern by code points while keeping each backslash escape in front of its character. */
    static String reversePattern(String pattern) {
        int[] cps = pattern.codePoints().toArray();
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        int i = 0;
        while (i <= last) {
            int at = last - i;
            if (cps[i] == '\\' && i != last) {
                out[at - 1] = '\\';
                out[at] = cps[i + 1];
                i += 2;
            } else {
                out[at] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /** Reverses by code points, so surrogate pairs stay intact. */
    static String reverse(String text) {
        return new StringBuilder(text).reverse().toString();
    }
}
