package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code apt-get install} that also installs recommended packages. Setting
 * {@code APT::Install-Recommends=false} counts. The fix adds {@code --no-install-recommends}.
 */
public final class DL3015 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3015", LintSeverity.INFO, "best-practice",
            "apt-get install without --no-install-recommends", true);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "apt-get")) {
            return;
        }
        RunCommands.reportWithFix(context, this, message(),
                c -> RunCommands.has(c, "apt-get", "install") && !c.hasFlag("no-install-recommends")
                        && c.argumentValues().stream().noneMatch(a -> a.endsWith("APT::Install-Recommends=false")),
                "Add --no-install-recommends",
                RunCommands.insertAfterArgument(context, " --no-install-recommends", "install"));
    }

    static String message() {
        return "Avoid additional packages by specifying `--no-install-recommends`";
    }
}
