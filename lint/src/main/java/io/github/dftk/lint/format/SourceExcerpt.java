package io.github.dftk.lint.format;

import io.github.dftk.ast.SourceRange;
import java.io.IOException;

/**
 * The line a finding starts on, with carets under its range, for the {@code tty} report:
 * <pre>
 *   3 | RUN apt-get install curl
 *     |     ^^^^^^^^^^^^^^^^^^^^
 * </pre>
 * A range that goes on to later lines is underlined to the end of its first line; an empty
 * range gets one caret. The line is shown as {@link SingleLine} shows text. To keep the carets
 * under their characters, tabs are repeated under the line, and characters are counted as
 * wide as terminals draw them: two cells for East Asian wide characters and emoji, none for
 * combining marks.
 */
final class SourceExcerpt {

    private SourceExcerpt() {
    }

    static void write(Appendable out, String text, SourceRange range, String caretStyle, boolean color)
            throws IOException {
        int start = Math.min(range.startOffset(), text.length());
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        start = Math.min(start, lineEnd);
        int end = Math.max(start, Math.min(range.endOffset(), lineEnd));
        String number = Integer.toString(range.startLine());
        String line = SingleLine.of(text.substring(lineStart, lineEnd));
        out.append("  ").append(number).append(" |").append(line.isEmpty() ? "" : " " + line).append('\n');
        out.append("  ").append(" ".repeat(number.length())).append(" | ")
                .append(indent(text.substring(lineStart, start)))
                .append(Ansi.paint(color, caretStyle, "^".repeat(Math.max(1, width(text.substring(start, end))))))
                .append('\n');
    }

    /** Blanks as wide as {@code prefix} on screen: a tab for a tab, spaces for anything else. */
    private static String indent(String prefix) {
        StringBuilder out = new StringBuilder();
        prefix.codePoints().forEach(c -> out.append(c == '\t' ? "\t" : " ".repeat(width(c))));
        return out.toString();
    }

    private static int width(String text) {
        return text.codePoints().map(SourceExcerpt::width).sum();
    }

    /** Terminal cells for a character, after Markus Kuhn's wcwidth, with emoji as wide. */
    private static int width(int c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == 0x200b
                || c == 0x200d) {
            return 0;
        }
        boolean wide = (c >= 0x1100 && c <= 0x115f) || c == 0x2329 || c == 0x232a
                || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f) || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f680 && c <= 0x1f6ff)
                || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
        return wide ? 2 : 1;
    }
}
