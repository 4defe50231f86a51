package io.github.dftk.lint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to check and how severely, from {@code .hadolint.yaml}, the environment and the command
 * line (merged by the config loader; later sources win).
 *
 * @param ignored             rule codes never reported ({@code ignored:}, {@code --ignore})
 * @param severityOverrides   a severity per rule code ({@code override:}, {@code --error} …)
 * @param failureThreshold    findings at or above it fail the run; {@code ignore} (hadolint's
 *                            {@code none} too): any finding; empty: no finding
 * @param noFail              always exit 0 ({@code no-fail})
 * @param disableIgnorePragma {@code # hadolint ignore=} comments are not honoured
 * @param trustedRegistries   registries FROM may use (empty: any)
 * @param labelSchema         required labels and their formats ({@code label-schema})
 * @param strictLabels        labels outside the schema are findings
 * @param families            the rule families that run ({@code --only}, the {@code dftk:} section)
 * @param shellcheck          run ShellCheck on RUN scripts when it is installed
 */
public record LintConfig(Set<String> ignored, Map<String, LintSeverity> severityOverrides,
        Optional<LintSeverity> failureThreshold, boolean noFail, boolean disableIgnorePragma,
        List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
        Set<RuleFamily> families, boolean shellcheck) {

    public LintConfig {
        ignored = Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
        severityOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(severityOverrides));
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Collections.unmodifiableMap(new LinkedHashMap<>(labelSchema));
        families = Collections.unmodifiableSet(families.isEmpty() ? EnumSet.noneOf(RuleFamily.class)
                : EnumSet.copyOf(families));
    }

    /** hadolint's defaults: every family, threshold {@code info}, nothing ignored. */
    public static LintConfig defaults() {
        return new LintConfig(Set.of(), Map.of(), Optional.of(LintSeverity.INFO), false, false, List.of(), Map.of(),
                false, EnumSet.allOf(RuleFamily.class), true);
    }

    /** The severity a rule's findings get: its override, else its default. */
    public LintSeverity severityOf(RuleMeta rule) {
        return severityOverrides.getOrDefault(rule.code(), rule.defaultSeverity());
    }

    /** Whether the rule runs at all: its family is on, it is not ignored, its severity is not {@code ignore}. */
    public boolean runs(RuleMeta rule) {
        return families.contains(rule.family()) && !ignored.contains(rule.code())
                && severityOf(rule) != LintSeverity.IGNORE;
    }

    public LintConfig withIgnored(Set<String> codes) {
        return new LintConfig(codes, severityOverrides, failureThreshold, noFail, disableIgnorePragma,
                trustedRegistries, labelSchema, strictLabels, families, shellcheck);
    }

    public LintConfig withSeverityOverrides(Map<String, LintSeverity> overrides) {
        return new LintConfig(ignored, overrides, failureThreshold, noFail, disableIgnorePragma, trustedRegistries,
                labelSchema, strictLabels, families, shellcheck);
    }

    public LintConfig withFailureThreshold(Optional<LintSeverity> threshold) {
        return new LintConfig(ignored, severityOverrides, threshold, noFail, disableIgnorePragma, trustedRegistries,
                labelSchema, strictLabels, families, shellcheck);
    }

    public LintConfig withFamilies(Set<RuleFamily> enabled) {
        return new LintConfig(ignored, severityOverrides, failureThreshold, noFail, disableIgnorePragma,
                trustedRegistries, labelSchema, strictLabels, enabled, shellcheck);
    }
}
