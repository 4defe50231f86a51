package io.github.dftk.parser.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Outcome of {@link ShellLexer#processWord}: the expanded word plus what was looked up.
 *
 * <p>On error the value is empty (as in BuildKit) while the lookups made before the failure are
 * still reported. Sets keep first-lookup order so diagnostics come out deterministic.
 *
 * @param value the expanded word, quotes removed unless the lexer keeps them
 * @param matched names found in the environment
 * @param unmatched names not found in the environment
 * @param references every variable occurrence looked up, ordered by start offset
 * @param error the failure, if any
 */
public record WordResult(
        String value,
        Set<String> matched,
        Set<String> unmatched,
        List<VariableReference> references,
        Optional<ExpansionError> error) {

    public WordResult {
        Objects.requireNonNull(value, "value");
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
