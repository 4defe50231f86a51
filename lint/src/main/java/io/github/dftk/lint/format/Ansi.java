package io.github.dftk.lint.format;

import io.github.dftk.lint.LintSeverity;

/**
 * ANSI colours as hadolint's {@code tty} writes them (its colourista library: bright
 * foreground colours, bold for errors and warnings, a full reset after each span).
 */
final class Ansi {

    static final String BOLD = "\u001b[1m";
    static final String GREEN = "\u001b[92m";
    private static final String RESET = "\u001b[0m";

    private Ansi() {
    }

    /** The style hadolint gives a severity's name. */
    static String of(LintSeverity severity) {
        return switch (severity) {
            case ERROR -> BOLD + "\u001b[91m";
            case WARNING -> BOLD + "\u001b[93m";
            case INFO -> GREEN;
            case STYLE -> "\u001b[96m";
            case IGNORE -> "";
        };
    }

    /** {@code text} in {@code style}, or as is when colour is off or the style is empty. */
    static String paint(boolean color, String style, String text) {
        return color && !style.isEmpty() ? style + text + RESET : text;
    }
}
