package io.github.dftk.lint.format;

/**
 * Text made safe for one terminal line, for the line-per-finding formats ({@code tty},
 * {@code gnu}): line breaks become spaces (as hadolint does for parse errors), so one finding
 * is one line for {@code grep} and editors; other control characters become U+FFFD, so text
 * quoted from a Dockerfile cannot send escape sequences to the terminal. Tabs stay.
 */
final class SingleLine {

    private SingleLine() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
