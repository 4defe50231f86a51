package io.github.dftk.parser.internal;

import io.github.dftk.ast.SourceRange;

/** Maps text offsets to 1-based lines and columns (lines end at {@code \n}, as BuildKit counts them). */
public final class LineIndex {

    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
        length = text.length();
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourceRange range(int start, int end) {
        int startLine = line(start);
        int endLine = end == start ? startLine : line(end);
        return new SourceRange(start, end, startLine, start - lineStarts[startLine - 1] + 1, endLine,
                end - lineStarts[endLine - 1] + 1);
    }

    public int length() {
        return length;
    }
}
