package io.github.dftk.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A char stream over a Java string in UTF-16 code units, so that token indices are Java
 * string indices (ANTLR's own CodePointCharStream counts code points). The grammars match
 * only BMP characters, so a surrogate pair is simply two ordinary characters.
 */
public final class Utf16CharStream implements CharStream {

    private final String text;
    private final String sourceName;
    private int position;

    public Utf16CharStream(String text, String sourceName) {
        this.text = text;
        this.sourceName = sourceName;
    }

    public String text() {
        return text;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length() - 1, interval.b);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    @Override
    public void consume() {
        if (position >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int index = i > 0 ? position + i - 1 : position + i;
        if (index < 0 || index >= text.length()) {
            return IntStream.EOF;
        }
        return text.charAt(index);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // the whole text is in memory
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.max(0, Math.min(index, text.length()));
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return sourceName == null ? IntStream.UNKNOWN_SOURCE_NAME : sourceName;
    }
}
