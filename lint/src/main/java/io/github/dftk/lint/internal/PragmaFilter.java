package io.github.dftk.lint.internal;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.FindingFilter;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.Pragmas;
import java.util.List;

/**
 * Drops the findings that {@code # hadolint ignore=}, {@code # hadolint global ignore=} and
 * their {@code # dftk} twins ignore, unless the configuration disables ignore pragmas
 * ({@code disable-ignore-pragma}). A finding belongs to the line its instruction starts on,
 * as in hadolint, so a pragma covers every line of a multi-line instruction.
 */
public final class PragmaFilter implements FindingFilter {

    @Override
    public List<Finding> apply(List<Finding> findings, LintContext context) {
        if (context.config().disableIgnorePragma()) {
            return findings;
        }
        Pragmas pragmas = context.pragmas();
        if (pragmas.all().isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> !pragmas.ignores(f.code(), line(f, context)))
                .toList();
    }

    private static int line(Finding finding, LintContext context) {
        return context.instructionAt(finding.range().startOffset())
                .map(instruction -> instruction.range().startLine())
                .orElse(finding.range().startLine());
    }
}
