package io.github.dftk.parser.shell;

import java.util.Optional;

/**
 * A redirection: {@code >file}, {@code 2>&1}, {@code <<<word}, {@code <<EOF}.
 *
 * @param fileDescriptor the digits written before the operator, if any ({@code 2} in {@code 2>&1})
 * @param operator the operator
 * @param target the word after it (for a here-document: its delimiter as written)
 * @param hereDocument the body, for {@code <<} and {@code <<-}
 */
public record Redirect(Optional<String> fileDescriptor, Operator operator, ShellWord target,
        Optional<HereDocument> hereDocument, int start, int end) implements ShellNode {
}
