package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.CopyInstruction;
import io.github.dftk.ast.Instruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/** {@code COPY --from=… / /}: the whole filesystem of another stage or image over this one. */
public final class DL3067 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3067", LintSeverity.WARNING, "best-practice",
            "COPY --from with `/` as a source and `/` as the target (a whole filesystem)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof CopyInstruction copy && copy.from().isPresent()
                    && copy.destination().filter(d -> Words.unquoted(d.text()).equals("/")).isPresent()
                    && copy.sources().stream().anyMatch(s -> Words.unquoted(s.text()).equals("/"))) {
                context.report(this, copy.keyword().range(), message());
            }
        }
    }

    static String message() {
        return "Do not copy an entire filesystem from another stage";
    }
}
