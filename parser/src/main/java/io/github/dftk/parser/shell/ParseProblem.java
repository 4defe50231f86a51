package io.github.dftk.parser.shell;

/**
 * Something the shell would reject or that dftk could not read, at {@code [start, end)} of the
 * script. The tree is still complete up to it: parsing never stops with an exception.
 *
 * @param message what is wrong, e.g. {@code unterminated double quote}
 */
public record ParseProblem(String message, int start, int end) implements ShellNode {
}
