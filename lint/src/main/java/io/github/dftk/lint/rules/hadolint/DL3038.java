package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code dnf}/{@code microdnf install} (or {@code groupinstall}, {@code localinstall}) that
 * would ask for confirmation. The fix adds {@code -y} after the action.
 */
public final class DL3038 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3038", LintSeverity.WARNING, "best-practice",
            "dnf or microdnf install without -y", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, RpmPackages.DNF)) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(),
                c -> RunCommands.has(c, RpmPackages.DNF, RpmPackages.INSTALLS) && !c.hasFlag("y", "assumeyes"), "Add -y",
                RunCommands.insertAfterArgument(context, " -y", RpmPackages.INSTALLS));
    }

    static String message() {
        return "Use the -y switch to avoid manual input `dnf install -y <package>`.";
    }
}
