package io.github.dftk.ir.context;

import io.github.dftk.ast.Diagnostic;
import io.github.dftk.ast.Word;
import java.util.Optional;

/**
 * One source argument of a COPY or ADD, expanded as the build expands it.
 *
 * @param word the argument as written
 * @param path the expanded text (ARG/ENV substituted, quotes removed)
 * @param kind where it comes from
 * @param expansionError why it could not be expanded (then the build fails), if it could not
 */
public record CopySource(Word word, String path, CopySourceKind kind, Optional<Diagnostic> expansionError) {
}
