package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.ast.Instruction;
import io.github.dftk.ast.UserInstruction;
import io.github.dftk.ast.Word;
import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * USER given as a name rather than a numeric id: the host (or Kubernetes'
 * {@code runAsNonRoot}) cannot resolve a name. Values from variables are not judged.
 */
public final class DL3066 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3066", LintSeverity.INFO, "portability",
            "USER given as a name rather than a numeric id", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        for (Instruction instruction : context.dockerfile().instructions()) {
            if (instruction instanceof UserInstruction user && user.user().isPresent()) {
                Word value = user.user().get();
                String text = Words.unquoted(value.text());
                int colon = text.indexOf(':');
                String uid = colon >= 0 ? text.substring(0, colon) : text;
                if (!Words.hasVariable(text) && !uid.chars().allMatch(Character::isDigit)) {
                    context.report(this, value.range(), message());
                }
            }
        }
    }

    static String message() {
        return "Non-numeric user-id may not be resolvable by host system";
    }
}
