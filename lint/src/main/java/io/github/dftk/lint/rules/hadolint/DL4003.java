package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CmdInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** More than one CMD in a stage: only the last one takes effect. */
public final class DL4003 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4003", LintSeverity.WARNING, "correctness",
            "More than one CMD in a stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (CmdInstruction repeated : StageBodies.repeated(context.dockerfile(), CmdInstruction.class)) {
            context.report(this, repeated.keyword().range(), message());
        }
    }

    static String message() {
        return "Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect";
    }
}
