package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.RuleFamily;
import io.github.dftk.lint.RuleMeta;

/** The metadata shape every hadolint rule shares: its family and its wiki page. */
final class HadolintMeta {

    private HadolintMeta() {
    }

    static RuleMeta of(String code, LintSeverity severity, String category, String description, boolean fixable) {
        return new RuleMeta(code, RuleFamily.HADOLINT, severity, category, description,
                "https://github.com/hadolint/hadolint/wiki/" + code, fixable, false);
    }
}
