package io.github.dftk.parser.internal;

import io.github.dftk.parser.GoStrings;

import java.util.ArrayList;
import java.util.List;

/**
 * An instruction's physical lines joined the way BuildKit joins them: the first line
 * left-trimmed, the escape character and trailing blanks removed where a line continues,
 * comment lines and empty lines inside the continuation skipped (empty ones recorded,
 * BuildKit warns about them). Keeps a map from logical offsets back to the source.
 */
public final class LogicalLine {

    private static final int[] NO_SEGMENTS = new int[0];

    private final String text;
    private final int[] logicalStarts;
    private final int[] sourceStarts;
    private final int segments;
    private final List<int[]> emptyLines;
    private final int end;

    private LogicalLine(String text, int[] logicalStarts, int[] sourceStarts, int segments, List<int[]> emptyLines,
            int end) {
        this.text = text;
        this.logicalStarts = logicalStarts;
        this.sourceStarts = sourceStarts;
        this.segments = segments;
        this.emptyLines = emptyLines;
        this.end = end;
    }

    /**
     * Joins the lines of {@code source[start, end)}. {@code start} is the instruction's first
     * character; reading stops at the first line that does not continue, or at {@code end}.
     */
    public static LogicalLine join(String source, int start, int end, char escape) {
        int[] logicalStarts = NO_SEGMENTS;
        int[] sourceStarts = NO_SEGMENTS;
        int segments = 0;
        StringBuilder joined = null;
        String single = "";
        List<int[]> emptyLines = List.of();
        int logicalLength = 0;
        int pos = start;
        boolean first = true;
        int consumedEnd = start;
        while (first || pos < end) {
            int lineEnd = indexOf(source, '\n', pos, end);
            int contentEnd = lineEnd;
            while (contentEnd > pos && (source.charAt(contentEnd - 1) == '\r' || source.charAt(contentEnd - 1) == '\n')) {
                contentEnd--;
            }
            int from = pos;
            if (first) {
                from = GoStrings.skipSpace(source, pos, contentEnd);
            } else {
                int nonBlank = GoStrings.skipSpace(source, pos, contentEnd);
                if (nonBlank < contentEnd && source.charAt(nonBlank) == '#') {
                    pos = lineEnd + 1;
                    consumedEnd = lineEnd;
                    continue;
                }
                if (nonBlank == contentEnd) {
                    if (emptyLines.isEmpty()) {
                        emptyLines = new ArrayList<>(2);
                    }
                    emptyLines.add(new int[] {pos, lineEnd});
                    pos = lineEnd + 1;
                    consumedEnd = lineEnd;
                    continue;
                }
            }
            int escapeAt = continuationEscape(source, from, contentEnd, escape);
            int to = escapeAt >= 0 ? escapeAt : contentEnd;
            if (segments == logicalStarts.length) {
                logicalStarts = java.util.Arrays.copyOf(logicalStarts, Math.max(1, segments * 2));
                sourceStarts = java.util.Arrays.copyOf(sourceStarts, Math.max(1, segments * 2));
            }
            logicalStarts[segments] = logicalLength;
            sourceStarts[segments] = from;
            segments++;
            if (segments == 1) {
                single = source.substring(from, to);
            } else {
                if (joined == null) {
                    joined = new StringBuilder(single.length() + (to - from) + 16).append(single);
                }
                joined.append(source, from, to);
            }
            logicalLength += to - from;
            consumedEnd = lineEnd;
            first = false;
            pos = lineEnd + 1;
            if (escapeAt < 0) {
                break;
            }
        }
        return new LogicalLine(joined == null ? single : joined.toString(), logicalStarts, sourceStarts, segments,
                emptyLines, Math.min(consumedEnd, end));
    }

    /**
     * Where the continuation escape of {@code source[from, to)} starts, or -1: the escape
     * character followed only by spaces and tabs, and not itself preceded by the escape
     * character (BuildKit's {@code ([^\\])\\[ \t]*$|^\\[ \t]*$}).
     */
    public static int continuationEscape(String source, int from, int to, char escape) {
        int i = to;
        while (i > from && (source.charAt(i - 1) == ' ' || source.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == from || source.charAt(i - 1) != escape) {
            return -1;
        }
        int at = i - 1;
        if (at > from && source.charAt(at - 1) == escape) {
            return -1;
        }
        return at;
    }

    /** First {@code c} in {@code s[from, to)}, else {@code to}; the intrinsic search stops at the next line anyway. */
    private static int indexOf(String s, char c, int from, int to) {
        int i = s.indexOf(c, from);
        return i < 0 || i > to ? to : i;
    }

    public String text() {
        return text;
    }

    /** Source offset of a logical offset (for the start of a range). */
    public int sourceOffset(int logical) {
        int segment = segmentAt(logical, false);
        return sourceStarts[segment] + (logical - logicalStarts[segment]);
    }

    /** Source offset of a logical end offset (end of a range: stays in the previous segment). */
    public int sourceEnd(int logical) {
        int segment = segmentAt(logical, true);
        return sourceStarts[segment] + (logical - logicalStarts[segment]);
    }

    private int segmentAt(int logical, boolean endInclusive) {
        int lo = 0;
        int hi = segments - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int s = logicalStarts[mid];
            if (endInclusive ? s < logical : s <= logical) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Source ranges {@code [start, end)} of the empty lines inside the continuation. */
    public List<int[]> emptyLines() {
        return emptyLines;
    }

    /** Source offset where the joined lines end (before the last newline read). */
    public int end() {
        return end;
    }
}
