package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outcome of {@link ShellLexer#processWords}: the expanded text split into words.
 *
 * <p>On error the word list is empty (as in BuildKit) while the lookups made before the failure
 * are still reported.
 *
 * @param words the words, never empty strings
 * @param matched names found in the environment
 * @param unmatched names not found in the environment
 * @param references every variable occurrence looked up, ordered by start offset
 * @param error the failure, if any
 */
public record WordsResult(
        List<String> words,
        Set<String> matched,
        Set<String> unmatched,
        List<VariableReference> references,
        Optional<ExpansionError> error) {

    public WordsResult {
        words = List.copyOf(words);
        matched = NameSet.copyOf(matched);
        unmatched = NameSet.copyOf(unmatched);
        references = List.copyOf(references);
        Objects.requireNonNull(error, "error");
    }

    /** True when expansion succeeded. */
    public boolean ok() {
        return error.isEmpty();
    }
}
