package io.github.dftk.lint.internal;

import io.github.dftk.lint.Finding;
import io.github.dftk.lint.FindingFilter;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import java.util.List;

/** The configuration's last word: ignored codes go, severity {@code ignore} goes. */
public final class ConfigFilter implements FindingFilter {

    @Override
    public List<Finding> apply(List<Finding> findings, LintContext context) {
        return findings.stream()
                .filter(f -> !context.config().ignored().contains(f.code()))
                .filter(f -> f.severity() != LintSeverity.IGNORE)
                .toList();
    }
}
