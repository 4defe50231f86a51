package io.github.dftk.lint.rules.buildkit;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.FindingFilter;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies BuildKit's check configuration ({@link CheckDirective}) to the BuildKit findings:
 * experimental checks only when enabled, skipped checks go (file-wide or for one instruction),
 * {@code error=true} makes the rest errors, and a configuration that does not parse leaves no
 * BuildKit finding at all, as BuildKit then fails before checking anything (the problem itself
 * is reported by {@code DL1000}). Findings of other families pass untouched.
 */
public final class CheckDirectiveFilter implements FindingFilter {

    @Override
    public List<Finding> apply(List<Finding> findings, LintContext context) {
        CheckDirective directive = CheckDirective.of(context);
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.rule().family() != RuleFamily.BUILDKIT) {
                out.add(finding);
            } else if (directive.problem().isEmpty() && directive.options().runs(finding.rule(), local(finding, context))) {
                out.add(directive.options().error() ? finding.withSeverity(LintSeverity.ERROR) : finding);
            }
        }
        return out;
    }

    /**
     * The {@code # check=} comment above the instruction the finding is on. Empty continuation
     * lines are reported by BuildKit's parser before instructions exist, so only the file's
     * configuration applies to them.
     */
    private static CheckOptions local(Finding finding, LintContext context) {
        if (finding.code().equals(NoEmptyContinuation.NAME)) {
            return CheckOptions.NONE;
        }
        return context.instructionAt(finding.range().startOffset())
                .map(instruction -> CheckDirective.ofComments(instruction.syntax().comments()))
                .orElse(CheckOptions.NONE);
    }
}
