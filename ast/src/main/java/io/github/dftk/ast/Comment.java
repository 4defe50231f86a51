package io.github.dftk.ast;

/**
 * A comment line. {@code text} is what follows {@code #}, trimmed, as BuildKit keeps it for
 * stage and ARG descriptions; {@code range} covers the line from {@code #} to its end.
 */
public record Comment(String text, SourceRange range) {
}
