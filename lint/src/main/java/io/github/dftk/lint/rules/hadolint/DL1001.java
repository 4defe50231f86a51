package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Pragma;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** An inline ignore pragma, for teams that forbid local suppressions (off unless its level is raised). */
public final class DL1001 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL1001", LintSeverity.IGNORE, "maintainability",
            "An inline `# hadolint ignore=` pragma is present", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Pragma pragma : context.pragmas().all()) {
            if (pragma instanceof Pragma.Ignore ignore && ignore.scope() == Pragma.Scope.NEXT_INSTRUCTION) {
                context.report(this, ignore.comment().range(), message());
            }
        }
    }

    static String message() {
        return "Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.";
    }
}
