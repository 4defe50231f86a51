package io.github.dftk.parser.shell;

import java.util.Collections;
import java.util.LinkedHashSet;
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
        matched = orderedCopy(matched);
        unmatched = orderedCopy(unmatched);
        references = List.copyOf(references);
        Objects.requireNonNull(error, "error");
    }

    /** True when expansion succeeded. */
    public boolean ok() {
        return error.isEmpty();
    }

    private static Set<String> orderedCopy(Set<String> names) {
        return names.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
