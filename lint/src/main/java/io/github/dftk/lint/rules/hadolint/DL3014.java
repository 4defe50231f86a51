package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;
import io.github.dftk.parser.shell.CommandFlag;
import io.github.dftk.parser.shell.SimpleCommand;

/**
 * {@code apt-get install} that would ask for confirmation: no {@code -y}/{@code --yes}/
 * {@code --assume-yes} and less than quiet level 2 ({@code -qq}, {@code -q -q}, {@code -q=2}).
 * The fix adds {@code -y} after {@code install}.
 */
public final class DL3014 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3014", LintSeverity.WARNING, "best-practice",
            "apt-get install without a non-interactive yes flag", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apt-get")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(), DL3014::asks, "Add -y",
                RunCommands.insertAfterArgument(context, " -y", "install"));
    }

    private static boolean asks(SimpleCommand command) {
        if (!RunCommands.has(command, "apt-get", "install") || command.hasFlag("y", "yes", "assume-yes")) {
            return false;
        }
        int quiet = 0;
        for (CommandFlag flag : command.flags()) {
            if (flag.name().equals("q") || flag.name().equals("quiet")) {
                quiet = flag.value().map(DL3014::level).orElse(quiet + 1);
            }
        }
        return quiet < 2;
    }

    private static int level(String value) {
        return value.matches("[0-9]+") ? Integer.parseInt(value) : 1;
    }

    static String message() {
        return "Use the `-y` switch to avoid manual input `apt-get -y install <package>`";
    }
}
