package io.github.dftk.ast;

/**
 * A span of Dockerfile text. Offsets are 0-based indices into the text (UTF-16 code units,
 * end exclusive); lines and columns are 1-based, columns counted in UTF-16 code units as
 * LSP does by default. BuildKit's {@code Location()} gives lines only; we keep all three so
 * that editors and fixes can address text exactly.
 */
public record SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public SourceRange {
        if (startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad offsets " + startOffset + ".." + endOffset);
        }
    }

    /** The range from the start of {@code first} to the end of {@code last}. */
    public static SourceRange span(SourceRange first, SourceRange last) {
        return new SourceRange(first.startOffset, last.endOffset, first.startLine, first.startColumn,
                last.endLine, last.endColumn);
    }

    public int length() {
        return endOffset - startOffset;
    }

    public boolean isEmpty() {
        return endOffset == startOffset;
    }

    public boolean contains(int offset) {
        return offset >= startOffset && (offset < endOffset || (isEmpty() && offset == startOffset));
    }

    /** {@code line:column} of the start, as error messages print it. */
    public String start() {
        return startLine + ":" + startColumn;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
