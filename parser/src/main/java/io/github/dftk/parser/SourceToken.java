package io.github.dftk.parser;

import io.github.dftk.ast.SourceRange;

/**
 * One lexical token. Together the tokens of a file cover every character exactly once, in
 * order, so printing their texts reproduces the file: the basis for exact formatting and
 * editor changes.
 */
public record SourceToken(Kind kind, String text, SourceRange range) {

    /** What a token is. */
    public enum Kind {
        /** The UTF-8 byte order mark at the start of the file. */
        BOM,
        /** Blanks at the start of a line. */
        WHITESPACE,
        /** A comment line from {@code #} to the end of the line (directives too). */
        COMMENT,
        /** A line break. */
        NEWLINE,
        /** Instruction text. */
        TEXT,
        /** The escape character, trailing blanks and the line break of a continued line. */
        LINE_CONTINUATION,
        /** An escape character at a line end that does not continue the line, with its line break. */
        LINE_END_TEXT,
        /** A heredoc body line with its line break. */
        HEREDOC_LINE,
        /** The line that ends a heredoc. */
        HEREDOC_END
    }
}
