package io.github.dftk.ast;

/**
 * A parser directive at the top of the file: {@code # syntax=}, {@code # escape=},
 * {@code # check=}. BuildKit matches keys case-insensitively; {@code name} is lower case.
 *
 * @param valueRange where the value is written (what a fix would replace)
 */
public record Directive(String name, String value, SourceRange range, SourceRange valueRange) {
}
