package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.InstructionSyntax;
import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.OnbuildInstruction;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import java.util.Set;

/** An ONBUILD whose trigger is ONBUILD, FROM or MAINTAINER, which BuildKit does not allow as a trigger. */
public final class DL3043 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3043", LintSeverity.ERROR, "correctness",
            "ONBUILD triggers ONBUILD, FROM or MAINTAINER", false);

    private static final Set<String> FORBIDDEN = Set.of("onbuild", "from", "maintainer");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof OnbuildInstruction onbuild && onbuild.syntax().nested().isPresent()) {
                InstructionSyntax trigger = onbuild.syntax().nested().get();
                if (FORBIDDEN.contains(trigger.keyword().name())) {
                    context.report(this, trigger.keyword().range(), message());
                }
            }
        }
    }

    static String message() {
        return "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.";
    }
}
