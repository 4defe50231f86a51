package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * A {@code zypper} command that changes packages and would ask for confirmation: no
 * {@code -n}/{@code --non-interactive} or {@code -y}/{@code --no-confirm}. The fix adds the global
 * option {@code -n} after {@code zypper}.
 */
public final class DL3034 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3034", LintSeverity.WARNING, "best-practice",
            "zypper install-type command without a non-interactive flag", true);

    private static final String[] CHANGES = {"install", "in", "remove", "rm", "source-install", "si", "patch"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "zypper")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(),
                c -> RunCommands.has(c, "zypper", CHANGES) && !c.hasFlag("n", "non-interactive", "no-confirm", "y"),
                "Add -n", RunCommands.insertAfterName(context, " -n"));
    }

    static String message() {
        return "Non-interactive switch missing from `zypper` command: `zypper install -y`";
    }
}
