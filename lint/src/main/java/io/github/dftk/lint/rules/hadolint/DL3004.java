package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code sudo} inside RUN: it needs a configured sudoers and a TTY-less policy, and hides which
 * user really runs the command. Not fixable: dropping it changes the user the command runs as
 * when USER is not root.
 */
public final class DL3004 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3004", LintSeverity.ERROR, "best-practice",
            "`sudo` inside RUN (not fixable: which user should run the command is unknown)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "sudo")) {
            return;
        }
        RunCommands.reportFirst(this, context, true, command -> command.isNamed("sudo"), message());
    }

    static String message() {
        return "Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root";
    }
}
