package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.ast.SourceRange;
import io.github.dftk.lint.Fix;
import io.github.dftk.lint.TextEdit;
import io.github.dftk.parser.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fix for a misspelt variable: rename its references to the one name it is close to. Offered
 * only when exactly one known name is within BuildKit's suggestion distance (with two, picking one
 * would be a guess) and every reference is written as {@code $NAME} or {@code ${NAME…}} where
 * its range says.
 */
final class VariableRename {

    private VariableRename() {
    }

    /** The only option close enough to {@code name} for a "did you mean", if exactly one is. */
    static Optional<String> onlyCloseOption(String name, List<String> options) {
        List<String> close = options.stream().distinct()
                .filter(option -> DidYouMean.closest(name, List.of(option), true).isPresent()).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /**
     * Renames {@code name} to {@code replacement} at every reference; empty when one of them is
     * not written verbatim at its range.
     */
    static Optional<Fix> of(String text, String name, String replacement, List<SourceRange> references) {
        List<TextEdit> edits = new ArrayList<>(references.size());
        for (SourceRange reference : references) {
            int at = reference.startOffset();
            int skip = text.startsWith("${" + name, at) ? 2 : text.startsWith("$" + name, at) ? 1 : -1;
            if (skip < 0 || reference.startLine() != reference.endLine()
                    || !endsName(text, at + skip + name.length(), skip == 2)) {
                return Optional.empty();
            }
            int line = reference.startLine();
            int column = reference.startColumn() + skip;
            SourceRange nameRange = new SourceRange(at + skip, at + skip + name.length(), line, column, line,
                    column + name.length());
            edits.add(new TextEdit(nameRange, replacement));
        }
        return Optional.of(new Fix("Rename $" + name + " to $" + replacement, edits));
    }

    /** Whether the name written before {@code end} ends there: {@code $NAME} is not {@code $NAMEX}. */
    private static boolean endsName(String text, int end, boolean braced) {
        if (end >= text.length()) {
            return !braced;
        }
        char next = text.charAt(end);
        return braced ? "}:+-?#%/".indexOf(next) >= 0 : !(Character.isLetterOrDigit(next) || next == '_');
    }
}
