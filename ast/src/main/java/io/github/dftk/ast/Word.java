package io.github.dftk.ast;

/**
 * One argument as BuildKit's parser splits it: quotes and escapes are still in
 * {@code text}; expansion happens later with the shell word lexer. The range covers the
 * word in the source (including any line continuations inside it).
 */
public record Word(String text, SourceRange range) {

    public Word {
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(range, "range");
    }

    /**
     * The range of {@code text()[from, to)} in {@code source}. Exact when the word is written
     * verbatim there (then it lies on one line); otherwise (decoded JSON, a word split by a
     * line continuation) the whole word's range.
     */
    public SourceRange subRange(int from, int to, String source) {
        boolean verbatim = range.length() == text.length()
                && source.regionMatches(range.startOffset(), text, 0, text.length());
        if (!verbatim) {
            return range;
        }
        return new SourceRange(range.startOffset() + from, range.startOffset() + to, range.startLine(),
                range.startColumn() + from, range.startLine(), range.startColumn() + to);
    }

    @Override
    public String toString() {
        return text;
    }
}
