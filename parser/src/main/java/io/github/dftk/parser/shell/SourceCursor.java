package io.github.dftk.parser.shell;

/**
 * Reads a string one code point at a time, the way BuildKit's scanner hands out runes, so a
 * surrogate pair is one character everywhere in the lexer.
 */
final class SourceCursor {

    /** Returned by {@link #peek()} and {@link #next()} past the end. */
    static final int EOF = -1;

    /** Go's text scanner silently drops a byte-order mark at the very start of its input. */
    static final char BOM = '\uFEFF';

    private final String text;
    private int pos;

    SourceCursor(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    int peek() {
        return pos < text.length() ? text.codePointAt(pos) : EOF;
    }

    int next() {
        if (pos >= text.length()) {
            return EOF;
        }
        int c = text.codePointAt(pos);
        pos += Character.charCount(c);
        return c;
    }

    /** UTF-16 index of the next character. */
    int position() {
        return pos;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    /** Go's {@code string(rune)}: EOF (an invalid rune) becomes U+FFFD. */
    static String text(int codePoint) {
        return codePoint == EOF ? "\uFFFD" : new String(Character.toChars(codePoint));
    }
}
