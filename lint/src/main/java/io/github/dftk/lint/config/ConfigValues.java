package io.github.dftk.lint.config;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The values settings take, spelled exactly as hadolint spells them (lower case). */
final class ConfigValues {

    /** {@code failure-threshold} values, most severe first; {@code ignore} and {@code none} are the same. */
    static final List<String> THRESHOLDS = List.of("error", "warning", "info", "style", "ignore", "none");

    /** The severities {@code override} takes. */
    static final List<String> OVERRIDE_LEVELS = List.of("error", "warning", "info", "style");

    /** hadolint's label formats; an empty type means {@code text}. */
    static final List<String> LABEL_TYPES = List.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

    /** The rule families {@code dftk: families:} and {@code --only} choose from; dftk's own rules always run. */
    static final List<String> FAMILIES = List.of("hadolint", "shellcheck", "buildkit");

    /** The spellings of "true" in hadolint's boolean environment variables, in any case. */
    private static final List<String> TRUTHY = List.of("1", "y", "on", "true", "yes");

    private ConfigValues() {
    }

    /**
     * A failure threshold. {@code none} and {@code ignore} are hadolint's lowest severity: any
     * reported finding then fails the run (hadolint compares {@code severity <= threshold}).
     */
    static Optional<LintSeverity> threshold(String name) {
        return THRESHOLDS.contains(name) ? LintSeverity.parse(name.equals("none") ? "ignore" : name) : Optional.empty();
    }

    static Optional<LintSeverity> overrideLevel(String name) {
        return OVERRIDE_LEVELS.contains(name) ? LintSeverity.parse(name) : Optional.empty();
    }

    static boolean isFormat(String name) {
        return OutputSettings.FORMATS.contains(name);
    }

    static Optional<String> labelType(String name) {
        if (name.isEmpty()) {
            return Optional.of("text");
        }
        return LABEL_TYPES.contains(name) ? Optional.of(name) : Optional.empty();
    }

    static Optional<RuleFamily> family(String name) {
        return FAMILIES.contains(name) ? Optional.of(RuleFamily.valueOf(name.toUpperCase(Locale.ROOT)))
                : Optional.empty();
    }

    /** hadolint's reading of a boolean environment variable: a truthy word, else false. */
    static boolean truthy(String value) {
        return TRUTHY.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * A comma-separated list. hadolint keeps blanks and empty entries (so {@code "DL3008, DL3009"}
     * names {@code " DL3009"}, which matches nothing); dftk trims them and drops empty ones.
     */
    static List<String> commaList(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String entry = part.strip();
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }
}
