package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.HealthcheckInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** More than one HEALTHCHECK in a stage: only the last one takes effect. */
public final class DL3012 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3012", LintSeverity.ERROR, "correctness",
            "More than one HEALTHCHECK in a stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (HealthcheckInstruction repeated : StageBodies.repeated(context.dockerfile(), HealthcheckInstruction.class)) {
            context.report(this, repeated.keyword().range(), message());
        }
    }

    static String message() {
        return "Multiple `HEALTHCHECK` instructions";
    }
}
