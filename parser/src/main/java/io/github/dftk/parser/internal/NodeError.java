package io.github.dftk.parser.internal;

/** An error BuildKit's parser raises for a line, at logical offsets; {@code code} is dftk's diagnostic code. */
public record NodeError(String code, String message, int start, int end) {
}
