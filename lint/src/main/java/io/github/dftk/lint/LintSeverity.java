package io.github.dftk.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * hadolint's severities, most severe first. {@link #IGNORE} turns a rule off. A finding fails
 * the run when its severity is at or above the failure threshold.
 */
public enum LintSeverity {
    ERROR, WARNING, INFO, STYLE, IGNORE;

    /** The name in configs, flags and output: {@code error}, {@code warning}, … */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is as severe as {@code threshold} or more. */
    public boolean atLeast(LintSeverity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The severity named {@code name} in any case ({@code error}, {@code Warning}, …). */
    public static Optional<LintSeverity> parse(String name) {
        for (LintSeverity severity : values()) {
            if (severity.name().equalsIgnoreCase(name)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
