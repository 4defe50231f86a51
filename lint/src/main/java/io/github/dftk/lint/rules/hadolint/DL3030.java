package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code yum install} (or {@code groupinstall}, {@code localinstall}) that would ask for
 * confirmation. The fix adds {@code -y} after the action.
 */
public final class DL3030 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3030", LintSeverity.WARNING, "best-practice",
            "yum install without -y", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "yum")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(),
                c -> RunCommands.has(c, "yum", RpmPackages.INSTALLS) && !c.hasFlag("y", "assumeyes"), "Add -y",
                RunCommands.insertAfterArgument(context, " -y", RpmPackages.INSTALLS));
    }

    static String message() {
        return "Use the -y switch to avoid manual input `yum install -y <package`";
    }
}
