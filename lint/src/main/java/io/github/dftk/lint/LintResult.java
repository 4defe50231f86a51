package io.github.dftk.lint;

import io.github.dftk.parser.ParseResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings for one file, sorted by position.
 *
 * @param file   the name findings are reported under
 * @param parsed the parse the rules saw
 * @param ruleFailures rules that threw (a dftk bug), as {@code code: exception}; their other
 *     findings are lost, every other rule's are kept
 * @param notices what the user should know that is not a finding (ShellCheck missing or timed
 *     out: its findings are not there), one line each
 */
public record LintResult(String file, ParseResult parsed, List<Finding> findings, List<String> ruleFailures,
        List<String> notices) {

    public LintResult {
        findings = List.copyOf(findings);
        ruleFailures = List.copyOf(ruleFailures);
        notices = List.copyOf(notices);
    }

    /** A result without notices. */
    public LintResult(String file, ParseResult parsed, List<Finding> findings, List<String> ruleFailures) {
        this(file, parsed, findings, ruleFailures, List.of());
    }

    /** The notices of several results, each once, in the order first met (a report says each once). */
    public static Set<String> notices(List<LintResult> results) {
        Set<String> notices = new LinkedHashSet<>();
        results.forEach(result -> notices.addAll(result.notices()));
        return notices;
    }

    /** Whether a finding reaches the threshold (none does when the threshold is empty). */
    public boolean fails(Optional<LintSeverity> threshold) {
        return threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()));
    }
}
