package io.github.dftk.parser.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects expanded text as words. An empty word (say from {@code ""}) is dropped, as in BuildKit.
 */
final class WordSplitter implements WordSink {

    private final List<String> words = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public void literal(int codePoint) {
        if (isSeparator(codePoint)) {
            endWord();
        } else {
            current.appendCodePoint(codePoint);
        }
    }

    @Override
    public void expansion(String value) {
        // Separators are all in the BMP, so halves of a surrogate pair can be copied as chars.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSeparator(c)) {
                endWord();
            } else {
                current.append(c);
            }
        }
    }

    @Override
    public void verbatim(int codePoint) {
        current.appendCodePoint(codePoint);
    }

    @Override
    public void verbatim(String text) {
        current.append(text);
    }

    List<String> finish() {
        endWord();
        return words;
    }

    private void endWord() {
        if (current.length() > 0) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    /** Go's {@code unicode.IsSpace}, which differs from both of Java's whitespace predicates. */
    static boolean isSeparator(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }
}
