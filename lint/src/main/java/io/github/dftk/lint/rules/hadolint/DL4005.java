package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.shell.ShellWord;
import io.github.dftk.parser.shell.SimpleCommand;
import java.util.List;

/**
 * {@code ln} replacing {@code /bin/sh} to change the shell of later RUNs, which SHELL does
 * without touching the image's files. Only the link being created counts (the last operand):
 * unlike hadolint, {@code ln -s /bin/sh /usr/local/bin/mysh} is not flagged. Not fixable: the
 * link also changes {@code /bin/sh} for the image's own scripts, which SHELL would not.
 */
public final class DL4005 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL4005", LintSeverity.WARNING, "best-practice",
            "`ln` replaces /bin/sh to change the shell; use SHELL (not fixable: the link also serves the image's "
                    + "scripts)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "ln")) {
            return;
        }
        RunCommands.reportFirst(this, context, true, DL4005::replacesTheShell, message());
    }

    private static boolean replacesTheShell(SimpleCommand command) {
        if (!command.isNamed("ln")) {
            return false;
        }
        List<ShellWord> operands = command.operands();
        return !operands.isEmpty() && operands.get(operands.size() - 1).value().equals("/bin/sh");
    }

    static String message() {
        return "Use SHELL to change the default shell";
    }
}
