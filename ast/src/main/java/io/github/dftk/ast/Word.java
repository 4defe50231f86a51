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

    @Override
    public String toString() {
        return text;
    }
}
