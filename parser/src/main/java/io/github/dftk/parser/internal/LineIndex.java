package io.github.dftk.parser.internal;

import io.github.dftk.ast.SourceRange;
import java.util.Arrays;

/**
 * Maps text offsets to 1-based lines and columns (lines end at {@code \n}, as BuildKit counts
 * them). Lookups are mostly near the previous one, so the last line found is tried first.
 * Not thread-safe: one per parse.
 */
public final class LineIndex {

    private final int[] lineStarts;
    private final int lineCount;
    private int lastLine;

    public LineIndex(String text) {
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        lineStarts = starts;
        lineCount = count;
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int guess = lastLine;
        if (offset >= lineStarts[guess] && (guess + 1 == lineCount || offset < lineStarts[guess + 1])) {
            return guess + 1;
        }
        if (guess + 1 < lineCount && offset >= lineStarts[guess + 1]
                && (guess + 2 >= lineCount || offset < lineStarts[guess + 2])) {
            lastLine = guess + 1;
            return guess + 2;
        }
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        lastLine = lo;
        return lo + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineCount;
    }

    public SourceRange range(int start, int end) {
        int startLine = line(start);
        int endLine = end == start ? startLine : line(end);
        return new SourceRange(start, end, startLine, start - lineStarts[startLine - 1] + 1, endLine,
                end - lineStarts[endLine - 1] + 1);
    }
}
