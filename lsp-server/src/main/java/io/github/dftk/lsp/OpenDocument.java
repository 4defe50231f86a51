package io.github.dftk.lsp;

import io.github.dftk.parser.DockerfileParser;
import io.github.dftk.parser.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document the client has open: its URI, the version the client gave it and its text.
 * Immutable: an edit gives a new document, so a lint running on one version never sees the
 * text of the next.
 *
 * <p>LSP positions are a line and a character offset in UTF-16 code units, which is how Java
 * strings count, so a position maps to a string index through the offsets where lines start.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the protocol says.
 */
public record OpenDocument(String uri, int version, String text) {

    public OpenDocument {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
    }

    /** This document after the client's changes, applied in order, at {@code newVersion}. */
    public OpenDocument apply(List<TextDocumentContentChangeEvent> changes, int newVersion) {
        String result = text;
        for (TextDocumentContentChangeEvent change : changes) {
            Range range = change.getRange();
            if (range == null) {
                result = change.getText();
            } else {
                int[] lineStarts = lineStarts(result);
                int start = offset(result, lineStarts, range.getStart());
                int end = Math.max(start, offset(result, lineStarts, range.getEnd()));
                result = result.substring(0, start) + change.getText() + result.substring(end);
            }
        }
        return new OpenDocument(uri, newVersion, result);
    }

    /** The text parsed; parsed again on every call, which small Dockerfiles make cheap. */
    public ParseResult parse() {
        return DockerfileParser.parse(text);
    }

    /** The index in {@link #text()} of {@code position}. */
    public int offset(Position position) {
        return offset(text, lineStarts(text), position);
    }

    /**
     * A line past the end means the end of the text; a character past the end of its line means
     * the end of the line (the protocol's rule), never a position inside the line break.
     */
    private static int offset(String text, int[] lineStarts, Position position) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        if (lineEnd > start && text.charAt(lineEnd - 1) == '\n') {
            lineEnd--;
        }
        if (lineEnd > start && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        return start + Math.min(Math.max(position.getCharacter(), 0), lineEnd - start);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
