package io.github.dftk.lint.rules.hadolint;

import io.github.dftk.lint.LintContext;
import io.github.dftk.lint.LintSeverity;
import io.github.dftk.lint.Rule;
import io.github.dftk.lint.RuleMeta;

/**
 * {@code zypper dist-upgrade}: upgrading the whole distribution belongs to the base image.
 */
public final class DL3035 implements Rule {

    static final RuleMeta META = HadolintMeta.of("DL3035", LintSeverity.WARNING, "best-practice",
            "zypper dist-upgrade (not fixable: upgrade the base image instead)", false);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext context) {
        if (!RunCommands.calls(context, "zypper")) {
            return;
        }
        RunCommands.report(context, this, message(), c -> RunCommands.has(c, "zypper", "dist-upgrade", "dup"));
    }

    static String message() {
        return "Do not use `zypper dist-upgrade`.";
    }
}
