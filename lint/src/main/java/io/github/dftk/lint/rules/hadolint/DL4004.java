package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.EntrypointInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** More than one ENTRYPOINT in a stage: only the last one takes effect. */
public final class DL4004 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4004", LintSeverity.ERROR, "correctness",
            "More than one ENTRYPOINT in a stage", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (EntrypointInstruction repeated : StageBodies.repeated(context.dockerfile(), EntrypointInstruction.class)) {
            context.report(this, repeated.keyword().range(), message());
        }
    }

    static String message() {
        return "Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect";
    }
}
