package io.github.dftk.parser.shell;

import java.util.Objects;

/**
 * Why a word could not be expanded.
 *
 * <p>The message follows BuildKit's wording, including its {@code failed to process "..."}
 * prefix, so users see the same text as from {@code docker build}. The offset is the UTF-16
 * index of the construct that failed: the {@code $} of a substitution (bad syntax, failed
 * {@code ${VAR?msg}}, invalid pattern) or the opening quote of an unterminated string.
 *
 * @param message human-readable description, BuildKit style
 * @param offset index into the lexer's input
 */
public record ExpansionError(String message, int offset) {

    public ExpansionError {
        Objects.requireNonNull(message, "message");
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
    }
}
