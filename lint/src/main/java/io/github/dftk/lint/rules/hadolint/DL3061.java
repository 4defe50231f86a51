package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.ArgInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** An instruction other than ARG before the first FROM (comments and parser directives are fine). */
public final class DL3061 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3061", LintSeverity.ERROR, "correctness",
            "An instruction other than ARG before the first FROM", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().preamble()) {
            if (!(instruction instanceof ArgInstruction)) {
                context.report(this, instruction.keyword().range(), message());
            }
        }
    }

    static String message() {
        return "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.";
    }
}
